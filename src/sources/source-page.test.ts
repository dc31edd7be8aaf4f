import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildAtlas, GEODATA_DIR } from '../data/atlas.ts';
import { paragraphs, sourceBody } from '../data/verbatim.ts';
import { citationHref } from './paths.ts';
import { isSubheading, sourcePageHtml } from './source-page.ts';

const atlas = buildAtlas();
const page = (id: string) => {
  const s = atlas.sources.find((x) => x.id === id)!;
  const paras = paragraphs(sourceBody(readFileSync(join(GEODATA_DIR, s.file), 'utf8')));
  return parseHTML(sourcePageHtml(s, paras, s.quoteCount)).document;
};

describe('source reader pages', () => {
  it('give every quote’s cited paragraph an anchor whose text contains the quote', () => {
    for (const q of atlas.quotes) {
      const [, hash] = citationHref(q.source, q.paragraph).split('#');
      const text = page(q.source).getElementById(hash)?.textContent ?? '';
      for (const seg of q.text.split(' … ')) expect(text, q.id).toContain(seg);
    }
  });
  it('count 003’s three subheadings as paragraphs, and say so', () => {
    const doc = page('003');
    expect([...doc.querySelectorAll('h2.subheading')].map((h) => h.id)).toEqual(['p3', 'p7', 'p12']);
    expect(doc.querySelector('dl')?.textContent).toMatch(/subheadings count/);
    expect(doc.querySelector('dl')?.textContent).toMatch(/Publisher, author and publication date are not/);
    expect(isSubheading('ISIS-K vs. Pakistan')).toBe(true);
    expect(isSubheading('A state does not nurture a viper.')).toBe(false);
  });
  it('escape the text and carry a strict CSP with no script', () => {
    const html = sourcePageHtml(atlas.sources[0], ['<script>x</script> & more.'], 0);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; more.');
    expect(html).not.toMatch(/<script/);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });
});
