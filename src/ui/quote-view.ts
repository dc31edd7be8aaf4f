// One quote as the brief's contract requires: a <blockquote> whose <cite> names source and paragraph,
// with how it reaches us (the side's own words, or the source's account of them).
import type { Quote, Side, Voice } from '../data/schema.ts';
import { citationHref } from '../sources/paths.ts';
import { el } from './dom.ts';

export const SIDE_NAME: Record<Side, string> = {
  kabul: 'Kabul',
  islamabad: 'Islamabad',
  analysis: 'The sources’ analysis',
};
export const SIDE_HEADING: Record<Side, string> = {
  kabul: 'Kabul’s framing',
  islamabad: 'Islamabad’s framing',
  analysis: 'The sources’ own analysis',
};

export function voiceLabel(side: Side, voice: Voice, source: string): string {
  if (side === 'analysis') return `Source ${source}’s own assessment`;
  const who = SIDE_NAME[side];
  switch (voice) {
    case 'direct':
      return `${who}’s own words, quoted by source ${source}`;
    case 'reported':
      return `${who}’s framing, as reported by source ${source}`;
    case 'argued':
      return `${who}’s case, argued by source ${source} in its own voice`;
  }
}

/** The <cite>: source and paragraph, linked to that paragraph on the source's reader page. */
export function citeView(q: Pick<Quote, 'source' | 'paragraph'>): HTMLElement {
  return el(
    'cite',
    {},
    el(
      'a',
      { href: citationHref(q.source, q.paragraph), class: 'cite-link' },
      `Source ${q.source}, ¶${q.paragraph}`,
    ),
  );
}

/** `placeId`: the place the quote is shown at, whose link reason is given; absent in the general key. */
export function quoteView(q: Quote, flagged: boolean, placeId?: string): HTMLElement {
  const why = placeId ? q.places.find((l) => l.id === placeId)?.why : undefined;
  return el(
    'blockquote',
    { class: `quote voice-${q.voice}`, 'data-quote': q.id, cite: `#source-${q.source}` },
    el('p', { class: 'quote-text' }, q.text),
    el(
      'footer',
      { class: 'quote-meta' },
      citeView(q),
      ' · ',
      el('span', { class: 'quote-voice' }, voiceLabel(q.side, q.voice, q.source)),
      placeId && q.scope === 'general'
        ? el('span', { class: 'quote-scope' }, ' · Part of the side’s general position')
        : null,
      flagged ? el('span', { class: 'quote-flag' }, ' · See the fact-check note') : null,
    ),
    q.note ? el('p', { class: 'quote-note' }, q.note) : null,
    why ? el('p', { class: 'quote-why' }, `Why here: ${why}`) : null,
  );
}
