// The benchmark's floor: only MapLibre, the same data file, the same style and symbols, the same
// fonts; none of the app (no list, popups, URL handling, controls).
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../src/styles/fonts.css';
import './floor.css';
import { buildStyle, FONT, FONT_BOLD } from '../../src/map/style.ts';
import { addPlaceIcons } from '../../src/map/icons.ts';
import { DEFAULT_VIEW } from '../../src/map/create-map.ts';
import type { Atlas } from '../../src/data/atlas-types.ts';

setWorkerUrl(workerUrl);
const fonts = Promise.all([FONT[0], FONT_BOLD[0]].map((f) => document.fonts.load(`24px "${f}"`)));
const atlas = (await (await fetch(new URL('../data/atlas.json', document.baseURI))).json()) as Atlas;
await fonts;
const map = new MapLibreMap({
  container: 'map',
  style: buildStyle(atlas),
  center: DEFAULT_VIEW.center,
  zoom: DEFAULT_VIEW.zoom,
  attributionControl: false,
});
addPlaceIcons(map);
map.once('idle', () =>
  document.documentElement.setAttribute('data-map-ready', String(Math.round(performance.now()))),
);
