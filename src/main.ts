// Entry point: load the data, draw the map, and wire selection to the popup, list and announcer.
import './styles/fonts.css';
import './styles/app.css';
import { loadAtlas } from './data/load.ts';
import { createMap, ZOOM_RANGE } from './map/create-map.ts';
import { UrlSync } from './share/url-sync.ts';
import { showNotice } from './ui/notice.ts';
import { parseOptions } from './embed/options.ts';
import { startHeightMessages } from './embed/height.ts';
import { FullMapLinkControl } from './embed/full-map-link.ts';
import { EmbedControl } from './embed/embed-control.ts';
import { PlaceSelection } from './map/selection.ts';
import { PlacePopup } from './ui/place-popup.ts';
import { PlaceList } from './ui/place-list.ts';
import { LegendControl } from './ui/legend.ts';
import { ShareViewControl } from './share/share-panel.ts';
import { renderSourcesPanel } from './ui/sources-panel.ts';
import { FONT, FONT_BOLD } from './map/style.ts';
import type { PlaceKind } from './data/schema.ts';

async function start(): Promise<void> {
  const options = parseOptions(location.search);
  if (options.embed) {
    document.documentElement.classList.add('embed');
    startHeightMessages();
  }
  // Label glyphs are drawn from these faces: have them ready before the first frame.
  const fonts = Promise.all([FONT[0], FONT_BOLD[0]].map((f) => document.fonts.load(`24px "${f}"`)));
  const atlas = await loadAtlas();
  await fonts.catch(() => undefined);

  const map = createMap(document.getElementById('map')!, atlas, { embed: options.embed });
  const kinds = [...new Set(atlas.places.map((p) => p.kind))] as PlaceKind[];
  const legendOpen = options.legend
    ? options.legend === 'open'
    : !options.embed && !matchMedia('(max-width: 600px)').matches;
  map.addControl(new LegendControl(kinds, legendOpen), 'top-left');
  map.addControl(new ShareViewControl(), 'top-right');

  const selection = new PlaceSelection(map, atlas.places);
  if (options.embed) map.addControl(new FullMapLinkControl(selection), 'bottom-left');
  else map.addControl(new EmbedControl(selection), 'top-right');
  const popup = new PlacePopup(map, () => selection.select(null, { source: 'map' }));
  const list = new PlaceList(document.getElementById('place-list')!, atlas.places, (id) =>
    selection.select(selection.selected?.id === id ? null : id, { source: 'list' }),
  );
  renderSourcesPanel(document.getElementById('sources-panel')!, atlas, (id) =>
    selection.select(id, { source: 'list' }),
  );
  const announcer = document.getElementById('announcer')!;
  selection.onChange((place, how) => {
    if (place) popup.show(place, how.source !== 'url');
    else popup.hide();
    list.mark(place);
    announcer.textContent = place ? `Opened ${place.name}` : '';
  });

  // The link is applied once the style has loaded (selection changes layer filters).
  const urlSync = new UrlSync(map, selection, {
    placeIds: new Set(atlas.places.map((p) => p.id)),
    bounds: atlas.bounds,
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
  });
  const begin = () => {
    urlSync.start();
    if (options.problems.length) showNotice(options.problems[0]);
  };
  if (map.loaded()) begin();
  else map.once('load', begin);

  // Test and benchmark hook: a read-only view of state, nothing that changes behaviour.
  (window as unknown as { __map: unknown }).__map = { map, selection, atlas };
  map.once('idle', () => {
    document.documentElement.setAttribute('data-map-ready', String(Math.round(performance.now())));
  });
}

start().catch((e: unknown) => {
  console.error(e);
  showNotice(`The map could not start: ${(e as Error).message}`, 0);
});
