// Creates the MapLibre map on the embedded style. MapLibre 6 under Vite needs its worker URL set.
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  AttributionControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Atlas } from '../data/atlas-types.ts';
import { engineStyle } from './style.ts';
import { addPlaceIcons } from './icons.ts';
import type { Palette } from './palette.ts';
import { DEFAULT_VIEW, ZOOM_RANGE, type MapCamera } from './camera.ts';

setWorkerUrl(workerUrl);

export { DEFAULT_VIEW, ZOOM_RANGE };

export function createMap(
  container: HTMLElement,
  atlas: Atlas,
  /** camera: where the map opens (src/map/camera.ts openingCamera: the first frame's camera). */
  opts: { embed: boolean; palette?: Palette; camera?: MapCamera } = { embed: false },
): MapLibreMap {
  const [w, s, e, n] = atlas.bounds;
  const map = new MapLibreMap({
    container,
    style: engineStyle(atlas, opts.palette),
    center: (opts.camera ?? DEFAULT_VIEW).center,
    zoom: (opts.camera ?? DEFAULT_VIEW).zoom,
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    maxBounds: [
      [w, s],
      [e, n],
    ],
    // The URL is ours (share/url-sync.ts): MapLibre's own hash would throw on out-of-range values.
    hash: false,
    attributionControl: false,
    // In an article, plain scrolling must scroll the article: Ctrl/⌘ + scroll or two fingers move the map.
    cooperativeGestures: opts.embed,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    canvasContextAttributes: {
      preserveDrawingBuffer: new URLSearchParams(location.search).has('testPixels'),
    },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  addPlaceIcons(map, opts.palette);
  // Start the compact attribution folded (an ⓘ button) so it never covers the map on a phone.
  // Folded in the same event that unfolds it (the sources' attribution arriving), before any
  // frame shows it open: unfolding and folding later was a layout shift.
  const fold = () => {
    const attrib = container.querySelector('.maplibregl-ctrl-attrib');
    if (!attrib?.classList.contains('maplibregl-compact-show')) return;
    attrib.classList.remove('maplibregl-compact-show');
    map.off('styledata', fold);
    map.off('sourcedata', fold);
  };
  map.on('styledata', fold);
  map.on('sourcedata', fold);
  return map;
}
