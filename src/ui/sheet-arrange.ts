// A place's content as the phone's sheet shows it, whether built by the engine (bottom-sheet.ts)
// or cloned from the page's prerendered list by the first frame (src/static/static-sheet.ts).
import type { Side } from '../data/schema.ts';
import { el } from './dom.ts';
import { SIDE_NAME } from './quote-view.ts';

/**
 * A side's quotes after its first fold behind "N more from Kabul": expanded, the sheet then shows
 * the first quote of every side on one screen, and the reader opens the rest side by side.
 */
function foldFurtherQuotes(side: HTMLElement): void {
  const [, ...rest] = side.querySelectorAll(':scope > blockquote');
  if (!rest.length) return;
  const name = SIDE_NAME[side.dataset.side as Side];
  const who = side.dataset.side === 'analysis' ? name.replace(/^The/, 'the') : name;
  const more = el(
    'details',
    { class: 'side-more' },
    el('summary', {}, `${rest.length} more ${rest.length === 1 ? 'quote' : 'quotes'} from ${who}`),
  );
  more.append(...rest);
  side.append(more);
}

/** Each side's words straight after the name and kind (the first quotes fit the peek), the rest folded. */
export function arrangeForSheet(content: HTMLElement): void {
  const kind = content.querySelector('.place-kind');
  const sides = content.querySelector('.sides');
  if (kind && sides) kind.after(sides);
  for (const side of content.querySelectorAll<HTMLElement>('.sides > .side')) foldFurtherQuotes(side);
}
