// The quotes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one annotation
// per quote, targeting its source text with a TextQuoteSelector (exact words, with the text just
// before and after them) and a TextPositionSelector (character offsets in the source's body, the
// text below the attribution header of geodata/sources/). A quote whose segments are joined by
// " … " has one target per segment. Bodies tag the side, voice and scope and link the places.
import type { Quote } from '../data/schema.ts';
import { ELLIPSIS_JOIN } from '../data/verbatim.ts';
import { voiceLabel } from '../ui/quote-view.ts';
import { quotePlaceIds } from './quote-links.ts';

export const CONTEXT_CHARS = 32;
export const ANNOTATIONS_FILE = 'quotes.annotations.jsonld';

export interface SourceText {
  id: string;
  /** The source's body (NFC), as the verbatim check reads it. */
  body: string;
  /** Where the annotations say the source can be read. */
  iri: string;
}

/** Start offset of each paragraph (N-th non-empty line) in the body. */
export function paragraphOffsets(body: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of body.split('\n')) {
    if (line.replace(/\r$/, '').trim() !== '') out.push(at);
    at += line.length + 1;
  }
  return out;
}

export interface Selectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Each segment of the quote located in the body, with its context. Throws if one is not found. */
export function locate(q: Quote, body: string): Selectors[] {
  const para = paragraphOffsets(body)[q.paragraph - 1];
  if (para === undefined) throw new Error(`quote ${q.id}: no paragraph ${q.paragraph}`);
  const out: Selectors[] = [];
  let from = para;
  for (const exact of q.text.normalize('NFC').split(ELLIPSIS_JOIN)) {
    const start = body.indexOf(exact, from);
    if (start < 0) throw new Error(`quote ${q.id}: "${exact}" not in source ${q.source}`);
    const end = start + exact.length;
    out.push({
      exact,
      prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: body.slice(end, end + CONTEXT_CHARS),
      start,
      end,
    });
    from = end;
  }
  return out;
}

/** `href` turns a path from the site's root into the IRI written in the file. */
export function annotationCollection(
  quotes: Quote[],
  sources: SourceText[],
  href: (sitePath: string) => string,
): Record<string, unknown> {
  const items = quotes.map((q) => {
    const source = sources.find((s) => s.id === q.source);
    if (!source) throw new Error(`quote ${q.id}: no source ${q.source}`);
    const targets = locate(q, source.body).map((s) => ({
      source: source.iri,
      selector: [
        { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
        { type: 'TextPositionSelector', start: s.start, end: s.end },
      ],
    }));
    return {
      id: `${href(`downloads/${ANNOTATIONS_FILE}`)}#${q.id}`,
      type: 'Annotation',
      motivation: 'classifying',
      body: [
        { type: 'TextualBody', purpose: 'describing', value: voiceLabel(q.side, q.voice, q.source) },
        { type: 'TextualBody', purpose: 'tagging', value: `side:${q.side}` },
        { type: 'TextualBody', purpose: 'tagging', value: `voice:${q.voice}` },
        { type: 'TextualBody', purpose: 'tagging', value: `scope:${q.scope}` },
        ...quotePlaceIds(q).map((id) => ({
          type: 'SpecificResource',
          purpose: 'linking',
          source: href(`place/${id}/`),
        })),
      ],
      target: targets.length === 1 ? targets[0] : targets,
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: href(`downloads/${ANNOTATIONS_FILE}`),
    type: 'AnnotationCollection',
    label: 'Quotes on the Durand Line framing map: who says where ISKP is based',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
