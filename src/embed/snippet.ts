// The embed code an editor pastes into an article.
export interface SnippetOptions {
  /** Absolute URL of the embed (with ?embed=1 and any #place / #map). */
  src: string;
  title: string;
  responsive: boolean;
  width: number | null;
  height: number;
  /** Absolute URL of embed-resize.js, for the optional auto-height script. */
  scriptSrc: string;
  frameId: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(o: SnippetOptions): string {
  const src = new URL(o.src);
  src.searchParams.set('frame', o.frameId);
  const width = o.responsive || o.width === null ? '100%' : String(o.width);
  const iframe =
    // border:0 — without it, ordinary pages draw the iframe's default 2 px inset frame.
    `<iframe src="${attr(src.href)}" title="${attr(o.title)}" id="${attr(o.frameId)}" style="border:0" ` +
    `width="${width}" height="${o.height}" loading="lazy" allowfullscreen ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  if (!o.responsive) return iframe;
  return `${iframe}\n<script src="${attr(o.scriptSrc)}" async></script>`;
}

/**
 * An id for one embed: what it shows plus a random suffix, so that two embeds pasted into one page
 * (even two of the same view) never share an id, and their height messages are told apart.
 */
export function uniqueFrameId(what: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `durand-map-${what}-${suffix}`.slice(0, 64);
}
