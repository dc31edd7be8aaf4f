import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  charactersIn,
  charactersInSources,
  facesIn,
  fontSubsetPlugin,
  missingFrom,
} from './font-subset-plugin.ts';

describe('the font subset’s characters', () => {
  it('keeps printable ASCII and every other character found in the built text files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'subset-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'index.html'), '<p>“Safe havens” — ¶2</p>');
    writeFileSync(join(dir, 'data', 'atlas.json'), '{"name":"Pul-e-Charkhi · Nūristān"}');
    writeFileSync(join(dir, 'photo.png'), 'ü'); // not text: not read
    const chars = charactersIn(dir);
    for (const c of ['a', 'Z', '~', ' ', '“', '”', '—', '¶', '·', 'ū', 'ā']) expect(chars).toContain(c);
    expect(chars).not.toContain('ü');
  });

  it('leaves out the files it is told to skip (the engine’s: its CJK punctuation is never drawn)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'subset-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'main-abc.js'), 'label("Nūristān")');
    writeFileSync(join(dir, 'assets', 'maplibre-xyz.js'), 'const t={"，":"︐","£":"￡"}');
    const chars = charactersIn(dir, (file) => file === 'maplibre-xyz.js');
    expect(chars).toContain('ū');
    for (const c of ['，', '︐', '£', '￡']) expect(chars).not.toContain(c);
  });
});

describe('the subset is made from the sources, before the files are named', () => {
  it('reads the faces fonts.css loads', () => {
    const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'fonts.css'), 'utf8');
    expect(facesIn(css)).toEqual([
      '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
      '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
    ]);
  });

  it('keeps the characters of pages, code strings, styles and data; not of comments, tests or build plugins', () => {
    const root = mkdtempSync(join(tmpdir(), 'subset-src-'));
    for (const d of ['src', 'geodata', 'public']) mkdirSync(join(root, d));
    writeFileSync(join(root, 'index.html'), '<p>Ø</p>');
    writeFileSync(join(root, 'src', 'a.ts'), "// ≈ a note\nconst t = 'Nūristān'; /* ≤ */ const u = 'é';");
    writeFileSync(join(root, 'src', 'a.test.ts'), "expect('ü')");
    writeFileSync(join(root, 'src', 'x-plugin.ts'), "info('a → b')");
    writeFileSync(join(root, 'geodata', 'q.json'), '{"q":"“havens” — ¶2 https://x.org/ñ"}');
    writeFileSync(join(root, 'public', 's.css'), '.a::after { content: "·"; }');
    const chars = charactersInSources(root);
    for (const c of ['Ø', 'ū', 'ā', 'é', '“', '—', '¶', 'ñ', '·', 'a']) expect(chars).toContain(c);
    for (const c of ['≈', '≤', 'ü', '→']) expect(chars).not.toContain(c);
  });

  it('names what the build shows and the subset lacks', () => {
    expect(missingFrom('abc', 'abcd é')).toEqual(['d', ' ', 'é']);
    expect(missingFrom('abc', 'cab')).toEqual([]);
  });

  it('points each face at its subset, so Vite names the file from the subset’s bytes', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const plugin = fontSubsetPlugin() as unknown as {
      config: (c: {
        root: string;
      }) => Promise<{ resolve: { alias: { find: RegExp; replacement: string }[] } }>;
    };
    const { alias } = (await plugin.config({ root })).resolve;
    expect(
      alias.map((a) => a.find.test('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2')),
    ).toEqual([false, true]);
    for (const { replacement } of alias) {
      const subset = readFileSync(replacement);
      expect(subset.subarray(0, 4).toString()).toBe('wOF2');
      expect(subset.length).toBeLessThan(10_000); // the full faces are about 13 KB
    }
  });
});
