// A reader page per source (sources/<id>/index.html): the text as supplied, one anchor per
// paragraph (#p14, counted as the quotes count them), and a header saying what is known and not
// known about it. Plain HTML with no script, under a strict CSP. Runs at build time.
import type { Source } from '../data/schema.ts';
import { paragraphAnchor } from './paths.ts';
import { pageStart } from '../share/page-start.ts';

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A line with no closing punctuation and few words is one of the text's subheadings. */
export function isSubheading(line: string): boolean {
  return line.length < 80 && !/[.!?”"’)]$/.test(line.trim());
}

export const SOURCE_PAGE_CSP = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'";

export function sourcePageHtml(source: Source, paragraphs: string[], quoteCount: number): string {
  const paras = paragraphs
    .map((text, i) => {
      const n = i + 1;
      const id = paragraphAnchor(n);
      const num = `<a class="para-num" href="#${id}" aria-label="Paragraph ${n}">¶${n}</a>`;
      return isSubheading(text)
        ? `<h2 id="${id}" class="para subheading">${num} ${xml(text)}</h2>`
        : `<p id="${id}" class="para">${num} ${xml(text)}</p>`;
    })
    .join('\n      ');
  return `${pageStart(SOURCE_PAGE_CSP)}
    <title>${xml(`Source ${source.id}: ${source.title}`)}</title>
    <link rel="stylesheet" href="../source.css" />
  </head>
  <body>
    <header class="source-header">
      <p><a href="../../">← Back to the map</a></p>
      <h1>${xml(source.title)}</h1>
      <dl>
        <dt>What it is</dt><dd>${xml(source.stance)}</dd>
        <dt>Known</dt><dd>${xml(source.known)}</dd>
        <dt>Not known</dt><dd>${xml(source.unknown)}</dd>
        <dt>How paragraphs are counted</dt><dd>${xml(source.paragraphs)}</dd>
        <dt>On the map</dt><dd>${quoteCount} quotes are taken from this text. Each quote’s citation links to its paragraph here.</dd>
      </dl>
      <p class="as-supplied">The text below is reproduced exactly as supplied to the project, for checking the quotes.</p>
    </header>
    <main class="source-text">
      ${paras}
    </main>
  </body>
</html>
`;
}

export const SOURCE_PAGE_CSS = `body{font:16px/1.55 system-ui,sans-serif;color:#1f1d1a;background:#fbf9f4;margin:0 auto;max-width:46rem;padding:1rem}
.source-header{border-bottom:1px solid #d9d3c7;margin-bottom:1rem}
.source-header h1{font-size:1.4rem;line-height:1.25}
dt{font-weight:700;margin-top:.5rem}dd{margin:0}
.as-supplied{font-size:.85rem;color:#5c574f}
.para{scroll-margin-top:1rem;padding:.25rem .4rem;border-radius:4px}
h2.para{font-size:1.1rem}
.para:target{background:#fff3bf;outline:2px solid #b08900}
.para-num{color:#5c574f;font-size:.85em;text-decoration:none;margin-right:.3rem}
a{color:#0b57d0}
:root{color-scheme:light dark}
@media (prefers-color-scheme:dark){body{color:#ece8df;background:#1b1c1f}.source-header{border-bottom-color:#44474d}.as-supplied,.para-num{color:#bdb7ab}.para:target{background:#4a3d00;outline-color:#e0b400}a{color:#9fcbff}}
`;
