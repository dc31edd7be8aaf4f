// The map popup for the selected place (brief's popup contract: .maplibregl-popup, heading = name).
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasPlace } from '../data/atlas-types.ts';
import { placeContent } from './place-content.ts';
import { overflow } from './overflow.ts';
import { motionMs } from '../map/motion.ts';
import { placeLink, shareControls } from '../share/share-panel.ts';

/** Points: the point itself. Areas and lines: the top centre of their extent, so the popup sits above them. */
export function popupAnchor(place: AtlasPlace): [number, number] {
  if (place.geometryType === 'Point') return place.anchor as [number, number];
  const [w, , e, n] = place.bbox;
  return [(w + e) / 2, n];
}

export class PlacePopup {
  private popup: Popup;
  private suppressClose = false;

  constructor(
    private map: MapLibreMap,
    onClose: () => void,
  ) {
    this.popup = new Popup({
      maxWidth: 'min(560px, 92vw)',
      focusAfterOpen: false,
      closeOnClick: false,
      className: 'place-popup',
    });
    this.popup.on('close', () => {
      if (!this.suppressClose) onClose();
    });
  }

  /** `fit`: pan the map if the popup hangs off it (for taps; links and the list frame the place). */
  show(place: AtlasPlace, focus = true, fit = false): void {
    this.suppressClose = true;
    this.popup.remove();
    this.suppressClose = false;
    const content = placeContent(place, 'h2');
    content
      .querySelector('.place-kind')
      ?.after(shareControls(() => placeLink(place.id), place.name, 'Share this place'));
    this.popup.setLngLat(popupAnchor(place)).setDOMContent(content).addTo(this.map);
    const element = this.popup.getElement();
    element?.setAttribute('role', 'dialog');
    element?.setAttribute('aria-label', place.name);
    if (fit) this.keepInView();
    if (focus) {
      // Focus the heading (not the first link, which may sit far down the scrolled content).
      const heading = content.querySelector<HTMLElement>('.place-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus({ preventScroll: true });
    }
  }

  /**
   * MapLibre places the popup by its anchor, not by the room around it: on a small map a popup
   * opened by a tap can hang off an edge. Pan the map until it fits.
   */
  private keepInView(): void {
    const fit = () => {
      const element = this.popup.getElement();
      if (!element || !this.popup.isOpen()) return;
      const box = element.getBoundingClientRect();
      const frame = this.map.getContainer().getBoundingClientRect();
      const dx = overflow(box.left, box.right, frame.left, frame.right, 8);
      const dy = overflow(box.top, box.bottom, frame.top, frame.bottom, 8);
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
      this.map.panBy([dx, dy], { duration: motionMs(300) });
    };
    requestAnimationFrame(fit);
  }

  hide(): void {
    this.suppressClose = true;
    this.popup.remove();
    this.suppressClose = false;
  }
}
