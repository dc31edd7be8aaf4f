// Vite plugin: emits place/<id>/index.html + preview.png for every place, the site's own
// preview.png, the root page's Open Graph / Twitter tags, and the 404 page with its script.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildAtlas } from '../data/atlas.ts';
import { card } from './card-text.ts';
import { metaTags, oembedJson, oembedLink, placePageHtml, previewSvg, renderPng } from './previews.ts';
import { NOT_FOUND_SCRIPT, notFoundHtml } from './not-found-page.ts';
import { siteUrlFrom } from './publish-check.ts';

export { siteUrlFrom };

export function previewsPlugin(): Plugin {
  const siteUrl = siteUrlFrom(process.env.SITE_URL);
  return {
    name: 'previews',
    apply: 'build',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: fileURLToPath(new URL('./not-found.ts', import.meta.url)),
        fileName: NOT_FOUND_SCRIPT,
      });
    },
    transformIndexHtml(html) {
      const image = siteUrl ? new URL('preview.png', siteUrl).href : 'preview.png';
      const tags = metaTags({
        title: 'Where is ISKP based? What Kabul and Islamabad each say',
        description:
          'An interactive map of the places Kabul and Islamabad argue about when each blames the other for the Islamic State Khorasan Province (ISKP), quoting two sources verbatim.',
        image,
        url: siteUrl,
        imageAlt: 'Map of the Afghanistan–Pakistan border and the Durand Line',
      });
      const oembed = oembedLink(
        siteUrl ? new URL('oembed.json', siteUrl).href : 'oembed.json',
        'The Durand Line framing map',
      );
      const canonical = siteUrl ? `\n    <link rel="canonical" href="${siteUrl}" />` : '';
      return html.replace(/<meta\s+name="description"[\s\S]*?\/>/, `${tags}\n    ${oembed}${canonical}`);
    },
    generateBundle() {
      const atlas = buildAtlas();
      this.emitFile({ type: 'asset', fileName: 'preview.png', source: renderPng(previewSvg(atlas, null)) });
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: oembedJson(null, siteUrl) });
      this.emitFile({ type: 'asset', fileName: '404.html', source: notFoundHtml(atlas.places, siteUrl) });
      for (const place of atlas.places) {
        const shared = card(atlas, place);
        this.emitFile({
          type: 'asset',
          fileName: `place/${place.id}/index.html`,
          source: placePageHtml(place, {
            siteUrl,
            description: shared.description,
            cardQuotes: shared.lines.flatMap((l) => (l.quote ? [l.quote] : [])),
          }),
        });
        this.emitFile({
          type: 'asset',
          fileName: `place/${place.id}/preview.png`,
          source: renderPng(previewSvg(atlas, place)),
        });
        this.emitFile({
          type: 'asset',
          fileName: `oembed/${place.id}.json`,
          source: oembedJson(place, siteUrl),
        });
      }
    },
  };
}
