// The phone's reading pane: a sheet over the bottom of the screen (sheet-shell.ts). At its peek
// height it shows the place's name and the first quote of each side present; expanded, it carries
// Share and "Show on map". The map above it stays visible, so the place the reader tapped stays in
// view.
import type { AtlasPlace } from '../data/atlas-types.ts';
import { el } from './dom.ts';
import { placeContent } from './place-content.ts';
import { kindAndDate } from './place-card.ts';
import { SheetShell, type SheetState } from './sheet-shell.ts';
import { placeLink, shareControls } from '../share/share-panel.ts';

export type { SheetState };

export class BottomSheet {
  private shell: SheetShell;
  private place: AtlasPlace | null = null;

  constructor(private actions: { onClose: () => void; onShowOnMap: (place: AtlasPlace) => void }) {
    this.shell = new SheetShell(() => this.actions.onClose());
  }

  get element(): HTMLElement {
    return this.shell.element;
  }

  get state(): SheetState {
    return this.shell.state;
  }

  setState(state: SheetState): void {
    this.shell.setState(state);
  }

  show(place: AtlasPlace, focus: boolean): void {
    this.place = place;
    const content = placeContent(place, 'h2');
    content.querySelector('.place-kind')!.textContent = kindAndDate(place);
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
    this.shell.show(content, place.name, focus);
  }

  hide(): void {
    this.place = null;
    this.shell.hide();
  }

  /** Height the sheet covers at the bottom of the viewport, in px (0 when closed). */
  coveredHeight(): number {
    return this.shell.coveredHeight();
  }
}
