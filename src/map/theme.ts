// Light or dark: ?theme=light|dark forces one; otherwise the reader's prefers-color-scheme. The
// page's CSS reads html[data-theme] (src/styles/dark.css); the map style reads the theme's
// palette (PALETTES[theme]). No palette here: this runs in every reader's first bytes.
import type { Theme } from './palette.ts';

export function resolveTheme(forced: Theme | null): Theme {
  if (forced) return forced;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const listeners: ((theme: Theme) => void)[] = [];

/**
 * Unless a link forces a theme, follows the reader's setting while the page is open (a phone
 * switching to dark at dusk): the page's colours at once, the map through onThemeChange.
 */
export function followTheme(forced: Theme | null): void {
  if (forced) return;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    const theme = applyTheme(null);
    for (const listener of listeners) listener(theme);
  });
}

/** The theme the page shows now (set by applyTheme). */
export function pageTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function onThemeChange(listener: (theme: Theme) => void): void {
  listeners.push(listener);
}

/** Marks the page with its theme and returns it. */
export function applyTheme(forced: Theme | null): Theme {
  const theme = resolveTheme(forced);
  document.documentElement.dataset.theme = theme;
  return theme;
}
