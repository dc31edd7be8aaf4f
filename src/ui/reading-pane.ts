// One reading pane for the selected place, shaped by where it is read:
// - wide screens: a compact card at the place (at the spot clicked, for lines and areas) and the
//   full text once, in the side panel's list;
// - phones (≤ 600 px wide, and landscape phones): a bottom sheet, the map visible above it;
// - embeds: the compact card, whose action opens the full map on this place (no inner scroll box
//   in someone else's article).
// It also names the open place in the page title.
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasPlace } from '../data/atlas-types.ts';
import type { PlaceSelection, SelectHow } from '../map/selection.ts';
import { motionMs } from '../map/motion.ts';
import { el } from './dom.ts';
import { placeCard } from './place-card.ts';
import { BottomSheet } from './bottom-sheet.ts';
import { lowestClearSpot, mapToTop, sheetCovers, usesSheet } from './sheet-layout.ts';
import { fullMapHref } from '../embed/full-map-link.ts';
import { placeLink, shareControls } from '../share/share-panel.ts';

export class ReadingPane {
  private card: Popup;
  private sheet: BottomSheet | null = null;
  private baseTitle = document.title;

  constructor(
    private map: MapLibreMap,
    private selection: PlaceSelection,
    private opts: { embed: boolean; onClose: () => void; readInPanel: (place: AtlasPlace) => void },
  ) {
    this.card = new Popup({
      maxWidth: '320px',
      focusAfterOpen: false,
      closeOnClick: false,
      className: 'place-popup',
      offset: 14,
    });
    // On a phone, links and the list frame the place above the sheet (at most 58% of the screen).
    // The sheet brings the map's top to the top of the screen (see show), so that is where the
    // map is measured from, whatever the page's scroll is now.
    selection.coveredBottom = () => {
      return sheetCovers(opts.embed, map.getContainer().getBoundingClientRect().height);
    };
    this.card.on('close', () => {
      if (!this.suppressClose) opts.onClose();
    });
  }

  private suppressClose = false;

  /** True when the sheet is the pane (phones, outside embeds). */
  usesSheet(): boolean {
    return usesSheet(this.opts.embed);
  }

  show(place: AtlasPlace, how: SelectHow): void {
    document.title = `${place.name} · ${this.baseTitle}`;
    const focus = how.source !== 'url';
    if (this.usesSheet()) {
      this.removeCard();
      this.sheetFor().show(place, focus);
      mapToTop(this.map.getContainer());
      this.keepAboveSheet(place, how);
      return;
    }
    this.sheet?.hide();
    this.removeCard();
    const action = this.opts.embed
      ? el(
          'a',
          {
            class: 'card-read',
            href: fullMapHref(this.map, this.selection),
            target: '_blank',
            rel: 'noopener',
          },
          'Read every quote on the full map ↗',
        )
      : el('button', { type: 'button', class: 'card-read' }, 'Read what each side says');
    if (!this.opts.embed) action.addEventListener('click', () => this.opts.readInPanel(place));
    const actions = el(
      'span',
      { class: 'card-actions' },
      action,
      this.opts.embed ? null : shareControls(() => placeLink(place.id), place.name, 'Share this place'),
    );
    const at = how.at && place.geometryType !== 'Point' ? how.at : (place.anchor as [number, number]);
    this.card.setLngLat(at).setDOMContent(placeCard(place, actions)).addTo(this.map);
    const element = this.card.getElement();
    element?.setAttribute('role', 'dialog');
    element?.setAttribute('aria-label', place.name);
    if (focus) {
      const heading = element?.querySelector<HTMLElement>('.place-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus({ preventScroll: true });
    }
  }

  /** Expands the open sheet (the reader had expanded the first frame's). */
  expandSheet(): void {
    if (this.sheet && this.sheet.coveredHeight() > 0) this.sheet.setState('full');
  }

  hide(): void {
    document.title = this.baseTitle;
    this.removeCard();
    this.sheet?.hide();
  }

  private removeCard(): void {
    this.suppressClose = true;
    this.card.remove();
    this.suppressClose = false;
  }

  private sheetFor(): BottomSheet {
    this.sheet ??= new BottomSheet({
      onClose: () => this.opts.onClose(),
      onShowOnMap: (place) => {
        this.sheet?.setState('peek');
        this.selection.focus(place);
      },
    });
    return this.sheet;
  }

  /**
   * The tapped spot (or the point) must stay visible above the sheet: if the sheet would cover
   * it, the map moves up just enough. Links and the list frame the place themselves.
   */
  private keepAboveSheet(place: AtlasPlace, how: SelectHow): void {
    if (how.source !== 'map') return;
    const at = how.at && place.geometryType !== 'Point' ? how.at : (place.anchor as [number, number]);
    // Measured at once (the sheet was just laid out): no frame where the spot is covered.
    const p = this.map.project(at);
    const limit = lowestClearSpot(
      this.map.getContainer().getBoundingClientRect(),
      this.sheet?.coveredHeight() ?? 0,
    );
    if (p.y > limit) this.map.panBy([0, p.y - limit], { duration: motionMs(300) });
  }
}
