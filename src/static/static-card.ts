// A place picked on the first frame before the engine has loaded opens at once in a card over the
// map, with the place's content prerendered into index.html's list (the same placeContent() the
// app renders). When the engine takes over, the card gives way to its reading pane.
import { el } from '../ui/dom.ts';

const CARD = 'first-frame-card';

export function showStaticCard(id: string): boolean {
  const article = document.querySelector(
    `#place-list li[data-place="${CSS.escape(id)}"] article.place-content`,
  );
  const wrap = document.querySelector('.map-wrap');
  if (!article || !wrap) return false;
  hideStaticCard();
  const content = article.cloneNode(true) as HTMLElement;
  const title = content.querySelector('.place-title');
  const heading = el('h2', { class: 'place-title', id: `${CARD}-title` }, title?.textContent ?? id);
  if (title) title.replaceWith(heading);
  else content.prepend(heading);
  const close = el('button', { type: 'button', class: `${CARD}-close`, 'aria-label': 'Close' }, '×');
  const card = el('section', { class: CARD, role: 'dialog', 'aria-labelledby': heading.id }, close, content);
  close.addEventListener('click', hideStaticCard);
  wrap.append(card);
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  return true;
}

export function hideStaticCard(): void {
  document.querySelector(`.${CARD}`)?.remove();
}
