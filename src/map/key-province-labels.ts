// Keeps the names of Khyber Pakhtunkhwa and Balochistan in view as the reader pans (the rule is
// in label-in-view.ts): a small GeoJSON source the style's key-province-labels layer reads,
// recomputed when the camera settles.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Atlas } from '../data/atlas-types.ts';
import { homeLabelPoint, insetView, KEY_PROVINCES, labelInView } from './label-in-view.ts';
import { round, thinned } from './thin-outline.ts';

export const KEY_PROVINCE_SOURCE = 'key-province-points';

interface KeyProvince {
  name: string;
  own: Position;
  shape: Polygon | MultiPolygon;
}

function keyProvinces(atlas: Atlas): KeyProvince[] {
  const out: KeyProvince[] = [];
  for (const [id, name] of Object.entries(KEY_PROVINCES)) {
    const shape = atlas.placeFeatures.features.find((f) => f.properties?.id === id)?.geometry;
    const own = atlas.basemap.features.find(
      (f) => f.properties?.layer === 'province-label' && f.properties?.name === name,
    )?.geometry as Point | undefined;
    if (shape && own && (shape.type === 'Polygon' || shape.type === 'MultiPolygon')) {
      // The outline the first frame has (thin-outline.ts), so both name the province at one point.
      const thin = thinned(shape);
      out.push({ name, own: homeLabelPoint(thin, own.coordinates.map(round)), shape: thin });
    }
  }
  return out;
}

export function keyProvincePoints(
  provinces: KeyProvince[],
  unproject: (x: number, y: number) => Position,
  width: number,
  height: number,
): FeatureCollection<Point> {
  const view = insetView(unproject, width, height);
  const features: Feature<Point>[] = [];
  for (const p of provinces) {
    const at = labelInView(p.shape, p.own, view);
    if (at)
      features.push({
        type: 'Feature',
        properties: { name: p.name },
        geometry: { type: 'Point', coordinates: at },
      });
  }
  return { type: 'FeatureCollection', features };
}

export function startKeyProvinceLabels(map: MapLibreMap, atlas: Atlas): void {
  const provinces = keyProvinces(atlas);
  const update = () => {
    const canvas = map.getCanvas();
    const unproject = (x: number, y: number): Position => map.unproject([x, y]).toArray();
    map
      .getSource<GeoJSONSource>(KEY_PROVINCE_SOURCE)
      ?.setData(keyProvincePoints(provinces, unproject, canvas.clientWidth, canvas.clientHeight));
  };
  update();
  // A resize ends with a moveend too (MapLibre's Map.resize), so this covers both.
  map.on('moveend', update);
}
