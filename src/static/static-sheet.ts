// On a phone, what a place opened before the engine has loaded shows in: the reading pane's own
// sheet (src/ui/sheet-shell.ts), filled from the page's prerendered list, at its peek, with the
// map brought to the top of the screen, as the engine's reading pane does. Loaded only on phones,
// when a place is opened.
import { SheetShell } from '../ui/sheet-shell.ts';
import { mapToTop } from '../ui/sheet-layout.ts';
import { listedContent } from './static-card.ts';

let shell: SheetShell | null = null;
let closed: (() => void) | null = null;

/** Opens a place in the sheet; false if the page does not list it. */
export function showStaticSheet(id: string, onClose: () => void, focus: boolean): boolean {
  const listed = listedContent(id);
  const map = document.getElementById('map');
  if (!listed || !map) return false;
  shell ??= new SheetShell(() => {
    const then = closed;
    hideStaticSheet();
    then?.();
  });
  shell.element.classList.add('static-sheet');
  closed = onClose;
  shell.show(listed.content, listed.heading.textContent ?? id, focus);
  mapToTop(map);
  return true;
}

/** Height the open sheet covers at the bottom of the screen, in px (0 when closed). */
export const staticSheetHeight = (): number => shell?.coveredHeight() ?? 0;

/** Whether the reader has expanded the open sheet ("Read more"). */
export const staticSheetExpanded = (): boolean => !!shell && !shell.element.hidden && shell.state === 'full';

export function hideStaticSheet(): void {
  shell?.element.remove();
  shell = null;
  closed = null;
}
