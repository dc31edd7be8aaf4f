// The machine-checkable rules of geodata/EDITORIAL.md.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas.ts';
import type { AtlasPlace } from './atlas-types.ts';
import type { Quote } from './schema.ts';
import { CLAIMANTS, generalPositions, placeCounts, placeQuotes, repeatedTexts } from './positions.ts';
import { placeContent } from '../ui/place-content.ts';
import { verbatimProblem } from './verbatim.ts';

const atlas = buildAtlas();
const sideQuotes = atlas.quotes.filter((q) => q.side !== 'analysis');

/** Share of the quote's letters that sit inside “…” (the side's own words). */
function quotedShare(text: string): number {
  const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
  const inside = [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]).join(' ');
  return letters(inside) / Math.max(1, letters(text));
}

describe('a side’s quote carries that side’s position', () => {
  it('calls a quote direct only when the side’s quoted words are most of it', () => {
    for (const q of atlas.quotes.filter((x) => x.voice === 'direct'))
      expect(quotedShare(q.text), q.id).toBeGreaterThan(0.5);
    expect(quotedShare('declaring the group’s activities “unrelated to Afghanistan.”')).toBeLessThan(0.5);
  });
  // The author's reading of a side's motives is analysis. These are the phrases such readings
  // use in the two sources (“This narrative aligns with…”, “This rhetorical strategy is designed to…”).
  const MOTIVE = /\b(aligns with|is designed to|aim to|serves to|attempting to|seeks? to legitimi[sz]e)\b/i;
  // (Source 003 arguing Pakistan's case may judge Kabul's motives: that is Islamabad's case, argued.)
  it('never gives a side the author’s judgment of its motives', () => {
    for (const q of sideQuotes.filter((x) => x.side === 'kabul' || x.voice !== 'argued'))
      expect(q.text, q.id).not.toMatch(MOTIVE);
    expect('This narrative aligns with the Taliban’s broader effort').toMatch(MOTIVE);
  });
  it('does not give Islamabad what the source attributes to analysts', () => {
    for (const q of atlas.quotes.filter((x) => x.side === 'islamabad'))
      expect(q.text, q.id).not.toMatch(/\banalysts\b/);
  });
});

describe('a quote belongs to a place only when it concerns it', () => {
  it('gives every place link a one-line reason', () => {
    for (const q of atlas.quotes)
      for (const link of q.places) {
        expect(link.why.trim().length, `${q.id} → ${link.id}`).toBeGreaterThan(8);
        expect(link.why, `${q.id} → ${link.id}`).not.toMatch(/\n/);
      }
  });
  it('does not spread a general quote over places: at most the one it names', () => {
    for (const q of atlas.quotes.filter((x) => x.scope === 'general'))
      expect(q.places.length, q.id).toBeLessThanOrEqual(1);
  });
  it('marks a link `names` only where the quote’s text names the place', () => {
    const named = atlas.quotes.flatMap((q) => q.places.filter((l) => l.names).map((l) => [q, l] as const));
    expect(named.length).toBeGreaterThan(0);
    for (const [q, link] of named) {
      const place = atlas.places.find((p) => p.id === link.id)!;
      const words = place.name.split(/[\s,]+/).filter((w) => w.length >= 7);
      expect(
        words.some((w) => q.text.includes(w)),
        `${q.id} → ${link.id}`,
      ).toBe(true);
    }
  });
  it('does not call a section general-only when its quote names the place', () => {
    const haqqani = atlas.places.find((p) => p.id === 'khalil-haqqani-killing')!;
    expect(placeQuotes(haqqani).islamabad.onlyGeneral).toBe(false);
  });
  it('shows a quote’s text once per place', () => {
    for (const p of atlas.places) expect(repeatedTexts(p), p.id).toEqual([]);
  });
  it('detects a repeated text at a place (the check can fail)', () => {
    const a = atlas.quotes.find((q) => q.id === 'i-harboring')!;
    const b: Quote = { ...a, id: 'x', text: 'Kabul to accuse Pakistan of “harboring” the group' };
    const link = { id: 'p', why: 'a test link' };
    expect(
      repeatedTexts({
        id: 'p',
        quotes: [
          { ...a, places: [link] },
          { ...b, places: [link] },
        ],
      }),
    ).toEqual([['i-harboring', 'x']]);
  });
  it('keeps every short clause verbatim and ending where its sense ends', () => {
    for (const q of atlas.quotes.filter((x) => x.short)) {
      // Segments joined by … (an elision, as in the quotes themselves); the last one ends the clause.
      expect(verbatimProblem(q.short!, q.text), q.id).toBeNull();
      const last = q.short!.split(' … ').at(-1)!;
      const at = q.text.lastIndexOf(last);
      const after = q.text.slice(at + last.length);
      // What follows is punctuation, or a phrase that only adds to a complete clause: a
      // prepositional, participial or relative phrase ("… ISKP cells in provinces like Nangarhar").
      expect(after, q.id).toMatch(
        /^($|[.,;:)”]|\s[–—]|\s(in|during|across|that|which|with)\s|\s\w+(ed|ing)\s)/,
      );
      expect(q.short!, q.id).not.toMatch(/[,;:]$/);
    }
  });
});

describe('two levels of content', () => {
  it('has one lead general quote per side, with a short clause for the key', () => {
    const positions = generalPositions(atlas);
    for (const side of CLAIMANTS) {
      expect(atlas.quotes.filter((q) => q.side === side && q.lead)).toHaveLength(1);
      expect(positions[side].lead.short, side).toBeTruthy();
      expect(positions[side].quotes.every((q) => q.scope === 'general')).toBe(true);
    }
  });
  it('counts per side only distinct quotes linked to the place', () => {
    for (const p of atlas.places) {
      const counts = placeCounts(p);
      for (const side of ['kabul', 'islamabad', 'analysis'] as const) {
        const linked = new Set(
          p.quotes.filter((q) => q.side === side && q.places.some((l) => l.id === p.id)).map((q) => q.text),
        );
        expect(counts[side], `${p.id} ${side}`).toBe(linked.size);
      }
    }
    const q = atlas.quotes.find((x) => x.id === 'i-spin-ghar')!;
    expect(placeCounts({ id: 'spin-ghar', quotes: [q, { ...q, id: 'copy' }] }).islamabad).toBe(1);
  });
});

describe('the reading pane says what is missing and what is general', () => {
  let render: (p: AtlasPlace) => HTMLElement;
  beforeAll(() => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    (globalThis as unknown as { document: Document }).document = document as unknown as Document;
    render = (p) => placeContent(p, 'h2');
  });
  it('says so in one line where a side says nothing, and never builds a general-only section silently', () => {
    for (const p of atlas.places) {
      const html = render(p);
      const by = placeQuotes(p);
      for (const side of CLAIMANTS) {
        const section = html.querySelector(`[data-side="${side}"]`);
        if (by[side].saysNothing) {
          expect(section, `${p.id} ${side}`).toBeNull();
          expect(html.querySelector(`.side-missing.side-${side}`)?.textContent, p.id).toMatch(
            /says nothing about this place in these sources/,
          );
        } else {
          expect(section?.querySelectorAll('blockquote').length, `${p.id} ${side}`).toBe(
            by[side].quotes.length,
          );
          expect(Boolean(section?.querySelector('.side-general-only')), `${p.id} ${side}`).toBe(
            by[side].onlyGeneral,
          );
        }
      }
      const counts = placeCounts(p);
      expect(html.querySelector('.balance-text')?.textContent, p.id).toContain(
        `Kabul ${counts.kabul} · Islamabad ${counts.islamabad} · Analysis ${counts.analysis}`,
      );
    }
  });
  it('links every cite to its paragraph on the source’s page', () => {
    for (const p of atlas.places)
      for (const a of render(p).querySelectorAll('cite a'))
        expect(a.getAttribute('href'), p.id).toMatch(/^sources\/\d{3}\/#p\d+$/);
  });
});
