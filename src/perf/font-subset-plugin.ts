// Vite plugin: cuts the bundled Noto Sans faces down to the characters the built site uses (its
// pages, scripts, styles and data: every label MapLibre draws comes from the data), about 13 KB →
// 8 KB each. The fonts are in every reader's first bytes, embeds included. A character outside the
// subset (an embed title typed in another script) falls back to the page's next font, as before.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtFiles } from './built-files.ts';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const TEXT = /\.(html|m?js|css|json|geojson|txt)$/;

/** Printable ASCII always, plus every other character in the built text files. */
export function charactersIn(dir: string): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const path of builtFiles(dir)) {
    if (!TEXT.test(path)) continue;
    for (const ch of readFileSync(path, 'utf8')) if (ch.codePointAt(0)! > 0x7f) chars.add(ch);
  }
  return [...chars].join('');
}

export function fontSubsetPlugin(): Plugin {
  return {
    name: 'font-subset',
    apply: 'build',
    // Once the bundle is on disk: `dir` is the build's output folder.
    async writeBundle({ dir }) {
      const outDir = dir ?? 'dist';
      const text = charactersIn(outDir);
      let before = 0;
      let after = 0;
      for (const path of builtFiles(outDir)) {
        if (!path.endsWith('.woff2')) continue;
        const font = readFileSync(path);
        const subset = await subsetFont(font, text, { targetFormat: 'woff2' });
        writeFileSync(path, subset);
        before += font.length;
        after += subset.length;
      }
      this.info(`fonts subset to ${[...text].length} characters: ${before} → ${after} bytes`);
    },
  };
}
