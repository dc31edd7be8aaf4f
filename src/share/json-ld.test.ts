import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildAtlas } from '../data/atlas.ts';
import { placePageHtml } from './previews.ts';
import { jsonLdScript } from './json-ld.ts';
import { card } from './card-text.ts';

const atlas = buildAtlas();

type Node = Record<string, unknown> & { '@type': string };

function pageData(html: string) {
  const { document } = parseHTML(html);
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
  expect(blocks.length).toBe(1);
  const data = JSON.parse(blocks[0].textContent ?? '') as { '@context': string; '@graph': Node[] };
  return { document, data };
}

describe('JSON-LD on every place page', () => {
  for (const place of atlas.places)
    it(`${place.id}: parses and names the quotes shown there`, () => {
      const shared = card(atlas, place);
      const html = placePageHtml(place, {
        siteUrl: 'https://example.org/map/',
        description: shared.description,
        cardQuotes: shared.lines.flatMap((l) => (l.quote ? [l.quote] : [])),
      });
      const { document, data } = pageData(html);
      expect(data['@context']).toBe('https://schema.org');
      const graph = data['@graph'];
      const placeNode = graph.find((n) => n['@type'] === 'Place')!;
      expect(placeNode.name).toBe(document.querySelector('h1')!.textContent);
      const quotations = graph.filter((n) => n['@type'] === 'Quotation');
      expect(quotations.map((q) => q.identifier)).toEqual(
        expect.arrayContaining(place.quotes.map((q) => q.id)),
      );
      // Every quote the page shows (the card's verbatim clauses, inner marks turned to ‘ ’) is a Quotation.
      const inOrder = (text: string, parts: string[]) =>
        parts.every((part, i) => text.indexOf(part) >= (i && text.indexOf(parts[i - 1])));
      const inner = (t: string) => t.replace(/“/g, '‘').replace(/”/g, '’');
      const shown = [...(document.body.textContent ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      expect(shown.length).toBeGreaterThan(0);
      for (const words of shown)
        expect(
          quotations.some((q) => inOrder(inner(String(q.text)), words.split(' … '))),
          words,
        ).toBe(true);
      for (const q of quotations) {
        const quote = atlas.quotes.find((x) => x.id === q.identifier)!;
        expect((q.isBasedOn as { name: string }).name).toBe(
          `Source ${quote.source}, paragraph ${quote.paragraph}`,
        );
        // The side's own words are spoken by it; reported words are the author's, about the side.
        if (quote.voice === 'direct' && quote.side !== 'analysis') expect(q.spokenByCharacter).toBeDefined();
        else expect(q.spokenByCharacter).toBeUndefined();
        expect(q.creator).toBeDefined();
      }
      const reviews = graph.filter((n) => n['@type'] === 'ClaimReview');
      expect(reviews.map((r) => r.reviewBody)).toEqual(place.factChecks.map((f) => f.note));
      if (place.date) expect((placeNode.event as { startDate: string }).startDate).toBe(place.date.start);
      // Data, not script: the page's policy still allows no inline script (only its own redirect file).
      expect(html).toContain(
        `content="default-src 'none'; script-src 'self'; img-src 'self'; style-src 'self'"`,
      );
      expect(html).not.toContain('unsafe-inline');
    });

  it('cannot be ended early by text in the data', () => {
    const script = jsonLdScript({ text: '</script><script>alert(1)</script>' });
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({
      text: '</script><script>alert(1)</script>',
    });
  });
});
