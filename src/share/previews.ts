// Link previews, generated at build from the project's own data: one page per place
// (place/<id>/index.html) with its own title, description and Open Graph / Twitter card tags,
// and a 1200×630 preview image drawn from the boundaries (no external service).
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { centerOfMass } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { Atlas, AtlasPlace } from '../data/atlas-types.ts';
import { KIND_STYLES } from '../map/palette.ts';
import { shortDate } from '../data/dates.ts';
import { jsonLdScript, placeJsonLd } from './json-ld.ts';
import { card, lineText } from './card-text.ts';

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

/** Equirectangular projection of the Afghanistan–Pakistan frame into a square panel. */
function projector(box: [number, number, number, number], size: number, pad: number) {
  const [w, s, e, n] = box;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = Math.min((size - 2 * pad) / ((e - w) * k), (size - 2 * pad) / (n - s));
  const ox = (size - (e - w) * k * scale) / 2;
  const oy = (size - (n - s) * scale) / 2;
  return (p: Position) =>
    `${(ox + (p[0] - w) * k * scale).toFixed(1)},${(oy + (n - p[1]) * scale).toFixed(1)}`;
}

function pathOf(g: Geometry, project: (p: Position) => string): string {
  const ring = (r: Position[], close: boolean) => `M${r.map(project).join('L')}${close ? 'Z' : ''}`;
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((r) => ring(r, true)).join('');
    case 'MultiPolygon':
      return g.coordinates
        .flat()
        .map((r) => ring(r, true))
        .join('');
    case 'LineString':
      return ring(g.coordinates, false);
    case 'MultiLineString':
      return g.coordinates.map((r) => ring(r, false)).join('');
    default:
      return '';
  }
}

export function previewSvg(atlas: Atlas, place: AtlasPlace | null): string {
  const { width, height } = PREVIEW_SIZE;
  const panel = height;
  const frame: [number, number, number, number] = [60.5, 23.5, 77.5, 38.6];
  const project = projector(frame, panel, 24);
  // Every country in the basemap is land (neighbours in a quieter tint), not only the two.
  const countries = atlas.basemap.features.filter((f) => f.properties?.layer === 'country');
  const main = (f: (typeof countries)[number]) => ['AF', 'PK'].includes(f.properties!.country);
  const land = countries
    .map(
      (f) =>
        `<path d="${pathOf(f.geometry, project)}" fill="${main(f) ? '#fbf9f4' : '#e6e1d6'}" stroke="#6b665c" stroke-width="${main(f) ? 1.5 : 0.8}"/>`,
    )
    .join('');
  const names: Record<string, string> = { AF: 'AFGHANISTAN', PK: 'PAKISTAN' };
  const labels = countries
    .filter(main)
    .map((f) => {
      const [x, y] = project(centerOfMass(f).geometry.coordinates).split(',');
      return `<text x="${x}" y="${y}" text-anchor="middle" font-family="Noto Sans" font-weight="700" font-size="22" letter-spacing="3" fill="#6b665c">${names[f.properties!.country]}</text>`;
    })
    .join('');
  const line = `<path d="${pathOf(atlas.durandLine!, project)}" fill="none" stroke="#a1203c" stroke-width="4" stroke-dasharray="10 5"/>`;
  let mark = '';
  if (place?.geometry) {
    const colour = KIND_STYLES[place.kind].colour;
    if (place.geometry.type === 'Point') {
      const [x, y] = project(place.geometry.coordinates).split(',');
      mark = `<circle cx="${x}" cy="${y}" r="26" fill="${colour}" fill-opacity="0.25"/><circle cx="${x}" cy="${y}" r="11" fill="${colour}" stroke="#fff" stroke-width="3"/>`;
    } else if (place.geometry.type === 'LineString' && place.kind !== 'border')
      mark = `<path d="${pathOf(place.geometry, project)}" fill="none" stroke="${colour}" stroke-width="14" stroke-opacity="0.6" stroke-linecap="round"/>`;
    else if (place.kind !== 'border')
      mark = `<path d="${pathOf(place.geometry, project)}" fill="${colour}" fill-opacity="0.45" stroke="${colour}" stroke-width="3"/>`;
  }
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
<rect width="${width}" height="${height}" fill="#ffffff"/><rect width="${panel}" height="${panel}" fill="#c9dce8"/>
${land}${labels}${mark}${line}
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
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; img-src 'self'; style-src 'self'" />
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
