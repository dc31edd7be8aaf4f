// The point symbols' outlines as SVG: the first frame (src/static/render-svg.ts) and the legend draw
// them from here. The map's own icons are the same figures on a canvas (icons.ts, from SYMBOL).
import { f1, h, type SvgNode } from '../static/svg-tree.ts';
import type { KindStyle } from './palette.ts';

/** A symbol's proportions, as fractions of its size: the canvas icons (icons.ts) use them too. */
export const SYMBOL = {
  /** Circle radius, half a square's side. */
  radius: 0.32,
  /** A diamond's and a triangle's reach, in radii. */
  diamond: 1.3,
  triangle: 1.2,
  /** The outline's width, plain and when the symbol is the selected place. */
  stroke: 0.08,
  selectedStroke: 0.12,
} as const;

/** The symbol of `size` px centred on x, y, without paint; null for kinds that are not points. */
export function symbolShape(symbol: KindStyle['symbol'], x: number, y: number, size: number): SvgNode | null {
  const r = size * SYMBOL.radius;
  const pts = (list: [number, number][]) => list.map(([a, b]) => `${f1(x + a)},${f1(y + b)}`).join(' ');
  switch (symbol) {
    case 'square':
      return h('rect', { x: f1(x - r), y: f1(y - r), width: f1(2 * r), height: f1(2 * r) });
    case 'diamond':
      return h('polygon', {
        points: pts([
          [0, -r * SYMBOL.diamond],
          [r * SYMBOL.diamond, 0],
          [0, r * SYMBOL.diamond],
          [-r * SYMBOL.diamond, 0],
        ]),
      });
    case 'triangle':
      return h('polygon', {
        points: pts([
          [0, -r * SYMBOL.triangle],
          [r * SYMBOL.triangle, r],
          [-r * SYMBOL.triangle, r],
        ]),
      });
    case 'circle':
      return h('circle', { cx: f1(x), cy: f1(y), r: f1(r) });
    default:
      return null;
  }
}

/** The outline's width: wider when the symbol is the selected place. */
export const symbolStrokeWidth = (size: number, selected: boolean): string =>
  f1(size * (selected ? SYMBOL.selectedStroke : SYMBOL.stroke));
