// What a click on the first frame opens before the engine has loaded, over the map: a place's card,
// with its content prerendered into index.html's list (the same placeContent() the app renders),
// or, when symbols overlap under the click, a chooser listing exactly those places (the engine's
// pick rule; src/map/pick.ts). When the engine takes over, its reading pane replaces the card.
import { el } from '../ui/dom.ts';

const CARD = 'first-frame-card';

/** Where on the page the reader clicked: the card keeps clear of it, so it does not hide the place. */
export type ClickPoint = { x: number; y: number };

/**
 * The card's frame: a dialog over the map with a close button, in the corner away from the click
 * (the right when the click is on the left half; the foot when a full-width card would cover it).
 * `null` without the list's page.
 */
function openCard(
  heading: HTMLElement,
  body: HTMLElement,
  onClose: () => void,
  at?: ClickPoint,
): HTMLElement | null {
  const wrap = document.querySelector<HTMLElement>('.map-wrap');
  if (!wrap) return null;
  hideStaticCard();
  const close = el('button', { type: 'button', class: `${CARD}-close`, 'aria-label': 'Close' }, '×');
  heading.id = `${CARD}-title`;
  const card = el('section', { class: CARD, role: 'dialog', 'aria-labelledby': heading.id }, close, body);
  const dismiss = () => {
    hideStaticCard();
    onClose();
  };
  close.addEventListener('click', dismiss);
  card.addEventListener('keydown', (e) => (e.key === 'Escape' ? dismiss() : undefined));
  wrap.append(card);
  if (at) {
    const box = wrap.getBoundingClientRect();
    const side = card.getBoundingClientRect().width < box.width / 2;
    if (side) card.classList.toggle('at-right', at.x - box.left < box.width / 2);
    else card.classList.toggle('at-foot', at.y - box.top < box.height / 2);
  }
  return card;
}

const listedPlace = (id: string) => document.querySelector(`#place-list li[data-place="${CSS.escape(id)}"]`);

/** A place's content from the page's prerendered list, its name as the dialog's h2; null if not listed. */
export function listedContent(id: string): { content: HTMLElement; heading: HTMLElement } | null {
  const article = listedPlace(id)?.querySelector('article.place-content');
  if (!article) return null;
  const content = article.cloneNode(true) as HTMLElement;
  const title = content.querySelector('.place-title');
  const heading = el('h2', { class: 'place-title' }, title?.textContent ?? id);
  if (title) title.replaceWith(heading);
  else content.prepend(heading);
  return { content, heading };
}

export function showStaticCard(id: string, onClose: () => void, at?: ClickPoint): boolean {
  const listed = listedContent(id);
  if (!listed || !openCard(listed.heading, listed.content, onClose, at)) return false;
  listed.heading.setAttribute('tabindex', '-1');
  listed.heading.focus({ preventScroll: true });
  return true;
}

/**
 * Places whose symbols overlap under one click: the reader chooses, as on the engine's map. Each
 * entry is labelled like the list's button for that place (name, kind and date).
 */
export function showStaticChooser(
  ids: string[],
  onPick: (id: string, at?: ClickPoint) => void,
  at?: ClickPoint,
): boolean {
  const list = el('ul', { class: `${CARD}-choices` });
  for (const id of ids) {
    const label = listedPlace(id)?.querySelector('.place-button');
    if (!label) return false;
    const button = el('button', { type: 'button', class: 'place-button', 'data-place': id });
    button.append(...[...label.childNodes].map((n) => n.cloneNode(true)));
    button.addEventListener('click', () => onPick(id, at));
    list.append(el('li', {}, button));
  }
  const heading = el('h2', { class: 'place-title' }, `${ids.length} places here`);
  const card = openCard(heading, el('div', {}, heading, list), () => undefined, at);
  if (!card) return false;
  card.classList.add(`${CARD}-chooser`);
  // A click anywhere else (the map, engine or not) closes it, as it closes the engine's chooser.
  const outside = (e: PointerEvent) => {
    if (card.isConnected && card.contains(e.target as Node)) return;
    document.removeEventListener('pointerdown', outside, true);
    card.remove();
  };
  document.addEventListener('pointerdown', outside, true);
  list.querySelector('button')?.focus({ preventScroll: true });
  return true;
}

export function hideStaticCard(): void {
  document.querySelector(`.${CARD}`)?.remove();
}

/** Whether the card over the map is a chooser (it stays when the engine takes over). */
export const staticChooserOpen = (): boolean => !!document.querySelector(`.${CARD}-chooser`);
