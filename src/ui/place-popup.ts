// The map popup for the selected place (brief's popup contract: .maplibregl-popup, heading = name).
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasPlace } from '../data/atlas-types.ts';
import { placeContent } from './place-content.ts';

export class PlacePopup {
  private popup: Popup;
  private suppressClose = false;

  constructor(
    private map: MapLibreMap,
    onClose: () => void,
  ) {
    this.popup = new Popup({
      maxWidth: 'min(560px, 92vw)',
      focusAfterOpen: true,
      closeOnClick: false,
      className: 'place-popup',
    });
    this.popup.on('close', () => {
      if (!this.suppressClose) onClose();
    });
  }

  show(place: AtlasPlace): void {
    this.suppressClose = true;
    this.popup.remove();
    this.suppressClose = false;
    this.popup
      .setLngLat(place.anchor as [number, number])
      .setDOMContent(placeContent(place, 'h2'))
      .addTo(this.map);
    this.popup.getElement()?.setAttribute('aria-label', place.name);
  }

  hide(): void {
    this.suppressClose = true;
    this.popup.remove();
    this.suppressClose = false;
  }
}
