// The sources panel: each source with its stance, what is and is not known of it, and every quote
// taken from it, each linking back to the places it is about.
import type { Atlas } from '../data/atlas-types.ts';
import type { Quote } from '../data/schema.ts';
import { el } from './dom.ts';
import { citeView, voiceLabel } from './quote-view.ts';
import { sourcePagePath } from '../sources/paths.ts';

/** Fills the panel (at build time into index.html, or at run time when that copy is missing). */
export function renderSourcesPanel(root: HTMLElement, atlas: Atlas): void {
  const quotes = new Map<string, Quote>(atlas.quotes.map((q) => [q.id, q]));
  const nameOf = new Map(atlas.places.map((p) => [p.id, p.name]));

  root.replaceChildren(
    el('h2', { id: 'sources-heading' }, 'Sources'),
    el(
      'p',
      { class: 'sources-intro' },
      'Every quote on the map comes from one of these two texts. Both lean to Islamabad’s side: Kabul’s position reaches us mostly as their authors describe it.',
    ),
  );
  for (const s of atlas.sources) {
    const own = [...quotes.values()]
      .filter((q) => q.source === s.id)
      .sort((a, b) => a.paragraph - b.paragraph);
    const list = el('ol', { class: 'source-quotes' });
    for (const q of own) {
      const links = q.places.map(({ id }) =>
        el('a', { href: `#place=${id}`, class: 'source-place-link', 'data-place': id }, nameOf.get(id) ?? id),
      );
      list.append(
        el(
          'li',
          { class: `source-quote side-${q.side}`, 'data-quote': q.id },
          el(
            'blockquote',
            {},
            el('p', {}, q.text),
            el('footer', {}, citeView(q), ` · ${voiceLabel(q.side, q.voice, q.source)}`),
          ),
          links.length
            ? el(
                'p',
                { class: 'source-quote-places' },
                'About: ',
                ...links.flatMap((a, i) => (i ? [', ', a] : [a])),
              )
            : el('p', { class: 'source-quote-places' }, 'Part of the side’s general position, shown once.'),
        ),
      );
    }
    root.append(
      el(
        'article',
        { class: 'source', id: `source-${s.id}` },
        el('h3', {}, s.title),
        el('p', {}, el('strong', {}, 'Stance: '), s.stance),
        el('p', {}, el('strong', {}, 'Known: '), s.known),
        el('p', {}, el('strong', {}, 'Not known: '), s.unknown),
        el(
          'p',
          {},
          el('a', { href: sourcePagePath(s.id) }, `Read source ${s.id} in full, paragraph by paragraph`),
        ),
        el('details', {}, el('summary', {}, `${own.length} quotes from this source`), list),
      ),
    );
  }
}

/**
 * Place links open the place in the app: one delegated listener, so the panel prerendered into
 * index.html is used as it is instead of being built a second time.
 */
export function wireSourcesPanel(root: HTMLElement, onOpen: (placeId: string) => void): void {
  root.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a.source-place-link');
    const id = link?.dataset.place;
    if (!link || !id || !root.contains(link)) return;
    e.preventDefault();
    onOpen(id);
  });
}
