// What the first frame hands to the engine when it arrives: the place a reader picked before it
// loaded, and the first frame itself, retired once MapLibre has drawn the same picture.
import { hideStaticCard, showStaticCard } from './static-card.ts';

type PickHandler = (id: string) => void;

let pending: string | null = null;
let handler: PickHandler | null = null;

/**
 * A place picked on the first frame: opened by the engine if it listens; else shown at once in
 * a static card, and handed to the engine when it arrives.
 */
export function placePicked(id: string): void {
  if (handler) return handler(id);
  pending = id;
  showStaticCard(id);
}

/** The engine (or the list-only fallback) takes over opening places picked on the first frame. */
export function onPlacePicked(h: PickHandler): void {
  handler = h;
  hideStaticCard();
  if (pending) {
    const id = pending;
    pending = null;
    h(id);
  }
}

/** Removes the first frame and its controls (MapLibre has drawn its first complete frame under it). */
export function retireFirstFrame(): void {
  for (const part of document.querySelectorAll('#map > .first-frame, #map > .first-frame-controls'))
    part.remove();
}
