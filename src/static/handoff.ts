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
import type { FrameGesture } from './frame-gesture.ts';

type PickHandler = (id: string) => void;

let pending: string | null = null;
let handler: PickHandler | null = null;

/**
 * A place picked on the first frame: opened by the engine if it listens; else shown at once in
 * a static card, and handed to the engine when it arrives (unless the reader closed the card).
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
  showStaticCard(id, cancel, at);
}

/** Overlapping places under a click on the first frame: the reader picks one of them. */
export function placesPicked(ids: string[], at?: ClickPoint): void {
  pending = null;
  if (!showStaticChooser(ids, placePicked, at)) placePicked(ids[0], at);
}

/** The engine (or the list-only fallback) takes over opening places picked on the first frame. */
export function onPlacePicked(h: PickHandler): void {
  handler = h;
  // An open chooser stays: the reader's pick from it goes to the engine.
  if (!staticChooserOpen()) hideStaticCard();
  if (pending) {
    const id = pending;
    pending = null;
    h(id);
  }
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
