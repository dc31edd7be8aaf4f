// Vite plugin: emits dist/downloads/ (places.geojson, quotes.csv, the quotes as W3C Web
// Annotations, LICENCE.md), built from the same atlas as the map.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Plugin } from 'vite';
import { buildAtlas, GEODATA_DIR } from '../data/atlas.ts';
import type { Atlas } from '../data/atlas-types.ts';
import { sourceBody } from '../data/verbatim.ts';
import { allClaimDates, allQuotes } from './collect.ts';
import { placesGeoJson } from './places-geojson.ts';
import { quotesCsv } from './quotes-csv.ts';
import { ANNOTATIONS_FILE, annotationCollection, type SourceText } from './annotations.ts';
import { licenceText } from './licence.ts';
import { sourcePagePath } from '../share/source-pages.ts';

export const DOWNLOADS_DIR = 'downloads';

export function sourceTexts(atlas: Atlas, href: (p: string) => string): SourceText[] {
  return atlas.sources.map((s) => ({
    id: s.id,
    body: sourceBody(readFileSync(join(GEODATA_DIR, s.file), 'utf8')).normalize('NFC'),
    iri: href(sourcePagePath(s.id)),
  }));
}

/** A path from the site's root as written in a download: absolute with SITE_URL, else relative to downloads/. */
export function downloadHref(siteUrl: string | null): (p: string) => string {
  return (p) =>
    siteUrl ? new URL(p, siteUrl).href : posix.relative(DOWNLOADS_DIR, p) + (p.endsWith('/') ? '/' : '');
}

export function buildDownloads(atlas: Atlas, siteUrl: string | null): Record<string, string> {
  const href = downloadHref(siteUrl);
  const quotes = allQuotes(atlas);
  const files: Record<string, string> = {
    'places.geojson': JSON.stringify(placesGeoJson(atlas, quotes, siteUrl)),
    'quotes.csv': quotesCsv(quotes, allClaimDates(atlas)),
    [ANNOTATIONS_FILE]: JSON.stringify(annotationCollection(quotes, sourceTexts(atlas, href), href), null, 1),
  };
  files['LICENCE.md'] = licenceText(atlas, [
    { name: 'places.geojson', what: 'every place: geometry, date and precisions, quote counts per side' },
    { name: 'quotes.csv', what: 'every quote: id, places, side, voice, scope, source, paragraph, text' },
    { name: ANNOTATIONS_FILE, what: 'the quotes as W3C Web Annotations (JSON-LD) on the source texts' },
    { name: 'LICENCE.md', what: 'this file' },
  ]);
  return files;
}

export function downloadsPlugin(): Plugin {
  const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL).href : null;
  return {
    name: 'downloads',
    apply: 'build',
    generateBundle() {
      for (const [name, source] of Object.entries(buildDownloads(buildAtlas(), siteUrl)))
        this.emitFile({ type: 'asset', fileName: `${DOWNLOADS_DIR}/${name}`, source });
    },
  };
}
