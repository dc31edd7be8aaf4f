// Share controls: copy the link (with a visible confirmation), the native share sheet where the
// browser has one, and the link itself as text for copying by hand.
import type { IControl } from 'maplibre-gl';
import { el } from '../ui/dom.ts';
import { withCurrentTime } from '../time/state.ts';
import { lensQuery } from '../embed/options.ts';

let counter = 0;

/** Link to a place's own page: it unfurls with its title, quotes and preview, then opens the map. */
export function placeLink(id: string): string {
  return new URL(`place/${encodeURIComponent(id)}/`, document.baseURI).href;
}

/** Link to the current view of the full map (embed options dropped; the time range and the claims lens kept). */
export function viewLink(): string {
  const url = new URL(location.href);
  url.search = lensQuery(url.search);
  return withCurrentTime(url).href;
}

async function copy(text: string, input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input.focus();
    input.select();
    return document.execCommand?.('copy') ?? false;
  }
}

export function shareControls(getUrl: () => string, title: string, buttonLabel = 'Share'): HTMLElement {
  const id = `share-panel-${++counter}`;
  const input = el('input', {
    type: 'text',
    readonly: '',
    class: 'share-url',
    id: `${id}-url`,
    'aria-label': 'Link',
  });
  const status = el('span', { class: 'share-status', role: 'status' });
  const copyButton = el('button', { type: 'button', class: 'share-copy' }, 'Copy link');
  copyButton.addEventListener('click', async () => {
    const ok = await copy(input.value, input);
    status.textContent = ok ? 'Link copied' : 'Select the link above and copy it';
  });
  const panel = el(
    'div',
    { class: 'share-panel', id },
    el('label', { for: input.id, class: 'share-label' }, 'Link'),
    input,
    el('div', { class: 'share-actions' }, copyButton, status),
  );
  if (typeof navigator.share === 'function') {
    const native = el('button', { type: 'button', class: 'share-native' }, 'Share…');
    native.addEventListener('click', () => {
      navigator.share({ title, url: input.value }).catch(() => undefined);
    });
    panel.querySelector('.share-actions')!.prepend(native);
  }
  panel.hidden = true;
  const toggle = el(
    'button',
    { type: 'button', class: 'share-toggle', 'aria-expanded': 'false', 'aria-controls': id },
    buttonLabel,
  );
  toggle.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      input.value = getUrl();
      status.textContent = '';
      copyButton.focus();
    }
  });
  const wrapper = el('div', { class: 'share' }, toggle, panel);
  // Escape inside an open share panel folds the panel only (not the popup around it).
  wrapper.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    e.preventDefault();
    e.stopPropagation();
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  return wrapper;
}

/** "Share this view" as a map control. */
export class ShareViewControl implements IControl {
  private container?: HTMLElement;
  onAdd(): HTMLElement {
    this.container = el(
      'div',
      { class: 'maplibregl-ctrl maplibregl-ctrl-group share-view' },
      shareControls(viewLink, document.title, 'Share this view'),
    );
    return this.container;
  }
  onRemove(): void {
    this.container?.remove();
  }
}
