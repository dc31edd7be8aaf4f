// The label fonts' advance widths (in ems), read at build from Noto Sans: the first frame sizes
// its labels with them, so it keeps or drops a label where MapLibre does. MapLibre draws glyphs
// locally, one character at a time with no kerning, from the same faces (src/styles/fonts.css):
// its label widths are these advances summed (e2e/first-frame.spec.ts compares them in Chromium).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'opentype.js';

const require = createRequire(import.meta.url);
// Its package is CommonJS (no named exports for an ES import in Node): required as such.
const { parse } = require('opentype.js') as typeof import('opentype.js');
// The TrueType files of the faces the site serves as WOFF2 (same glyphs and metrics; the share
// previews render with them too).
const FACES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;
// The site serves Fontsource's latin subset of each face: the characters it covers are its
// unicode-range (others are drawn in a fallback font, whose widths are not known here).
const SERVED = { regular: '400', bold: '700' } as const;

function servedRange(weight: string): [number, number][] {
  const css = readFileSync(require.resolve(`@fontsource/noto-sans/${weight}.css`), 'utf8');
  const face = css.split('@font-face').find((f) => f.includes(`latin-${weight}-normal.woff2`));
  const range = /unicode-range:\s*([^;]+);/.exec(face ?? '')?.[1];
  if (!range) throw new Error(`font-advances: no unicode-range for the latin ${weight} face`);
  return range.split(',').map((r) => {
    const [a, b = a] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b, 16)];
  });
}

export type Advances = Record<string, number>;

function load(path: string): Font {
  const b = readFileSync(require.resolve(path));
  return parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
}

/** Each character of `text` (and printable ASCII) the served face has → its advance in ems, to 0.1%. */
export function fontAdvances(text: string): Record<keyof typeof FACES, Advances> {
  const chars = new Set(text);
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  const of = (font: Font, served: [number, number][]): Advances => {
    const out: Advances = {};
    for (const ch of [...chars].sort())
      if (font.hasChar(ch) && served.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b))
        out[ch] = Math.round(((font.charToGlyph(ch).advanceWidth ?? 0) / font.unitsPerEm) * 1000) / 1000;
    return out;
  };
  return {
    regular: of(load(FACES.regular), servedRange(SERVED.regular)),
    bold: of(load(FACES.bold), servedRange(SERVED.bold)),
  };
}
