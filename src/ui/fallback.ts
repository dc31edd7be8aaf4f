// What the page shows in place of the map when it cannot draw one (no WebGL, MapLibre failing
// to start, or the data not loading): a clear message pointing to the list, never a blank box.
import { el } from './dom.ts';

export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

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
        {},
        'Every place and every quote is in the list of places: ',
        el('a', { href: '#place-list' }, 'go to the list'),
        '.',
      ),
    ),
  );
}
