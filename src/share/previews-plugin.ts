// Vite plugin: emits place/<id>/index.html + preview.png for every place, the site's own
// preview.png, and the root page's Open Graph / Twitter tags.
import type { Plugin } from 'vite';
import { buildAtlas } from '../data/atlas.ts';
import { card } from './card-text.ts';
import { metaTags, oembedJson, oembedLink, placePageHtml, previewSvg, renderPng } from './previews.ts';

export function previewsPlugin(): Plugin {
  const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL).href : null;
  return {
    name: 'previews',
    apply: 'build',
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
      return html.replace(/<meta\s+name="description"[\s\S]*?\/>/, `${tags}\n    ${oembed}`);
    },
    generateBundle() {
      const atlas = buildAtlas();
      this.emitFile({ type: 'asset', fileName: 'preview.png', source: renderPng(previewSvg(atlas, null)) });
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: oembedJson(null, siteUrl) });
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
