// Optional online basemap (?basemap=online): OpenStreetMap's raster tiles under the map's own
// layers. If they cannot be reached (offline, blocked, or too slow), the built-in basemap comes
// back and the reader is told.
import type { Map as MapLibreMap } from 'maplibre-gl';

export const ONLINE_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const COVERED = ['land', 'water'];

export function addOnlineBasemap(map: MapLibreMap, onFail: (reason: string) => void, timeoutMs = 8000): void {
  let loaded = false;
  let failed = false;
  const fail = (reason: string) => {
    if (failed || loaded) return;
    failed = true;
    if (map.getLayer('online-basemap')) map.removeLayer('online-basemap');
    if (map.getSource('online')) map.removeSource('online');
    for (const id of COVERED) map.setLayoutProperty(id, 'visibility', 'visible');
    onFail(reason);
  };
  map.addSource('online', {
    type: 'raster',
    tiles: [ONLINE_TILES],
    tileSize: 256,
    maxzoom: 19,
    attribution: '© OpenStreetMap contributors',
  });
  map.addLayer({ id: 'online-basemap', type: 'raster', source: 'online' }, 'admin1-lines');
  for (const id of COVERED) map.setLayoutProperty(id, 'visibility', 'none');
  map.on('sourcedata', (e) => {
    if (e.sourceId === 'online' && e.tile) loaded = true;
  });
  map.on('error', (e) => {
    if ((e as { sourceId?: string }).sourceId === 'online') fail('tiles failed to load');
  });
  window.setTimeout(() => fail('no tile arrived in time'), timeoutMs);
}
