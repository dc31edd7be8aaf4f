import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas, GEODATA_DIR } from './atlas.ts';
import { paragraphs, sourceBody, verbatimProblem } from './verbatim.ts';

const sources = JSON.parse(readFileSync(join(GEODATA_DIR, 'sources.json'), 'utf8')).sources as {
  id: string;
  file: string;
}[];
const quotes = JSON.parse(readFileSync(join(GEODATA_DIR, 'quotes.json'), 'utf8')).quotes as {
  id: string;
  source: string;
  paragraph: number;
  side: string;
  text: string;
  places: { id: string; why: string }[];
}[];
const body = (id: string) =>
  sourceBody(readFileSync(join(GEODATA_DIR, sources.find((s) => s.id === id)!.file), 'utf8'));

describe('every quote is verbatim in its stated paragraph', () => {
  it.each(quotes.map((q) => [q.id, q] as const))('%s', (_id, q) => {
    const para = paragraphs(body(q.source))[q.paragraph - 1];
    expect(verbatimProblem(q.text, para)).toBeNull();
  });
});

describe('the verbatim check', () => {
  const para = paragraphs(body('000'))[2]; // ¶3, with Mujahid's words in curly quotes
  it('accepts an exact quote and segments joined by … in order', () => {
    expect(verbatimProblem('declaring the group’s activities “unrelated to Afghanistan.”', para)).toBeNull();
    expect(verbatimProblem('Mujahid’s statement framed … “unrelated to Afghanistan.”', para)).toBeNull();
  });
  it('rejects an altered word, straightened quotes, reordered segments and the wrong paragraph', () => {
    expect(verbatimProblem('declaring the group’s activities “unconnected to Afghanistan.”', para)).toMatch(
      /not in the paragraph/,
    );
    expect(verbatimProblem('declaring the group\'s activities "unrelated to Afghanistan."', para)).toMatch(
      /not in the paragraph/,
    );
    expect(verbatimProblem('“unrelated to Afghanistan.” … Mujahid’s statement framed', para)).toMatch(
      /after the previous segment/,
    );
    expect(verbatimProblem('declaring the group’s activities', paragraphs(body('000'))[3])).toMatch(
      /not in the paragraph/,
    );
    expect(verbatimProblem('anything', undefined)).toMatch(/does not exist/);
  });
});

describe('source texts', () => {
  it.each(sources.map((s) => [s.id, s] as const))(
    'source %s in the repo is the shared original, below an attribution header',
    (_id, s) => {
      const text = readFileSync(join(GEODATA_DIR, s.file), 'utf8');
      expect(text.startsWith('# Source')).toBe(true);
      const original = join(GEODATA_DIR, '..', '..', 'shared', s.file);
      if (existsSync(original)) expect(sourceBody(text)).toBe(readFileSync(original, 'utf8'));
      else expect(paragraphs(sourceBody(text)).length).toBeGreaterThan(10);
    },
  );
});

describe('coverage of places and sides', () => {
  const atlas = buildAtlas();
  it('gives every place at least one quote', () => {
    for (const p of atlas.places) expect(p.quotes.length, p.id).toBeGreaterThan(0);
  });
  // Only where the sources give both sides something about the place (Kabul says nothing in them
  // about Bajaur or the attacks in Pakistan, and the map says so rather than lending it a quote).
  it.each(['durand-line', 'nangarhar', 'khalil-haqqani-killing', 'sharifullah-arrest'])(
    '%s has both Kabul’s and Islamabad’s framing',
    (id) => {
      const sides = new Set(atlas.places.find((p) => p.id === id)!.quotes.map((q) => q.side));
      expect(sides.has('kabul')).toBe(true);
      expect(sides.has('islamabad')).toBe(true);
    },
  );
  it('flags the Khalil-ur-Rehman Haqqani contradiction with the public record', () => {
    const p = atlas.places.find((x) => x.id === 'khalil-haqqani-killing')!;
    expect(p.factChecks[0].note).toMatch(/2024/);
    expect(p.factChecks[0].note).toMatch(/Refugees/);
  });
  it('cites every fact beyond the sources', () => {
    for (const p of atlas.places)
      for (const f of p.record) expect(f.citation.url, p.id).toMatch(/^https:\/\//);
  });
});
