// Switches a drawn map to another palette (dark mode turned on or off while the page is open)
// without reloading its style: only the paint properties that differ are set, so the layers'
// filters (selection, time filter), the claims lens and the camera stay as they are.
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { addPlaceIcons } from './icons.ts';
import type { Palette } from './palette.ts';

type PaintKey = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

export function repaint(map: MapLibreMap, to: StyleSpecification, palette: Palette): void {
  const before = new Map(map.getStyle().layers.map((l) => [l.id, l] as const));
  for (const layer of to.layers) {
    if (!map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
    const old = (before.get(layer.id) as { paint?: Record<string, unknown> } | undefined)?.paint ?? {};
    for (const [key, value] of Object.entries(layer.paint as Record<string, unknown>))
      if (JSON.stringify(old[key]) !== JSON.stringify(value))
        map.setPaintProperty(layer.id, key as PaintKey, value as PaintValue);
  }
  addPlaceIcons(map, palette);
}
