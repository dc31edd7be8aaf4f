import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersIn } from './font-subset-plugin.ts';

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
