// "Places" for embeds: the list of places is off screen in an embed (the map fills the frame),
// reachable by keyboard; this button opens it over the map for mouse and touch readers too.
// Picking a place from it, Escape or the button again closes it, so the place's card shows.
import type { IControl } from 'maplibre-gl';
import { el } from '../ui/dom.ts';

const OPEN = 'is-open';

export class PlacesButtonControl implements IControl {
  private container?: HTMLElement;
  private button?: HTMLButtonElement;

  constructor(
    private panel: HTMLElement,
    private count: number,
  ) {}

  onAdd(): HTMLElement {
    this.panel.id ||= 'side-panel';
    const button = (this.button = el(
      'button',
      { type: 'button', class: 'places-open', 'aria-expanded': 'false', 'aria-controls': this.panel.id },
      `Places (${this.count})`,
    ));
    button.addEventListener('click', () => this.setOpen(!this.panel.classList.contains(OPEN)));
    // Touch readers need a way back to the map inside the panel too.
    const close = el('button', { type: 'button', class: 'panel-close' }, 'Back to the map');
    close.addEventListener('click', () => {
      this.setOpen(false);
      button.focus();
    });
    this.panel.prepend(close);
    this.panel.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.panel.classList.contains(OPEN)) return;
      e.stopPropagation();
      this.setOpen(false);
      button.focus();
    });
    this.container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group places-ctrl' }, button);
    return this.container;
  }

  /** Called when a place is opened from the list: the panel gives the map back to its card. */
  placeOpened(): void {
    if (this.panel.classList.contains(OPEN)) this.setOpen(false);
  }

  private setOpen(open: boolean): void {
    this.panel.classList.toggle(OPEN, open);
    this.button?.setAttribute('aria-expanded', String(open));
    // The live list's buttons, or the built-in list's disclosures (no engine).
    if (open) this.panel.querySelector<HTMLElement>('#place-list button, #place-list summary')?.focus();
  }

  onRemove(): void {
    this.container?.remove();
  }
}
