// The phone's sheet itself, whatever it shows: a dialog over the bottom of the screen with a
// handle, "Read more" / "Show less" and a close button; it expands to full height by its button or
// by dragging its handle up, and closes by its button, Escape, or dragging down from its peek. The
// engine's reading pane (bottom-sheet.ts) and the first frame (src/static/static-sheet.ts) fill it.
import '../styles/sheet.css';
import { el } from './dom.ts';
import { arrangeForSheet } from './sheet-arrange.ts';

export type SheetState = 'peek' | 'full';

export class SheetShell {
  readonly element: HTMLElement;
  private body: HTMLElement;
  private expandButton: HTMLButtonElement;

  constructor(private onClose: () => void) {
    const handle = el('div', { class: 'sheet-handle', 'aria-hidden': 'true' });
    this.expandButton = el(
      'button',
      { type: 'button', class: 'sheet-expand', 'aria-expanded': 'false' },
      'Read more',
    );
    this.expandButton.addEventListener('click', () => this.setState(this.state === 'peek' ? 'full' : 'peek'));
    const close = el('button', { type: 'button', class: 'sheet-close', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => this.onClose());
    this.body = el('div', { class: 'sheet-body' });
    this.element = el(
      'section',
      { class: 'bottom-sheet', 'data-state': 'peek', role: 'dialog', 'aria-modal': 'false' },
      handle,
      el('div', { class: 'sheet-bar' }, this.expandButton, close),
      this.body,
    );
    this.element.hidden = true;
    // A dialog: Escape closes it, as it closes the card.
    this.element.addEventListener('keydown', (e) => (e.key === 'Escape' ? this.onClose() : undefined));
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

  /** Shows a place's content (its `.place-content` article), at the peek. */
  show(content: HTMLElement, name: string, focus: boolean): void {
    arrangeForSheet(content);
    this.body.replaceChildren(content);
    this.element.setAttribute('aria-label', name);
    this.element.hidden = false;
    this.setState('peek');
    if (focus) {
      const heading = content.querySelector<HTMLElement>('.place-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus({ preventScroll: true });
    }
  }

  hide(): void {
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
          else this.onClose();
        }
      });
    }
  }
}
