// Local stand-ins for the bundled faces while they load. The page's faces are `font-display: swap`:
// until Noto Sans arrives the text is set in a local font, and on a slow connection the swap used
// to move the page (the header's lines changed height and, on a phone, wrapped differently: CLS
// 0.06 on a desktop, 0.23 on a phone with the fonts 400 ms late). Each stand-in here is a local
// font scaled to Noto Sans's average width with Noto Sans's ascent, descent and line gap, so its
// lines have the same height and about the same length. Capsize computes the overrides.
import { createFontStack } from '@capsizecss/core';
import type { Plugin } from 'vite';
import metrics from './font-metrics.json' with { type: 'json' };

type Weight = '400' | '700';

/** The site's font families (src/styles/fonts.css): the name, and the weights it has faces for. */
const FAMILIES: { name: string; weights: Weight[] }[] = [
  { name: 'Map Sans', weights: ['400', '700'] },
  { name: 'Map Sans Bold', weights: ['700'] },
];

interface FallbackFace {
  family: string;
  weight: Weight;
  /** local() names, in order: the font and its metric-compatible clones. */
  local: string[];
  /** ascent-override, descent-override, line-gap-override and size-adjust, as CSS percentages. */
  overrides: Record<string, string>;
}

const cssProperty = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The stand-in faces of one family at one weight, one per local fallback font, in preference order. */
function facesFor(family: string, weight: Weight): FallbackFace[] {
  const bundled = { ...metrics.bundled[weight], familyName: family };
  const stack = metrics.fallbacks.map((f) => ({ familyName: f.familyName, ...f.metrics[weight] }));
  const { fontFaces } = createFontStack([bundled, ...stack], { fontFaceFormat: 'styleObject' });
  return fontFaces.map(({ '@font-face': face }, i) => {
    const { fontFamily, src: _capsizeSrc, ...overrides } = face;
    return {
      family: String(fontFamily).replace(/^"|"$/g, ''),
      weight,
      local: metrics.fallbacks[i].local[weight],
      overrides: Object.fromEntries(Object.entries(overrides).map(([k, v]) => [cssProperty(k), String(v)])),
    };
  });
}

/** Every stand-in face, for every family and weight. */
export function fallbackFaces(): FallbackFace[] {
  return FAMILIES.flatMap(({ name, weights }) => weights.flatMap((w) => facesFor(name, w)));
}

/** A family's font-family list: the bundled face, its stand-ins, then `rest`. */
export function fontStack(family: string, rest: string[]): string {
  const standIns = [
    ...new Set(
      fallbackFaces()
        .filter((f) => f.family.startsWith(`${family} Fallback`))
        .map((f) => f.family),
    ),
  ];
  return [family, ...standIns]
    .map((name) => `'${name}'`)
    .concat(rest)
    .join(', ');
}

/** The CSS: the stand-in faces, and the two stacks as custom properties the stylesheets use. */
export function fallbackCss(): string {
  const faces = fallbackFaces().map((f) =>
    [
      '@font-face {',
      `  font-family: '${f.family}';`,
      `  font-weight: ${f.weight};`,
      `  src: ${f.local.map((name) => `local('${name}')`).join(', ')};`,
      ...Object.entries(f.overrides).map(([k, v]) => `  ${k}: ${v};`),
      '}',
    ].join('\n'),
  );
  const root = [
    ':root {',
    `  --font-text: ${fontStack('Map Sans', ['system-ui', 'sans-serif'])};`,
    `  --font-text-bold: ${fontStack('Map Sans Bold', ["'Map Sans'", 'sans-serif'])};`,
    '}',
  ].join('\n');
  return [...faces, root].join('\n');
}

/** Where src/styles/fonts.css takes the generated rules. */
export const FALLBACK_MARKER = '/* font fallbacks: src/perf/font-fallbacks.ts */';

/** Vite plugin: writes the stand-in faces and the font stacks into fonts.css, in dev and build. */
export function fontFallbackPlugin(): Plugin {
  return {
    name: 'font-fallbacks',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('/src/styles/fonts.css')) return null;
      if (!code.includes(FALLBACK_MARKER)) this.error(`fonts.css lost its marker ${FALLBACK_MARKER}`);
      return { code: code.replace(FALLBACK_MARKER, fallbackCss()), map: null };
    },
  };
}
