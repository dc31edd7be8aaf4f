// Where the phone's reading pane sits: shared by the engine's sheet (reading-pane.ts) and the first
// frame's (src/static/static-sheet.ts), so a place opened before the engine is framed, and its
// sheet laid out, exactly as the engine will.

/** Phones, portrait or landscape: the sheet instead of the card. */
export const PHONE = '(max-width: 600px), (max-height: 500px) and (pointer: coarse)';

/** Where the sheet's peek begins, as a share of the screen's height from the top (58vh tall). */
export const SHEET_TOP = 0.42;

/** Whether the reading pane is the sheet: on phones, outside embeds (an embed keeps its card). */
export const usesSheet = (embed: boolean): boolean => !embed && window.matchMedia(PHONE).matches;

/**
 * Px of the map's bottom the sheet covers when a place is open (0 where places open in a card),
 * with the map's top at the top of the screen (where the sheet brings it): at least 80 px of map
 * stay above it.
 */
export function sheetCovers(embed: boolean, mapHeight: number): number {
  if (!usesSheet(embed)) return 0;
  return Math.max(0, Math.min(mapHeight - 80, mapHeight - window.innerHeight * SHEET_TOP));
}

/**
 * The lowest a spot may sit, in px from the map's top, and stay in view 48 px clear of an open
 * sheet `sheetHeight` px tall: a tapped place lower than this is moved up to it.
 */
export function lowestClearSpot(map: DOMRect, sheetHeight: number): number {
  return Math.min(map.height, window.innerHeight - sheetHeight - map.top) - 48;
}

/**
 * On a phone the headline, the key and the header's buttons take a third of the screen: with the
 * sheet over the lower half, the place would be left a strip of map. The page scrolls so the map
 * starts at the top of the screen (at once: the camera was framed for that position).
 */
export function mapToTop(map: HTMLElement): void {
  const top = map.getBoundingClientRect().top;
  if (Math.abs(top) > 1) window.scrollBy({ top, behavior: 'instant' });
}
