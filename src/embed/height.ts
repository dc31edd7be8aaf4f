// Responsive height for embeds: the map tells its parent page how tall it would like to be.
// Outgoing messages only; nothing is read from the parent. Two forms are posted:
//   { type: "durand-map:height", height: <px>, href: <this frame's URL> }   (this project's own)
//   { "datawrapper-height": { "<frame id>": <px> } }                         (read by many CMSs)
import { chromeHeight } from './chrome.ts';

export const HEIGHT_MESSAGE = 'durand-map:height';

/** The height the map wants for a given width: 4:3, within 380–720 px. */
export function wantedHeight(width: number): number {
  return Math.round(Math.min(720, Math.max(380, width * 0.75)));
}

/** `frameId`: the embed's id from its (validated) `frame` option. */
export function postHeight(frameId: string): void {
  if (window.parent === window) return;
  // The map's own height plus the caption and credit strips around it.
  const height = wantedHeight(document.documentElement.clientWidth) + chromeHeight();
  // '*': the height is not secret, and the embedding page's origin is not known to us.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height, href: location.href }, '*');
  window.parent.postMessage({ 'datawrapper-height': { [frameId]: height } }, '*');
}

export function startHeightMessages(frameId: string): void {
  postHeight(frameId);
  // The caption strips change height when the bundled font replaces the fallback one.
  void document.fonts.ready.then(() => postHeight(frameId));
  let last = document.documentElement.clientWidth;
  new ResizeObserver(() => {
    const w = document.documentElement.clientWidth;
    if (w !== last) {
      last = w;
      postHeight(frameId);
    }
  }).observe(document.documentElement);
}
