// Legend as a MapLibre control: one row per kind of place present, drawn with the map's own symbols.
import type { IControl } from 'maplibre-gl';
import type { PlaceKind } from '../data/schema.ts';
import { KIND_STYLES, PALETTES, type Palette } from '../map/palette.ts';
import { drawSymbol } from '../map/icons.ts';
import '../styles/controls.css';
import { el } from './dom.ts';

const POINT_SYMBOLS = ['circle', 'square', 'diamond', 'triangle'];
// The first frame's legend and the engine's are on the page together for a moment: ids differ.
let counter = 0;

/** Point kinds are drawn with the map's own symbol code, in the map's palette. */
function drawSwatch(canvas: HTMLCanvasElement, kind: PlaceKind, palette: Palette): void {
  const ctx = canvas.getContext('2d');
  if (ctx) drawSymbol(ctx, palette.kinds[kind], 36, false, palette);
}

function swatch(kind: PlaceKind, palette: Palette): HTMLElement {
  const s = KIND_STYLES[kind];
  if (POINT_SYMBOLS.includes(s.symbol)) {
    const canvas = el('canvas', {
      width: '36',
      height: '36',
      class: 'legend-swatch',
      'aria-hidden': 'true',
      'data-kind': kind,
    });
    drawSwatch(canvas, kind, palette);
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
    private palette: Palette = PALETTES.light,
  ) {}

  /** Dark mode switched on or off while the page is open: the symbols follow the map's. */
  setPalette(palette: Palette): void {
    this.palette = palette;
    for (const canvas of this.container?.querySelectorAll<HTMLCanvasElement>('canvas[data-kind]') ?? [])
      drawSwatch(canvas, canvas.dataset.kind as PlaceKind, palette);
  }

  onAdd(): HTMLElement {
    const id = `legend-list-${++counter}`;
    const list = el('ul', { class: 'legend-list', id });
    for (const k of this.kinds)
      list.append(el('li', {}, swatch(k, this.palette), el('span', {}, KIND_STYLES[k].label)));
    const toggle = el(
      'button',
      { type: 'button', class: 'legend-toggle', 'aria-expanded': 'true', 'aria-controls': id },
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
