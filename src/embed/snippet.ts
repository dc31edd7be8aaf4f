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
    `<iframe src="${attr(src.href)}" title="${attr(o.title)}" id="${attr(o.frameId)}" ` +
    `width="${width}" height="${o.height}" loading="lazy" allowfullscreen ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  if (!o.responsive) return iframe;
  return `${iframe}\n<script src="${attr(o.scriptSrc)}" async></script>`;
}
