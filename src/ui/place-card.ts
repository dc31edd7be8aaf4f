// The compact card shown at a place on a wide map and in embeds: its name, kind and date, one
// line per side (the first words of its first quote) and an action that leads to the full text.
// The full text lives once elsewhere (the side panel, or the full map): the card's quote lines
// are hidden from assistive technology so a screen reader meets each quote once.
import type { AtlasPlace } from '../data/atlas-types.ts';
import { SIDES } from '../data/sides.ts';
import { shortDate } from '../data/dates.ts';
import { KIND_STYLES } from '../map/palette.ts';
import { el } from './dom.ts';
import { citeView, SIDE_NAME } from './quote-view.ts';

/** "Attack site · 26 August 2021": the kind, and the date for events. */
export function kindAndDate(place: AtlasPlace): string {
  const date = shortDate(place);
  return [KIND_STYLES[place.kind].label, date].filter(Boolean).join(' · ');
}

/**
 * The card's citation links to the paragraph, as every citation does; out of the tab order, since
 * the card's lines are hidden from assistive technology and the panel carries the same link.
 */
function cardCite(q: Parameters<typeof citeView>[0]): HTMLElement {
  const cite = citeView(q);
  cite.querySelector('a')?.setAttribute('tabindex', '-1');
  return cite;
}

export function placeCard(place: AtlasPlace, action: HTMLElement): HTMLElement {
  const lines = el('div', { class: 'card-sides', 'aria-hidden': 'true' });
  for (const side of SIDES) {
    const first = place.quotes.find((q) => q.side === side);
    if (!first) {
      if (side !== 'analysis')
        lines.append(
          el('p', { class: `card-missing side-${side}` }, `${SIDE_NAME[side]}: nothing about this place`),
        );
      continue;
    }
    // The brief's contract holds here too: a section per side, a blockquote whose cite names the source.
    lines.append(
      el(
        'section',
        { class: `card-side side-${side}`, 'data-side': side },
        el(
          'blockquote',
          { class: 'card-quote' },
          el('span', { class: 'card-side-name' }, `${SIDE_NAME[side]}: `),
          el('span', { class: 'card-quote-text' }, first.text),
          ' ',
          cardCite(first),
        ),
      ),
    );
  }
  return el(
    'article',
    { class: 'place-card', 'data-place': place.id },
    el('h2', { class: 'place-title' }, place.name),
    el('p', { class: 'place-kind' }, kindAndDate(place)),
    lines,
    el('div', { class: 'card-action' }, action),
  );
}
