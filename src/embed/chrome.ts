// Embed chrome: what makes an embed say what it is when an article shows it without a caption —
// a caption strip above the map (title, one-line description) and a credit strip below it (source
// line naming the sources, byline), like Datawrapper's. Options ?title= ?desc= ?source= ?byline=
// (src/embed/options.ts) replace the defaults; an empty value hides that line. Text only. The
// strips are measured into the embed's height messages (src/embed/height.ts).
import type { PageOptions } from './options.ts';
import { el } from '../ui/dom.ts';

/** Default source line: the two sources, named by number and kind, and the boundaries' origin. */
export function defaultSourceLine(atlas: { sources: { id: string; kind: string }[] }): string {
  const named = atlas.sources.map((s) => `source ${s.id} (${s.kind})`);
  return `Quotes verbatim from ${named.join(' and ')} · Boundaries: Natural Earth`;
}

export interface ChromeText {
  title: string;
  desc: string;
  source: string;
  byline: string;
}

export function chromeText(options: PageOptions, defaults: ChromeText): ChromeText {
  return {
    title: options.title ?? defaults.title,
    desc: options.desc ?? defaults.desc,
    source: options.source ?? defaults.source,
    byline: options.byline ?? defaults.byline,
  };
}

/** Adds the strips around the page's main area; returns them (for measuring). */
export function renderChrome(text: ChromeText): HTMLElement[] {
  document.querySelectorAll('.embed-chrome').forEach((n) => n.remove());
  const header = el(
    'header',
    { class: 'embed-chrome embed-caption' },
    text.title ? el('p', { class: 'embed-title' }, text.title) : null,
    text.desc ? el('p', { class: 'embed-desc' }, text.desc) : null,
  );
  const footer = el(
    'footer',
    { class: 'embed-chrome embed-credit' },
    text.source ? el('span', { class: 'embed-source' }, text.source) : null,
    text.byline ? el('span', { class: 'embed-byline' }, text.byline) : null,
  );
  const main = document.querySelector('main.layout');
  const strips = [header, footer].filter((s) => s.childElementCount > 0);
  if (strips.includes(header)) main?.before(header);
  if (strips.includes(footer)) main?.after(footer);
  return strips;
}

/** Height of the strips (px), added to the map's wanted height in the height messages. */
export function chromeHeight(): number {
  let h = 0;
  document.querySelectorAll<HTMLElement>('.embed-chrome').forEach((n) => (h += n.offsetHeight));
  return h;
}
