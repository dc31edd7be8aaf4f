// Link previews, generated at build from the project's own data: one page per place
// (place/<id>/index.html) with its own title, description and Open Graph / Twitter card tags,
// and a 1200×630 preview image drawn from the boundaries (no external service).
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Atlas, AtlasPlace } from '../data/atlas-types.ts';
import { KIND_STYLES } from '../map/palette.ts';
import { shortDate } from '../data/dates.ts';
import { jsonLdScript, placeJsonLd } from './json-ld.ts';
import { card, lineText } from './card-text.ts';
import { fitCamera, projector } from '../map/camera.ts';
import { frameData, type FrameData } from '../static/frame-data.ts';
import { renderSvg } from '../static/render-svg.ts';
import { h, svgString } from '../static/svg-tree.ts';
import { pageStart } from './page-start.ts';

const RESVG_FONTS = { regular: 'Noto Sans', bold: 'Noto Sans' };

const require = createRequire(import.meta.url);
export const PREVIEW_SIZE = { width: 1200, height: 630 };
const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];
export const SITE_NAME = 'The Durand Line framing map';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > max) {
      out.push(line);
      line = word;
      if (out.length === lines) break;
    } else line = (line + ' ' + word).trim();
  }
  if (out.length < lines && line) out.push(line);
  if (out.length === lines && text.length > out.join(' ').length)
    out[lines - 1] = out[lines - 1].replace(/\W*\S*$/, '…');
  return out;
}

const frames = new WeakMap<Atlas, FrameData>();
/** The Afghanistan–Pakistan frame every preview shows (neighbours as land around it). */
const PREVIEW_FRAME: [number, number, number, number] = [60.5, 23.5, 77.5, 38.6];

/**
 * The preview's map panel, drawn by the site's static renderer (src/static/render-svg.ts): the
 * same land, lines, labels and symbols as the map, the place drawn selected and ringed.
 */
function previewMap(atlas: Atlas, place: AtlasPlace | null, size: number): string {
  let data = frames.get(atlas);
  if (!data) frames.set(atlas, (data = frameData(atlas)));
  const viewport = { width: size, height: size };
  const camera = fitCamera(PREVIEW_FRAME, viewport, { top: 24, bottom: 24, left: 24, right: 24 });
  const tree = renderSvg(data, {
    camera,
    viewport,
    fonts: RESVG_FONTS,
    selected: place?.id ?? null,
    namesOverSymbols: true,
  });
  const project = projector(camera, viewport);
  // The renderer names the countries itself, as the map does (no second set of names here).
  if (place?.geometryType === 'Point') {
    const [x, y] = project(place.anchor);
    const colour = KIND_STYLES[place.kind].colour;
    tree.children!.push(
      h('circle', {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: 24,
        fill: 'none',
        stroke: colour,
        'stroke-width': 4,
      }),
    );
  }
  return svgString(tree);
}

export function previewSvg(atlas: Atlas, place: AtlasPlace | null): string {
  const { width, height } = PREVIEW_SIZE;
  const panel = height;
  const map = previewMap(atlas, place, panel);
  const title = place ? place.name : 'Where is ISKP based?';
  const sub = place
    ? [KIND_STYLES[place.kind].label, shortDate(place)].filter(Boolean).join(' · ')
    : 'What Kabul and Islamabad each say, in the sources’ own words';
  // One short line per side (the share card's words), not counts.
  const shared = place ? card(atlas, place) : null;
  const lines = shared?.lines ?? null;
  const text: string[] = [];
  let y = 120;
  for (const l of wrap(title, 18, 3)) {
    text.push(
      `<text x="${panel + 40}" y="${y}" font-family="Noto Sans" font-weight="700" font-size="46" fill="#1f1d1a">${xml(l)}</text>`,
    );
    y += 58;
  }
  y += 8;
  for (const l of wrap(sub, 32, 3)) {
    text.push(
      `<text x="${panel + 40}" y="${y}" font-family="Noto Sans" font-size="30" fill="#5c574f">${xml(l)}</text>`,
    );
    y += 40;
  }
  if (lines) {
    y += 14;
    const colours = { kabul: '#1d5f8a', islamabad: '#2e6b2f' };
    for (const l of lines) {
      const rows = wrap(lineText(l), 40, 6);
      text.push(
        `<rect x="${panel + 40}" y="${y - 22}" width="6" height="${rows.length * 32}" fill="${colours[l.side]}"/>`,
      );
      for (const row of rows) {
        text.push(
          `<text x="${panel + 58}" y="${y}" font-family="Noto Sans" font-size="24" fill="#1f1d1a">${xml(row)}</text>`,
        );
        y += 32;
      }
      y += 14;
    }
    if (shared?.factCheck)
      text.push(
        `<text x="${panel + 40}" y="${y}" font-family="Noto Sans" font-weight="700" font-size="24" fill="#8f4503">${xml(shared.factCheck)}</text>`,
      );
  }
  text.push(
    `<text x="${panel + 40}" y="${height - 40}" font-family="Noto Sans" font-weight="700" font-size="24" fill="#a1203c">${xml(SITE_NAME)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#ffffff"/>${map}
${text.join('\n')}
</svg>`;
}

export function renderPng(svg: string): Buffer {
  const r = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans' },
  });
  return r.render().asPng();
}

export interface PageOptions {
  /** Absolute site URL (e.g. https://example.org/map/) when known at build: makes og:image absolute. */
  siteUrl: string | null;
  /** The card's description (src/share/card-text.ts). */
  description: string;
  /** Quotes the card shows that are not the place's own (a side's general position). */
  cardQuotes?: AtlasPlace['quotes'];
  /** Path of the built CSS-free page's stylesheet is not needed: the page is plain and has no script. */
}

export function metaTags(o: {
  title: string;
  description: string;
  image: string;
  url: string | null;
  imageAlt: string;
}): string {
  const m = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${xml(value)}" />`;
  return [
    m('name', 'description', o.description),
    m('property', 'og:type', 'article'),
    m('property', 'og:site_name', SITE_NAME),
    m('property', 'og:title', o.title),
    m('property', 'og:description', o.description),
    m('property', 'og:image', o.image),
    m('property', 'og:image:width', String(PREVIEW_SIZE.width)),
    m('property', 'og:image:height', String(PREVIEW_SIZE.height)),
    m('property', 'og:image:alt', o.imageAlt),
    o.url ? m('property', 'og:url', o.url) : '',
    m('name', 'twitter:card', 'summary_large_image'),
    m('name', 'twitter:title', o.title),
    m('name', 'twitter:description', o.description),
    m('name', 'twitter:image', o.image),
  ]
    .filter(Boolean)
    .join('\n    ');
}

export function placePageHtml(place: AtlasPlace, opts: PageOptions): string {
  const title = `${place.name}: what Kabul and Islamabad say`;
  const description = opts.description;
  const base = opts.siteUrl ? new URL(`place/${place.id}/`, opts.siteUrl).href : null;
  const image = base ? `${base}preview.png` : 'preview.png';
  const target = `../../#place=${encodeURIComponent(place.id)}`;
  // The redirect keeps the page's query string (a newsletter's utm_* keys reach the map's
  // analytics); without script, a refresh to the bare map link.
  return `${pageStart("default-src 'none'; script-src 'self'; img-src 'self'; style-src 'self'")}
    <title>${xml(title)}</title>
    ${metaTags({ title, description, image, url: base, imageAlt: `Map of the Afghanistan–Pakistan border highlighting ${place.name}` })}
    <script src="../../place-redirect.js" data-place="${xml(place.id)}"></script>
    <noscript><meta http-equiv="refresh" content="0; url=${xml(target)}" /></noscript>
    ${base ? `<link rel="canonical" href="${xml(base)}" />` : ''}
    ${oembedLink(opts.siteUrl ? new URL(`oembed/${place.id}.json`, opts.siteUrl).href : `../../oembed/${place.id}.json`, title)}
    ${jsonLdScript(placeJsonLd(place, opts.siteUrl, opts.cardQuotes))}
  </head>
  <body>
    <h1>${xml(place.name)}</h1>
    <p>${xml(description)}</p>
    <p><a href="${xml(target)}">Open ${xml(place.name)} on the map</a></p>
    <img src="preview.png" width="${PREVIEW_SIZE.width / 2}" height="${PREVIEW_SIZE.height / 2}" alt="" />
  </body>
</html>
`;
}

/** oEmbed (https://oembed.com) "rich" response for the whole map or one place. */
export function oembedJson(place: AtlasPlace | null, siteUrl: string | null): string {
  const base = siteUrl ?? './';
  const src = `${base}?embed=1${place ? `#place=${encodeURIComponent(place.id)}` : ''}`;
  const title = place
    ? `Map: ${place.name}, what Kabul and Islamabad say`
    : 'Map: where Kabul and Islamabad each say ISKP is based';
  const height = 480;
  const html = `<iframe src="${xml(src)}" title="${xml(title)}" width="100%" height="${height}" loading="lazy" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: SITE_NAME,
      ...(siteUrl ? { provider_url: siteUrl } : {}),
      title,
      html,
      width: 640,
      height,
      thumbnail_url: `${base}${place ? `place/${place.id}/` : ''}preview.png`,
      thumbnail_width: PREVIEW_SIZE.width,
      thumbnail_height: PREVIEW_SIZE.height,
    },
    null,
    2,
  );
}

export function oembedLink(href: string, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${xml(href)}" title="${xml(title)}" />`;
}
