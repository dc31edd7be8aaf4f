// The "Embed" button of the full map; the dialog's code loads only when it is first opened.
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceSelection } from '../map/selection.ts';
import { el } from '../ui/dom.ts';

export class EmbedControl implements IControl {
  private container?: HTMLElement;
  constructor(private selection: PlaceSelection) {}

  onAdd(map: MapLibreMap): HTMLElement {
    const button = el('button', { type: 'button', class: 'embed-open', 'aria-haspopup': 'dialog' }, 'Embed');
    button.addEventListener('click', async () => {
      const { openEmbedDialog } = await import('./embed-dialog.ts');
      openEmbedDialog(map, this.selection, button);
    });
    this.container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group embed-ctrl' }, button);
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}
