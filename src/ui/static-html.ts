// Build-time rendering of the list of places and the sources panel into index.html, with the same
// DOM code the app runs (under linkedom). Readers without JavaScript or WebGL, or whose data
// request fails, still get every place and every quote; the app replaces it with the live list.
import { parseHTML } from 'linkedom';
import type { Atlas } from '../data/atlas-types.ts';
import { el } from './dom.ts';
import { placeContent, renderOptions } from './place-content.ts';
import { placeButtonLabel } from './place-list.ts';
import { renderSourcesPanel } from './sources-panel.ts';
import { positionsKey, positionsPanel } from './positions-view.ts';

export function staticHtml(atlas: Atlas): { list: string; sources: string; key: string; positions: string } {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const g = globalThis as unknown as { document?: Document };
  const previous = g.document;
  g.document = document as unknown as Document;
  renderOptions.staticHtml = true;
  try {
    // Each place folded under its name (a native disclosure, no script needed): the first paint
    // looks like the app's list, and the browser lays out only the places a reader opens.
    const list = el('ul');
    for (const p of atlas.places)
      list.append(
        el(
          'li',
          { class: 'place-item static', 'data-place': p.id },
          el(
            'details',
            {},
            el('summary', { class: 'place-button' }, ...placeButtonLabel(p)),
            el('div', { class: 'place-details' }, placeContent(p, 'h3')),
          ),
        ),
      );
    const sources = el('div');
    renderSourcesPanel(sources, atlas);
    const key = el('div', {}, positionsKey(atlas));
    const positions = el('div', {}, ...positionsPanel(atlas));
    // Reading (serializing) at build time; nothing is ever parsed from a string.
    const html = (node: HTMLElement) => node.innerHTML; // eslint-disable-line no-restricted-properties
    return { list: html(list), sources: html(sources), key: html(key), positions: html(positions) };
  } finally {
    renderOptions.staticHtml = false;
    g.document = previous;
  }
}
