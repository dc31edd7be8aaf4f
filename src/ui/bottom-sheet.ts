// The phone's reading pane: a sheet over the bottom of the screen. At its peek height it shows the
// place's name and the first quote of each side present; it expands to full height by its button
// or by dragging its handle up, and carries Share and "Show on map". The map above it stays
// visible, so the place the reader tapped stays in view.
import type { AtlasPlace } from '../data/atlas-types.ts';
import type { Side } from '../data/schema.ts';
import { el } from './dom.ts';
import { SIDE_NAME } from './quote-view.ts';
import { placeContent } from './place-content.ts';
import { kindAndDate } from './place-card.ts';
import { placeLink, shareControls } from '../share/share-panel.ts';

export type SheetState = 'peek' | 'full';

/**
 * A side's quotes after its first fold behind "N more from Kabul": expanded, the sheet then shows
 * the first quote of every side on one screen, and the reader opens the rest side by side.
 */
function foldFurtherQuotes(side: HTMLElement): void {
  const [, ...rest] = side.querySelectorAll(':scope > blockquote');
  if (!rest.length) return;
  const name = SIDE_NAME[side.dataset.side as Side];
  const who = side.dataset.side === 'analysis' ? name.replace(/^The/, 'the') : name;
  const more = el(
    'details',
    { class: 'side-more' },
    el('summary', {}, `${rest.length} more ${rest.length === 1 ? 'quote' : 'quotes'} from ${who}`),
  );
  more.append(...rest);
  side.append(more);
}

export class BottomSheet {
  readonly element: HTMLElement;
  private body: HTMLElement;
  private expandButton: HTMLButtonElement;
  private place: AtlasPlace | null = null;

  constructor(private actions: { onClose: () => void; onShowOnMap: (place: AtlasPlace) => void }) {
    const handle = el('div', { class: 'sheet-handle', 'aria-hidden': 'true' });
    this.expandButton = el(
      'button',
      { type: 'button', class: 'sheet-expand', 'aria-expanded': 'false' },
      'Read more',
    );
    this.expandButton.addEventListener('click', () => this.setState(this.state === 'peek' ? 'full' : 'peek'));
    const close = el('button', { type: 'button', class: 'sheet-close', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => this.actions.onClose());
    this.body = el('div', { class: 'sheet-body' });
    this.element = el(
      'section',
      { class: 'bottom-sheet', 'data-state': 'peek', role: 'dialog', 'aria-modal': 'false' },
      handle,
      el('div', { class: 'sheet-bar' }, this.expandButton, close),
      this.body,
    );
    this.element.hidden = true;
    this.dragToResize(handle);
    document.body.append(this.element);
  }

  get state(): SheetState {
    return this.element.dataset.state as SheetState;
  }

  setState(state: SheetState): void {
    this.element.dataset.state = state;
    this.expandButton.textContent = state === 'peek' ? 'Read more' : 'Show less';
    this.expandButton.setAttribute('aria-expanded', String(state === 'full'));
    if (state === 'peek') this.body.scrollTop = 0;
  }

  show(place: AtlasPlace, focus: boolean): void {
    this.place = place;
    const content = placeContent(place, 'h2');
    // On a phone, each side's words come straight after the name: the first quotes fit the peek.
    const kind = content.querySelector('.place-kind')!;
    kind.textContent = kindAndDate(place);
    const sides = content.querySelector('.sides');
    if (sides) kind.after(sides);
    for (const side of content.querySelectorAll<HTMLElement>('.sides > .side')) foldFurtherQuotes(side);
    const showOnMap = el('button', { type: 'button', class: 'sheet-show' }, 'Show on map');
    showOnMap.addEventListener('click', () => this.place && this.actions.onShowOnMap(this.place));
    content.append(
      el(
        'div',
        { class: 'sheet-actions' },
        shareControls(() => placeLink(place.id), place.name, 'Share this place'),
        showOnMap,
      ),
    );
    this.body.replaceChildren(content);
    this.element.setAttribute('aria-label', place.name);
    this.element.hidden = false;
    this.setState('peek');
    if (focus) {
      const heading = content.querySelector<HTMLElement>('.place-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus({ preventScroll: true });
    }
  }

  hide(): void {
    this.place = null;
    this.element.hidden = true;
    this.body.replaceChildren();
  }

  /** Height the sheet covers at the bottom of the viewport, in px (0 when closed). */
  coveredHeight(): number {
    return this.element.hidden ? 0 : this.element.getBoundingClientRect().height;
  }

  private dragToResize(handle: HTMLElement): void {
    let startY: number | null = null;
    const targets = [handle, this.element.querySelector<HTMLElement>('.sheet-bar')!];
    for (const t of targets) {
      t.addEventListener('pointerdown', (e) => {
        if ((e.target as HTMLElement).closest('button')) return;
        startY = e.clientY;
        t.setPointerCapture(e.pointerId);
      });
      t.addEventListener('pointerup', (e) => {
        if (startY === null) return;
        const dy = e.clientY - startY;
        startY = null;
        if (dy < -30) this.setState('full');
        else if (dy > 30) {
          if (this.state === 'full') this.setState('peek');
          else this.actions.onClose();
        }
      });
    }
  }
}
