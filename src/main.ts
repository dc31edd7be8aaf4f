// Entry point: load the data, draw the map, and wire selection to the popup, list, URL and
// announcer. Without WebGL or data, the page falls back to the list (built into the HTML).
import './styles/fonts.css';
import './styles/app.css';
import './styles/engine.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas, AtlasPlace } from './data/atlas-types.ts';
import { shortDate } from './data/dates.ts';
import { ALL_TIME, inRange, rangeLabel, withTimeParams } from './time/range.ts';
import { timeRange } from './time/state.ts';
import type { PlaceKind } from './data/schema.ts';
import { loadAtlas } from './data/load.ts';
import { createMap, ZOOM_RANGE } from './map/create-map.ts';
import { PlaceSelection, SMALL_MAP } from './map/selection.ts';
import { FONT, FONT_BOLD, engineStyle } from './map/style.ts';
import { UrlSync } from './share/url-sync.ts';
import { parseHash, type UrlLimits } from './share/url-state.ts';
import { ShareViewControl } from './share/share-panel.ts';
import { parseOptions, type PageOptions } from './embed/options.ts';
import { FullMapLinkControl } from './embed/full-map-link.ts';
import { PlacesButtonControl } from './embed/places-button.ts';
import { EmbedControl } from './embed/embed-control.ts';
import { showNotice } from './ui/notice.ts';
import { ReadingPane } from './ui/reading-pane.ts';
import { PlaceChooser } from './ui/place-chooser.ts';
import { PlaceList } from './ui/place-list.ts';
import { LegendControl } from './ui/legend.ts';
import { controlsStartOpen } from './ui/controls-open.ts';
import { renderSourcesPanel, wireSourcesPanel } from './ui/sources-panel.ts';
import { renderPositions } from './ui/positions-view.ts';
import { offerEmbedList, showMapFallback, whyNoMap } from './ui/fallback.ts';
import { addOnlineBasemap } from './map/online-basemap.ts';
import { filterListOnly, startTimeFilter } from './time/start.ts';
import { applyTheme, onThemeChange, pageTheme } from './map/theme.ts';
import { PALETTES, type Palette } from './map/palette.ts';
import { repaint } from './map/repaint.ts';
import { openingCamera } from './map/camera.ts';
import { sheetCovers } from './ui/sheet-layout.ts';
import {
  onPlacePicked,
  placePicked,
  placesOpenInSheet,
  retireFirstFrame,
  takeFrameCamera,
} from './static/handoff.ts';
import { applyLens, lensLegend } from './map/lens.ts';
import { startKeyProvinceLabels } from './map/key-province-labels.ts';

const markReady = (value: string) => document.documentElement.setAttribute('data-map-ready', value);
const byId = (id: string) => document.getElementById(id)!;

/** What a link may name and where its camera may go: one definition for every parser call here. */
const urlLimits = (atlas: Atlas): UrlLimits => ({
  placeIds: new Set(atlas.places.map((p) => p.id)),
  bounds: atlas.bounds,
  minZoom: ZOOM_RANGE.min,
  maxZoom: ZOOM_RANGE.max,
});

/** Uses the panel prerendered into index.html (the dev server's page has none: it is built here). */
function showSourcesPanel(atlas: Atlas, onOpen: (id: string) => void): void {
  const root = byId('sources-panel');
  if (!root.querySelector('.source')) renderSourcesPanel(root, atlas);
  renderPositions(document.getElementById('positions-key'), document.getElementById('positions'), atlas);
  wireSourcesPanel(root, onOpen);
}

/** The list alone: clicking a place expands it in the list; #place= still opens it. */
function startWithoutMap(atlas: Atlas, reason: string): void {
  showMapFallback(reason);
  const { embed, time } = parseOptions(location.search);
  const place = parseHash(location.hash, urlLimits(atlas)).place;
  const listRoot = byId('place-list');
  if (embed && document.querySelector('#map > .first-frame')) {
    // The static map stays the embed's map, with its built-in list (whose content its cards
    // show): places picked on it, linked or chosen from the sources open in those cards, and
    // the list opens over it from the note.
    filterListOnly(atlas.places, listRoot, time);
    showSourcesPanel(atlas, (id) => id && placePicked(id));
    offerEmbedList(atlas.places.length);
    if (place) placePicked(place);
    return markReady('fallback');
  }
  let list: PlaceList | null = null;
  const open = (id: string | null) => list?.mark(atlas.places.find((p) => p.id === id) ?? null);
  list = new PlaceList(listRoot, atlas.places, open);
  filterListOnly(atlas.places, listRoot, time);
  showSourcesPanel(atlas, open);
  if (place) open(place);
  // The static first frame stays as the map; a place picked on it opens in the list, or on a
  // phone in the first frame's sheet (the list is below the map, off the screen).
  if (!placesOpenInSheet()) onPlacePicked(open);
  markReady('fallback');
}

/**
 * A link (or a story) can name an event the time filter hides: its card opens, and a notice says
 * why its symbol is not drawn, with a way to show every date.
 */
function warnIfOutsideDates(place: AtlasPlace): void {
  const range = timeRange();
  if (inRange(place.date, range)) return;
  showNotice(
    `${place.name} (${shortDate(place)}) is outside the dates shown (${rangeLabel(range)}), so it is not drawn; its card is open because the link names it.`,
    15_000,
    { text: 'Show all dates', href: withTimeParams(new URL(location.href), ALL_TIME).href },
  );
}

/** A map control moved into the page header (phones). */
function headerControl(element: HTMLElement): HTMLElement {
  element.classList.add('header-control');
  return element;
}

function startMap(atlas: Atlas, map: MapLibreMap, options: PageOptions, palette: Palette): void {
  const kinds = [...new Set(atlas.places.map((p) => p.kind))] as PlaceKind[];
  const legendOpen = controlsStartOpen(options);
  const legend = new LegendControl(kinds, legendOpen, palette);
  map.addControl(legend, 'top-left');
  // The reader's dark-mode setting changing while the page is open (src/boot.ts follows it): from
  // the style's load on; a change before it is caught up with then.
  const themed = (p: Palette) => {
    repaint(map, engineStyle(atlas, p), p);
    legend.setPalette(p);
  };
  map.once('load', () => {
    onThemeChange((theme) => themed(PALETTES[theme]));
    if (PALETTES[pageTheme()] !== palette) themed(PALETTES[pageTheme()]);
  });
  const selection = new PlaceSelection(map, atlas.places, atlas.placeFeatures.features);
  // On phones Share and Embed sit in the header, not over the places at the top of the map.
  const controlsInHeader = !options.embed && matchMedia('(max-width: 600px)').matches;
  const shareControls = [new ShareViewControl(), options.embed ? null : new EmbedControl(selection)];
  for (const control of shareControls) {
    if (!control) continue;
    if (controlsInHeader)
      document.querySelector('.header-controls')?.append(headerControl(control.onAdd(map)));
    else map.addControl(control, 'top-right');
  }
  // In an embed the list is off screen: a button opens it for mouse and touch readers.
  const placesButton = options.embed
    ? new PlacesButtonControl(document.querySelector<HTMLElement>('.side-panel')!, atlas.places.length)
    : null;
  if (placesButton) map.addControl(placesButton, 'bottom-left');
  if (options.embed) map.addControl(new FullMapLinkControl(selection), 'bottom-left');

  // Focus goes back where the reader was when a popup closes: the list button or the map.
  let opener: HTMLElement | null = null;
  const close = () => {
    selection.select(null, { source: 'list' });
    (opener ?? map.getCanvas()).focus();
  };
  const chooser = new PlaceChooser(map, (id) => selection.select(id, { source: 'list' }, false));
  selection.onChoose((places, at) => {
    // One pane at a time: a chooser replaces the open card.
    if (selection.selected) selection.select(null, { source: 'map' });
    chooser.show(places, at);
  });
  const openFromList = (id: string, from: HTMLElement | null) => {
    opener = from;
    placesButton?.placeOpened();
    selection.select(selection.selected?.id === id ? null : id, { source: 'list' });
  };
  const list = new PlaceList(byId('place-list'), atlas.places, (id) =>
    openFromList(id, document.activeElement as HTMLElement),
  );
  const pane = new ReadingPane(map, selection, {
    embed: options.embed,
    onClose: close,
    readInPanel: (place) => list.read(place),
  });
  showSourcesPanel(atlas, (id) => openFromList(id, document.activeElement as HTMLElement));
  map.on('click', () => (opener = map.getCanvas()));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !selection.selected || document.querySelector('dialog[open]')) return;
    e.preventDefault();
    close();
  });

  const announcer = byId('announcer');
  selection.onChange((place, how) => {
    chooser.hide();
    if (place) pane.show(place, how);
    else pane.hide();
    list.mark(place, !pane.usesSheet());
    announcer.textContent = place ? `Opened ${place.name}` : '';
    if (place) warnIfOutsideDates(place);
  });

  // The link is applied once the style has loaded (selection changes layer filters).
  const urlSync = new UrlSync(map, selection, urlLimits(atlas));
  map.once('load', () => {
    if (options.basemap === 'online')
      addOnlineBasemap(map, () =>
        showNotice('The online basemap could not be reached, so the map shows its built-in basemap.'),
      );
    // The range in the address now: the first frame's date filter may have changed it since boot.
    startTimeFilter(map, atlas.places, byId('place-list'), parseOptions(location.search).time, legendOpen);
    startKeyProvinceLabels(map, atlas);
    // The claims lens: from the link, and (in a story) from the host page's messages.
    let lensKey: HTMLElement | null = null;
    const setLens = (lens: PageOptions['lens']) => {
      applyLens(map, atlas, lens);
      lensKey?.remove();
      lensKey =
        lens === 'both'
          ? null
          : lensLegend(atlas, lens, (id) => openFromList(id, document.activeElement as HTMLElement));
      if (lensKey) map.getContainer().append(lensKey);
    };
    setLens(options.lens);
    urlSync.start();
    // Story API, loaded only for embeds whose URL allows a host (?story=).
    if (options.story.length)
      void import('./embed/story.ts').then(({ startStory }) =>
        startStory(map, selection, options.story, urlLimits(atlas), { setLens }),
      );
    // Places picked on the static first frame before the engine loaded, and from now on.
    onPlacePicked(
      (id) => selection.select(id, { source: 'map' }),
      () => pane.expandSheet(),
    );
    if (options.problems.length) showNotice(options.problems[0]);
  });
  // The first frame goes once the engine has drawn the same picture, at the camera the reader
  // may have moved it to meanwhile.
  map.once(
    'idle',
    () =>
      void takeFrameCamera(map).then(() => {
        retireFirstFrame();
        markReady(String(Math.round(performance.now())));
      }),
  );
  // Test and benchmark hook: a read-only view of state, nothing that changes behaviour.
  (window as unknown as { __map: unknown }).__map = { map, selection, atlas };
}

async function start(): Promise<void> {
  const options = parseOptions(location.search);
  // (src/boot.ts has marked an embed, applied the theme and started its height messages.)
  const palette = PALETTES[applyTheme(options.theme)];
  // Label glyphs are drawn from these faces: have them ready before the first frame.
  const fonts = Promise.all([FONT[0], FONT_BOLD[0]].map((f) => document.fonts.load(`24px "${f}"`)));
  let atlas: Atlas;
  try {
    atlas = await loadAtlas();
  } catch (e) {
    showMapFallback(`The map’s data could not be loaded (${(e as Error).message}).`);
    if (options.embed) offerEmbedList(byId('place-list').children.length);
    markReady('fallback');
    return;
  }
  await fonts.catch(() => undefined);
  let map: MapLibreMap;
  try {
    // No separate WebGL probe: creating a test context costs as much as the map's own, and
    // MapLibre throws at once when it cannot get one.
    // The camera the first frame was drawn in (same link, same viewport, same maths).
    const box = byId('map');
    const link = parseHash(location.hash, urlLimits(atlas));
    const camera = openingCamera(
      { camera: link.camera, place: atlas.places.find((p) => p.id === link.place) ?? null },
      { width: box.clientWidth, height: box.clientHeight },
      atlas.bounds,
      matchMedia(SMALL_MAP).matches,
      sheetCovers(options.embed, box.clientHeight),
    );
    map = createMap(box, atlas, { embed: options.embed, camera, palette });
  } catch (e) {
    return startWithoutMap(atlas, whyNoMap(e));
  }
  startMap(atlas, map, options, palette);
}

void start();
