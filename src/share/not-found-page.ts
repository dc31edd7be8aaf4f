// The 404 page (404.html, for hosts that serve one for any missing address): links to the map and
// to every place, and a script (not-found.ts) that offers "Did you mean …" for a mistyped
// place/<id>/. A host serves this file at the missing address itself, so every relative link is
// resolved against <base href>: the site's own path (from SITE_URL), or the host's root.
import type { AtlasPlace } from '../data/atlas-types.ts';
import { SITE_NAME } from './previews.ts';
import { pageStart } from './page-start.ts';

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const NOT_FOUND_SCRIPT = 'not-found.js';

export function notFoundHtml(places: AtlasPlace[], siteUrl: string | null): string {
  const base = siteUrl ? new URL(siteUrl).pathname : '/';
  const items = places
    .map(
      (p) =>
        `        <li><a href="./#place=${encodeURIComponent(p.id)}" data-place="${xml(p.id)}">${xml(p.name)}</a></li>`,
    )
    .join('\n');
  return `${pageStart("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'self'")}
    <base href="${xml(base)}" />
    <meta name="robots" content="noindex" />
    <title>Page not found · ${xml(SITE_NAME)}</title>
    <link rel="stylesheet" href="not-found.css" />
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <script type="module" src="${NOT_FOUND_SCRIPT}"></script>
  </head>
  <body>
    <main>
      <p class="site"><a href="./">${xml(SITE_NAME)}</a></p>
      <h1>This page is not on the map</h1>
      <p id="did-you-mean" class="did-you-mean" role="status" hidden></p>
      <p>The address may be mistyped, or the page may have moved. <a href="./">Open the map</a>, or go to one of the places it covers (also in <a href="./#place-list">the list beside the map</a>):</p>
      <ul id="places" class="places">
${items}
      </ul>
    </main>
  </body>
</html>
`;
}
