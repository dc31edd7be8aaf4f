// A small list of the places under one click, when their symbols overlap at this zoom (the hit-test
// rule in src/map/pick.ts never opens one of them at random). Also the embed's list of all places.
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasPlace } from '../data/atlas-types.ts';
import { el } from './dom.ts';
import { placeButtonLabel } from './place-list.ts';
import { kindAndDate } from './place-card.ts';

export class PlaceChooser {
  /**
   * A new popup per opening: reusing one, a click on the same cluster while it was open reopened it
   * and then closed it in the same click (its closeOnClick listener ran after the reopening).
   */
  private popup: Popup | null = null;

  constructor(
    private map: MapLibreMap,
    private onPick: (id: string) => void,
  ) {}

  show(places: AtlasPlace[], at: [number, number], heading = `${places.length} places here`): void {
    const list = el('ul', { class: 'chooser-list' });
    for (const place of places) {
      const button = el(
        'button',
        { type: 'button', class: 'chooser-button', 'data-place': place.id },
        ...placeButtonLabel(place),
      );
      button.querySelector('.place-button-kind')!.textContent = kindAndDate(place);
      button.addEventListener('click', () => {
        this.hide();
        this.onPick(place.id);
      });
      list.append(el('li', {}, button));
    }
    const box = el(
      'div',
      { class: 'place-chooser', role: 'dialog', 'aria-label': heading },
      el('p', { class: 'chooser-heading' }, heading),
      list,
    );
    // A dialog closes on Escape (as the first frame's chooser does); focus goes back to the map.
    box.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.hide();
      this.map.getCanvas().focus({ preventScroll: true });
    });
    this.popup?.remove();
    this.popup = new Popup({
      closeOnClick: true,
      focusAfterOpen: false,
      className: 'place-chooser-popup',
      maxWidth: '300px',
    })
      .setLngLat(at)
      .setDOMContent(box)
      .addTo(this.map);
    list.querySelector('button')?.focus({ preventScroll: true });
  }

  hide(): void {
    this.popup?.remove();
  }

  get isOpen(): boolean {
    return this.popup?.isOpen() ?? false;
  }
}
