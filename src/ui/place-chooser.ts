// A small list of the places under one click, when their symbols overlap at this zoom (the hit-test
// rule in src/map/pick.ts never opens one of them at random). Also the embed's list of all places.
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasPlace } from '../data/atlas-types.ts';
import { el } from './dom.ts';
import { placeButtonLabel } from './place-list.ts';
import { kindAndDate } from './place-card.ts';

export class PlaceChooser {
  // Not MapLibre's closeOnClick: a click on the same cluster while the chooser is open would
  // reopen it and then close it in the same click (the popup's own listener runs after ours).
  private popup = new Popup({
    closeOnClick: false,
    focusAfterOpen: false,
    className: 'place-chooser-popup',
    maxWidth: '300px',
  });

  /** Set while the click that opened the chooser is still being handled. */
  private justShown = false;

  constructor(
    private map: MapLibreMap,
    private onPick: (id: string) => void,
  ) {
    // A click anywhere else on the map closes it (as closeOnClick would), not the one that opened it.
    map.on('click', () => {
      if (!this.justShown) this.hide();
    });
  }

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
    this.popup.setLngLat(at).setDOMContent(box).addTo(this.map);
    this.justShown = true;
    setTimeout(() => (this.justShown = false));
    list.querySelector('button')?.focus({ preventScroll: true });
  }

  hide(): void {
    this.popup.remove();
  }

  get isOpen(): boolean {
    return this.popup.isOpen();
  }
}
