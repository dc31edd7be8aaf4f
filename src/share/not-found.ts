// Script of the 404 page: for a missing place/<id>/ address, offers the place most likely meant,
// with the same forgiveness as the map's own links (src/share/url-state.ts). Text only.
import { normalizeId, suggestPlace } from './url-state.ts';

function typedPlace(path: string): string | null {
  const m = path.match(/\/place\/([^/]+)/);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

const typed = typedPlace(location.pathname);
const links = new Map(
  [...document.querySelectorAll<HTMLAnchorElement>('#places a[data-place]')].map((a) => [
    a.dataset.place!,
    a,
  ]),
);
const out = document.getElementById('did-you-mean');
if (typed && out) {
  const id = links.has(normalizeId(typed)) ? normalizeId(typed) : suggestPlace(typed, links.keys());
  const target = id ? links.get(id) : undefined;
  if (target) {
    const a = document.createElement('a');
    a.href = target.href;
    a.textContent = target.textContent;
    out.append('There is no page “', typed.slice(0, 40), '”. Did you mean ', a, '?');
    out.hidden = false;
  }
}
