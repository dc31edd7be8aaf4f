// What the first frame hands to the engine when it arrives: the place a reader picked before it
// loaded, and the first frame itself, retired once MapLibre has drawn the same picture.
import {
  hideStaticCard,
  showStaticCard,
  showStaticChooser,
  staticChooserOpen,
  type ClickPoint,
} from './static-card.ts';

import type { MapCamera } from '../map/camera.ts';
import { lowestClearSpot, usesSheet } from '../ui/sheet-layout.ts';
import { cachedUntilFailure } from './cached-until-failure.ts';
import type { FrameGesture } from './frame-gesture.ts';

type PickHandler = (id: string) => void;
type SheetCode = typeof import('./static-sheet.ts');

let pending: string | null = null;
let handler: PickHandler | null = null;
let sheetCode: SheetCode | null = null;
/** The phone's sheet code (src/static/static-sheet.ts), fetched when a phone reader may open a place. */
export const loadSheetCode = cachedUntilFailure(() =>
  import('./static-sheet.ts').then((m) => (sheetCode = m)),
);

/** Whether places open in the phone's sheet here (as the engine's reading pane would open them). */
export const placesOpenInSheet = (): boolean =>
  usesSheet(document.documentElement.classList.contains('embed'));

/**
 * A place picked on the first frame: opened by the engine if it listens; else shown at once in
 * a static card (on a phone, the reading pane's sheet), and handed to the engine when it arrives
 * (unless the reader closed it).
 */
export function placePicked(id: string, at?: ClickPoint): void {
  if (handler) {
    hideStaticCard();
    return handler(id);
  }
  pending = id;
  const cancel = () => {
    if (pending === id) pending = null;
  };
  if (placesOpenInSheet()) void openInSheet(id, cancel, true, at);
  else showStaticCard(id, cancel, at);
}

/**
 * A link's place, on a phone, before the engine: its sheet opens at once, as the engine will open
 * it (the engine opens the link's place itself). `onClose`: the reader closed it first.
 */
export function linkedPlaceOpened(id: string, onClose: () => void): void {
  if (placesOpenInSheet()) void openInSheet(id, onClose, false);
}

async function openInSheet(id: string, onClose: () => void, focus: boolean, at?: ClickPoint): Promise<void> {
  const code = await loadSheetCode().catch(() => null);
  // The engine took over meanwhile: it opens the place in its own sheet.
  if (handler) return;
  const map = document.getElementById('map');
  // Measured before the sheet scrolls the page. A point is kept clear by its symbol, as the
  // engine keeps it; a line or an area by the spot tapped.
  const top = map?.getBoundingClientRect().top ?? 0;
  const spot = at && (drawnSymbol(id) ?? at);
  if (!map || !code?.showStaticSheet(id, onClose, focus)) return void (at && showStaticCard(id, onClose, at));
  hideStaticCard();
  if (spot) keepAboveSheet(map, spot.y - top, code.staticSheetHeight());
}

/** Where the first frame draws a place's point symbol on the page now; null for lines and areas. */
function drawnSymbol(id: string): ClickPoint | null {
  const symbol = document.querySelector(`#map > .first-frame [data-xy][data-place="${CSS.escape(id)}"]`);
  if (!symbol) return null;
  const box = symbol.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * The tapped spot (`y` px from the map's top) stays visible above the sheet: if the sheet covers
 * it, the picture moves up just enough, as the engine's reading pane moves its map.
 */
function keepAboveSheet(map: HTMLElement, y: number, sheetHeight: number): void {
  const limit = lowestClearSpot(map.getBoundingClientRect(), sheetHeight);
  if (y > limit) gesture?.panBy(0, limit - y);
}

/** Overlapping places under a click on the first frame: the reader picks one of them. */
export function placesPicked(ids: string[], at?: ClickPoint): void {
  pending = null;
  if (!showStaticChooser(ids, placePicked, at)) placePicked(ids[0], at);
}

/**
 * The engine (or the list-only fallback) takes over opening places picked on the first frame.
 * `expandSheet`: the reader had expanded the first frame's sheet, so the engine's opens expanded.
 */
export function onPlacePicked(h: PickHandler, expandSheet?: () => void): void {
  handler = h;
  const expanded = sheetCode?.staticSheetExpanded() ?? false;
  // An open chooser stays: the reader's pick from it goes to the engine.
  if (!staticChooserOpen()) hideStaticCard();
  if (pending) {
    const id = pending;
    pending = null;
    h(id);
  }
  // The engine's sheet (a link's place is already open in it) takes the first frame's place.
  sheetCode?.hideStaticSheet();
  if (expanded) expandSheet?.();
}

let gesture: FrameGesture | null = null;

/** The first frame's gesture handler, whose camera the engine takes over. */
export function registerFrameGesture(g: FrameGesture): FrameGesture {
  return (gesture = g);
}

/**
 * The engine takes the camera the reader moved the first frame to (once their gesture has ended),
 * and again if they moved it while the engine was drawing that: then the first frame can go.
 */
export async function takeFrameCamera(map: {
  jumpTo(camera: MapCamera): unknown;
  once(type: 'idle'): Promise<unknown>;
}): Promise<void> {
  let applied: MapCamera | null = null;
  for (;;) {
    const camera = gesture ? await gesture.settled() : null;
    if (!camera || camera === applied) return;
    map.jumpTo(camera);
    applied = camera;
    await map.once('idle');
  }
}

let beforeRetire: (() => void) | null = null;

/** Runs once just before the first frame goes (the site's first-frame controls hand over their state). */
export function onRetire(run: () => void): void {
  beforeRetire = run;
}

/** Removes the first frame and its controls (MapLibre has drawn its first complete frame under it). */
export function retireFirstFrame(): void {
  beforeRetire?.();
  beforeRetire = null;
  for (const part of document.querySelectorAll('#map > .first-frame, #map > .first-frame-controls'))
    part.remove();
}
