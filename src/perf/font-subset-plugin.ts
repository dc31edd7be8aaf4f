// Vite plugin: cuts the bundled Noto Sans faces down to the characters the site uses (its pages,
// scripts, styles and data: every label MapLibre draws comes from the data), about 13 KB → 7 KB
// each. The fonts are in every reader's first bytes, embeds included. A character outside the
// subset (an embed title typed in another script) falls back to the page's next font, as before.
//
// The subset is made before Vite names the files, from the characters in the sources, so each
// face's file name carries its subset's hash: a new character in the data makes a new file name,
// and a host that caches assets/ forever never serves a reader an older subset. After the build,
// every character of the built text is checked to be in the subset.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { builtFiles } from './built-files.ts';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const TEXT = /\.(html|m?js|ts|css|json|geojson|txt|md)$/;

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

/** Printable ASCII, plus every other character in `texts`. */
function charactersOf(texts: Iterable<string>): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const text of texts) for (const ch of text) if (ch.codePointAt(0)! > 0x7f) chars.add(ch);
  return [...chars].join('');
}

/** The text files under `dir`, except those `skip` names: each one's path and text. */
function* textFiles(dir: string, skip: (file: string) => boolean): Generator<[string, string]> {
  for (const path of builtFiles(dir))
    if (TEXT.test(path) && !skip(basename(path))) yield [path, readFileSync(path, 'utf8')];
}

/** Printable ASCII and every other character in the text files under `dir`, except `skip`'s. */
export function charactersIn(dir: string, skip: (file: string) => boolean = () => false): string {
  return charactersOf([...textFiles(dir, skip)].map(([, text]) => text));
}

/** Where the site's text comes from: the folders and files whose characters the subset keeps. */
export const TEXT_SOURCES = ['index.html', 'src', 'geodata', 'public'];

/**
 * Code without its comments, which are never drawn (a rough cut: a `//` inside a string also ends
 * it, but then the build's check names the character the subset lacks).
 */
export const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

/** Files whose text never reaches a page: tests and the build's own plugins. */
const NEVER_SHOWN = /(\.test|-plugin)\.ts$/;

/** The characters of the site's sources (code comments left out: never drawn either). */
export function charactersInSources(root: string): string {
  const neverShown = (file: string) => NEVER_SHOWN.test(file);
  const files = TEXT_SOURCES.flatMap((entry): [string, string][] => {
    const path = join(root, entry);
    return entry.includes('.') ? [[path, readFileSync(path, 'utf8')]] : [...textFiles(path, neverShown)];
  });
  return charactersOf(files.map(([path, text]) => (/\.(ts|css)$/.test(path) ? withoutComments(text) : text)));
}

/** The characters in `text` that `subset` lacks. */
export function missingFrom(subset: string, text: string): string[] {
  const have = new Set(subset);
  return [...new Set(text)].filter((c) => !have.has(c));
}

/** The faces src/styles/fonts.css loads, as it names them (package paths). */
export function facesIn(css: string): string[] {
  return [...new Set([...css.matchAll(/url\('([^']+\.woff2)'\)/g)].map((m) => m[1]))];
}

export function fontSubsetPlugin(): Plugin {
  let text = '';
  return {
    name: 'font-subset',
    apply: 'build',
    // Before Vite resolves fonts.css's url()s: each face is subset into the cache, and its
    // package path is pointed there, so Vite hashes and copies the subset.
    async config(config) {
      const root = config.root ?? process.cwd();
      text = charactersInSources(root);
      const require = createRequire(join(root, 'package.json'));
      const cache = join(root, 'node_modules', '.cache', 'font-subset');
      mkdirSync(cache, { recursive: true });
      const alias: { find: RegExp; replacement: string }[] = [];
      for (const face of facesIn(readFileSync(join(root, 'src', 'styles', 'fonts.css'), 'utf8'))) {
        const out = join(cache, basename(face));
        const subset = await subsetFont(readFileSync(require.resolve(face)), text, {
          targetFormat: 'woff2',
          keepFeatures: DEFAULT_FEATURES,
        });
        writeFileSync(out, subset);
        alias.push({
          find: new RegExp(`^${face.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
          replacement: out,
        });
      }
      return { resolve: { alias } };
    },
    // Every character the built site shows must be in the subset (MapLibre's own files are not
    // shown: their non-ASCII strings are CJK punctuation tables, never drawn in these faces).
    writeBundle({ dir }, bundle) {
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
      const missing = missingFrom(
        text,
        charactersIn(dir ?? 'dist', (file) => engine.has(file)),
      );
      if (missing.length)
        this.error(
          `the font subset lacks ${missing.map((c) => JSON.stringify(c)).join(' ')}, found in the build but in none of ${TEXT_SOURCES.join(', ')} (src/perf/font-subset-plugin.ts)`,
        );
      this.info(`fonts subset to ${[...text].length} characters, every one the build shows`);
    },
  };
}
