// What the page shows in place of the map when it cannot draw one (no WebGL, MapLibre failing
// to start, or the data not loading): a clear message pointing to the list, never a blank box.
import { el } from './dom.ts';

/** The reader-facing reason the map could not be created (MapLibre throws when WebGL is missing). */
export function whyNoMap(error: unknown): string {
  const e = error instanceof Error ? error : new Error(String(error));
  if (e.name === 'GPUInitializationError' || /webgl/i.test(e.message))
    return 'This browser cannot draw the interactive map: WebGL is unavailable or turned off.';
  return `The interactive map could not start (${e.message}).`;
}

const LIST_LEAD = 'Every place and every quote is in the list of places: ';

export function showMapFallback(reason: string): void {
  const wrap = document.querySelector('.map-wrap');
  if (!wrap || wrap.querySelector('.map-fallback')) return;
  document.documentElement.classList.add('no-map');
  wrap.append(
    el(
      'div',
      { class: 'map-fallback', role: 'note', 'aria-labelledby': 'map-fallback-title' },
      el('h2', { id: 'map-fallback-title' }, 'The interactive map is not available here'),
      el('p', {}, reason),
      el(
        'p',
        { class: 'map-fallback-list' },
        LIST_LEAD,
        el('a', { href: '#place-list' }, 'go to the list'),
        '.',
      ),
    ),
  );
}

/**
 * An embed without its engine keeps its static map, and its list off screen (the frame is the
 * map's): the note's link to the list becomes the embed's Places button, which opens the list over
 * the map. Fetched only when needed (a failed engine may mean a failed network: the plain link
 * then stays).
 */
export function offerEmbedList(count: number): void {
  const panel = document.querySelector<HTMLElement>('.side-panel');
  if (!panel || !document.querySelector('#map > .first-frame')) return;
  void import('../embed/places-button.ts')
    .then(({ PlacesButtonControl }) =>
      document
        .querySelector('.map-fallback-list')
        ?.replaceChildren(LIST_LEAD, new PlacesButtonControl(panel, count).onAdd()),
    )
    .catch(() => undefined);
}
