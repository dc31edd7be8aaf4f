// A short, dismissible notice over the map (role=status, so it is announced). Text only.
import { el } from './dom.ts';

let timer: number | undefined;

/** `link`: an optional way out (e.g. "Did you mean Nangarhar?"), followed in the same page. */
export function showNotice(text: string, ms = 12_000, link?: { text: string; href: string }): void {
  const notice = document.getElementById('notice');
  if (!notice) return;
  const close = el('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss notice' }, '×');
  close.addEventListener('click', () => hideNotice());
  const action = link ? el('a', { class: 'notice-link', href: link.href }, link.text) : null;
  action?.addEventListener('click', () => hideNotice());
  notice.replaceChildren(el('span', { class: 'notice-text' }, text, action ? ' ' : null, action), close);
  notice.hidden = false;
  window.clearTimeout(timer);
  if (ms > 0) timer = window.setTimeout(hideNotice, ms);
}

export function hideNotice(): void {
  const notice = document.getElementById('notice');
  if (notice) notice.hidden = true;
}
