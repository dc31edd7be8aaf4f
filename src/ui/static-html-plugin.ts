// Vite plugin: writes the build-time list of places and sources panel into index.html.
import type { Plugin } from 'vite';
import { buildAtlas } from '../data/atlas.ts';
import { staticHtml } from './static-html.ts';

export function staticHtmlPlugin(): Plugin {
  return {
    name: 'static-html',
    apply: 'build',
    transformIndexHtml(html) {
      const { list, sources, key, positions } = staticHtml(buildAtlas());
      const out = html
        .replace(
          '<ul id="place-list" class="place-list"></ul>',
          `<ul id="place-list" class="place-list">\n${list}\n</ul>`,
        )
        .replace(/(<section id="sources-panel"[^>]*>)(<\/section>)/, `$1${sources}$2`)
        .replace(
          '<div id="positions-key" class="positions-key"></div>',
          `<div id="positions-key" class="positions-key">${key}</div>`,
        )
        .replace(/(<section id="positions"[^>]*>)(<\/section>)/, `$1${positions}$2`);
      if (out === html)
        throw new Error('static-html: index.html has no #place-list / #sources-panel to fill');
      return out;
    },
  };
}
