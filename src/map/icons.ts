// Point symbols drawn on a canvas at start-up and registered as map images: no sprite file to
// fetch. The figures are symbol-shape.ts's paths, which the legend and the first frame draw as SVG.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PALETTES, type KindStyle, type Palette } from './palette.ts';
import { SYMBOL, symbolPath } from './symbol-shape.ts';

const SIZE = 22;

export function drawSymbol(
  ctx: CanvasRenderingContext2D,
  style: KindStyle,
  size: number,
  selected = false,
  palette: Palette = PALETTES.light,
): void {
  const c = size / 2;
  const path = new Path2D(symbolPath(style.symbol, c, c, size) ?? symbolPath('circle', c, c, size)!);
  ctx.clearRect(0, 0, size, size);
  ctx.fillStyle = style.colour;
  ctx.fill(path);
  ctx.lineWidth = size * (selected ? SYMBOL.selectedStroke : SYMBOL.stroke);
  // Selected: the selection colour; otherwise the casing that parts a symbol from the ground.
  ctx.strokeStyle = selected ? palette.selected : palette.casing;
  ctx.stroke(path);
}

export function iconName(kind: string, selected = false): string {
  return `place-${kind}${selected ? '-selected' : ''}`;
}

export function addPlaceIcons(map: MapLibreMap, palette: Palette = PALETTES.light): void {
  const ratio = 2;
  for (const [kind, style] of Object.entries(palette.kinds)) {
    for (const selected of [false, true]) {
      const canvas = document.createElement('canvas');
      const px = SIZE * ratio * (selected ? 1.4 : 1);
      canvas.width = canvas.height = px;
      // Read back at once: a CPU-backed canvas avoids a GPU round trip per icon.
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      drawSymbol(ctx, style, px, selected, palette);
      const name = iconName(kind, selected);
      const image = ctx.getImageData(0, 0, px, px);
      // Called again when the theme changes: the images are replaced in place.
      if (map.hasImage(name)) map.updateImage(name, image);
      else map.addImage(name, image, { pixelRatio: ratio });
    }
  }
}
