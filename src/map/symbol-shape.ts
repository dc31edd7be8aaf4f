// The point symbols' outlines, once: the first frame (src/static/render-svg.ts) and the legend draw
// them as SVG, the map's own icons (icons.ts) as the same paths on a canvas.
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

/**
 * The outline of the symbol of `size` px centred on x, y, as SVG path data; null for kinds that
 * are not points. The one definition of the figures: SVG draws it as a <path>, the canvas icons
 * (icons.ts) as a Path2D.
 */
export function symbolPath(symbol: KindStyle['symbol'], x: number, y: number, size: number): string | null {
  const r = size * SYMBOL.radius;
  const at = (dx: number, dy: number) => `${f1(x + dx)} ${f1(y + dy)}`;
  const d = r * SYMBOL.diamond;
  const t = r * SYMBOL.triangle;
  switch (symbol) {
    case 'square':
      return `M${at(-r, -r)}L${at(r, -r)}L${at(r, r)}L${at(-r, r)}Z`;
    case 'diamond':
      return `M${at(0, -d)}L${at(d, 0)}L${at(0, d)}L${at(-d, 0)}Z`;
    case 'triangle':
      return `M${at(0, -t)}L${at(t, r)}L${at(-t, r)}Z`;
    case 'circle':
      // Two half-circle arcs: one arc cannot end where it starts.
      return `M${at(-r, 0)}A${f1(r)} ${f1(r)} 0 1 0 ${at(r, 0)}A${f1(r)} ${f1(r)} 0 1 0 ${at(-r, 0)}Z`;
    default:
      return null;
  }
}

/** The symbol of `size` px centred on x, y, without paint; null for kinds that are not points. */
export function symbolShape(symbol: KindStyle['symbol'], x: number, y: number, size: number): SvgNode | null {
  const d = symbolPath(symbol, x, y, size);
  return d === null ? null : h('path', { d });
}

/** The outline's width: wider when the symbol is the selected place. */
export const symbolStrokeWidth = (size: number, selected: boolean): string =>
  f1(size * (selected ? SYMBOL.selectedStroke : SYMBOL.stroke));
