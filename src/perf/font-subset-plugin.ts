// Vite plugin: cuts the bundled Noto Sans faces down to the characters the built site uses (its
// pages, scripts, styles and data: every label MapLibre draws comes from the data), about 13 KB →
// 7 KB each. The fonts are in every reader's first bytes, embeds included. A character outside the
// subset (an embed title typed in another script) falls back to the page's next font, as before.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { builtFiles } from './built-files.ts';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const TEXT = /\.(html|m?js|css|json|geojson|txt)$/;

/**
 * The OpenType features a browser applies to Latin text by itself. The site asks for no other
 * (no small caps, old-style or tabular figures); keeping every feature also kept each one's extra
 * glyphs (small caps, fractions…), about 1.1 KB a face.
 */
export const DEFAULT_FEATURES = [
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'kern',
  'liga',
  'clig',
  'calt',
  'rlig',
  'rvrn',
  'rclt',
  'curs',
  'dist',
  'abvm',
  'blwm',
];

/**
 * Printable ASCII always, plus every other character in the built text files except `skip`'s
 * (MapLibre's own files: their non-ASCII strings are its CJK punctuation tables, never drawn in
 * these faces).
 */
export function charactersIn(dir: string, skip: (file: string) => boolean = () => false): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const path of builtFiles(dir)) {
    if (!TEXT.test(path) || skip(basename(path))) continue;
    for (const ch of readFileSync(path, 'utf8')) if (ch.codePointAt(0)! > 0x7f) chars.add(ch);
  }
  return [...chars].join('');
}

export function fontSubsetPlugin(): Plugin {
  return {
    name: 'font-subset',
    apply: 'build',
    // Once the bundle is on disk: `dir` is the build's output folder.
    async writeBundle({ dir }, bundle) {
      const outDir = dir ?? 'dist';
      // The engine's files: its chunk (vite.config's 'maplibre' group) and its worker (an asset).
      const engine = new Set(
        Object.values(bundle)
          .filter((f) =>
            f.type === 'chunk'
              ? f.moduleIds.length > 0 &&
                f.moduleIds.every((id) => /node_modules[\\/]maplibre-gl[\\/]/.test(id))
              : f.originalFileNames.some((n) => /node_modules[\\/]maplibre-gl[\\/]/.test(n)),
          )
          .map((f) => basename(f.fileName)),
      );
      const text = charactersIn(outDir, (file) => engine.has(file));
      let before = 0;
      let after = 0;
      for (const path of builtFiles(outDir)) {
        if (!path.endsWith('.woff2')) continue;
        const font = readFileSync(path);
        const subset = await subsetFont(font, text, {
          targetFormat: 'woff2',
          keepFeatures: DEFAULT_FEATURES,
        });
        writeFileSync(path, subset);
        before += font.length;
        after += subset.length;
      }
      this.info(
        `fonts subset to ${[...text].length} characters (skipped ${[...engine].join(', ')}): ${before} → ${after} bytes`,
      );
    },
  };
}
