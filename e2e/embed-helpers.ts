import type { Frame } from '@playwright/test';

/** Height of an embed's caption and credit strips (src/embed/chrome.ts), part of its height messages. */
export const chromeHeight = (frame: Frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.embed-chrome')].reduce((h, n) => h + n.offsetHeight, 0),
  );
