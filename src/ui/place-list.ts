// The list of every place beside the map: same content as the popups, reachable without the canvas.
import type { AtlasPlace } from '../data/atlas-types.ts';
import { kindAndDate } from './place-card.ts';
import { el } from './dom.ts';
import { placeContent } from './place-content.ts';
import { overflow } from './overflow.ts';

/** A place's line in the list: its symbol, name and kind (also used by the prerendered list). */
export function placeButtonLabel(place: AtlasPlace): HTMLElement[] {
  return [
    el('span', { class: `kind-dot kind-${place.kind}`, 'aria-hidden': 'true' }),
    el('span', { class: 'place-button-name' }, place.name),
    el('span', { class: 'place-button-kind' }, kindAndDate(place)),
  ];
}

export class PlaceList {
  private items = new Map<string, HTMLLIElement>();
  private pending = 0;
  private pendingTimer = 0;

  constructor(root: HTMLElement, places: AtlasPlace[], onOpen: (id: string) => void) {
    root.replaceChildren();
    for (const place of places) {
      const details = el('div', { class: 'place-details', id: `details-${place.id}` });
      details.hidden = true;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'place-button',
          'aria-expanded': 'false',
          'aria-controls': details.id,
          'data-place': place.id,
        },
        ...placeButtonLabel(place),
      );
      button.addEventListener('click', () => onOpen(place.id));
      const li = el('li', { class: 'place-item', 'data-place': place.id }, button, details);
      this.items.set(place.id, li);
      root.append(li);
    }
  }

  /**
   * Marks the selected place and expands its full text (collapsing the others); null collapses
   * all. `expand: false` when another pane holds the full text (a phone's sheet): one copy only.
   */
  mark(place: AtlasPlace | null, expand = true): void {
    for (const [id, li] of this.items) {
      const on = id === place?.id;
      const button = li.querySelector('button')!;
      li.classList.toggle('is-selected', on);
      button.setAttribute('aria-expanded', String(on));
      if (on) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
      if (!on) li.querySelector<HTMLElement>('.place-details')!.hidden = true;
    }
    // The list's copy of the content is built after the frame that paints the popup: a click
    // shows the popup first, and the list follows a frame later.
    window.cancelAnimationFrame(this.pending);
    window.clearTimeout(this.pendingTimer);
    if (!place || !expand) return;
    this.pending = window.requestAnimationFrame(
      () => (this.pendingTimer = window.setTimeout(() => this.expand(place))),
    );
  }

  /** Brings the open place's full text into view in the panel and moves focus to its heading. */
  read(place: AtlasPlace): void {
    const li = this.items.get(place.id);
    const details = li?.querySelector<HTMLElement>('.place-details');
    if (!li || !details || details.hidden) return;
    details.setAttribute('tabindex', '-1');
    details.setAttribute('aria-label', `${place.name}: what each side says`);
    li.scrollIntoView({ block: 'start' });
    details.focus({ preventScroll: true });
  }

  private expand(place: AtlasPlace): void {
    const li = this.items.get(place.id);
    const details = li?.querySelector<HTMLElement>('.place-details');
    if (!li || !details) return;
    details.replaceChildren(placeContent(place, 'h3'));
    details.hidden = false;
    this.revealInPanel(li);
  }

  /**
   * Scrolls the side panel (where it scrolls on its own, beside the map) to show the item. Never
   * the page: on a phone that would carry the reader away from the map and its popup.
   */
  private revealInPanel(li: HTMLElement): void {
    const panel = li.closest<HTMLElement>('.side-panel');
    if (!panel || panel.scrollHeight <= panel.clientHeight) return;
    const item = li.getBoundingClientRect();
    const frame = panel.getBoundingClientRect();
    panel.scrollTop += overflow(item.top, item.bottom, frame.top, frame.bottom);
  }
}
