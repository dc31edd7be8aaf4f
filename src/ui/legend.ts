// Legend as a MapLibre control: one row per kind of place present, drawn with the map's own symbols.
import type { IControl } from 'maplibre-gl';
import type { PlaceKind } from '../data/schema.ts';
import { KIND_STYLES, PALETTES, type Palette } from '../map/palette.ts';
import { symbolShape, symbolStrokeWidth } from '../map/symbol-shape.ts';
import { h, svgElement } from '../static/svg-tree.ts';
import '../styles/controls.css';
import { el } from './dom.ts';

// The first frame's legend and the engine's are on the page together for a moment: ids differ.
let counter = 0;

const SWATCH = 36;

/**
 * Point kinds are drawn with the map's own symbol shapes, in the map's palette, as SVG: a canvas
 * here waited on the GPU process, busy presenting the first frame at page load (250–450 ms of the
 * site's first paint in software GL, measured), and the legend is drawn before that paint.
 */
function paintSwatch(svg: SVGElement, kind: PlaceKind, palette: Palette): void {
  const shape = svg.firstElementChild;
  shape?.setAttribute('fill', palette.kinds[kind].colour);
  shape?.setAttribute('stroke', palette.casing);
}

function swatch(kind: PlaceKind, palette: Palette): Element {
  const s = KIND_STYLES[kind];
  const shape = symbolShape(s.symbol, SWATCH / 2, SWATCH / 2, SWATCH);
  if (shape) {
    shape.attrs['stroke-width'] = symbolStrokeWidth(SWATCH, false);
    const svg = svgElement(
      h(
        'svg',
        {
          viewBox: `0 0 ${SWATCH} ${SWATCH}`,
          class: 'legend-swatch',
          'aria-hidden': 'true',
          'data-kind': kind,
        },
        [shape],
      ),
    );
    paintSwatch(svg, kind, palette);
    return svg;
  }
  return el('span', { class: `legend-swatch legend-${s.symbol} kind-${kind}`, 'aria-hidden': 'true' });
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
    for (const svg of this.container?.querySelectorAll<SVGElement>('svg[data-kind]') ?? [])
      paintSwatch(svg, svg.dataset.kind as PlaceKind, palette);
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
