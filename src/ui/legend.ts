// Legend as a MapLibre control: one row per kind of place present, drawn with the map's own symbols.
import type { IControl } from 'maplibre-gl';
import type { PlaceKind } from '../data/schema.ts';
import { KIND_STYLES } from '../map/palette.ts';
import { drawSymbol } from '../map/icons.ts';
import { el } from './dom.ts';

function swatch(kind: PlaceKind): HTMLElement {
  const s = KIND_STYLES[kind];
  if (['circle', 'square', 'diamond', 'triangle'].includes(s.symbol)) {
    const canvas = el('canvas', { width: '36', height: '36', class: 'legend-swatch', 'aria-hidden': 'true' });
    const ctx = canvas.getContext('2d');
    if (ctx) drawSymbol(ctx, s, 36);
    return canvas;
  }
  const span = el('span', { class: `legend-swatch legend-${s.symbol} kind-${kind}`, 'aria-hidden': 'true' });
  return span;
}

export class LegendControl implements IControl {
  private container?: HTMLElement;

  constructor(
    private kinds: PlaceKind[],
    private startOpen: boolean,
  ) {}

  onAdd(): HTMLElement {
    const list = el('ul', { class: 'legend-list', id: 'legend-list' });
    for (const k of this.kinds) list.append(el('li', {}, swatch(k), el('span', {}, KIND_STYLES[k].label)));
    const toggle = el(
      'button',
      { type: 'button', class: 'legend-toggle', 'aria-expanded': 'true', 'aria-controls': 'legend-list' },
      'Legend',
    );
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    });
    if (!this.startOpen) {
      toggle.setAttribute('aria-expanded', 'false');
      list.hidden = true;
    }
    this.container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group legend' }, toggle, list);
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}
