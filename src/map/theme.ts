// Light or dark: ?theme=light|dark forces one; otherwise the reader's prefers-color-scheme. The
// page's CSS reads html[data-theme] (src/styles/dark.css); the map style reads the palette.
import { PALETTES, type Palette, type Theme } from './palette.ts';

export function resolveTheme(forced: Theme | null): Theme {
  if (forced) return forced;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const listeners: ((palette: Palette) => void)[] = [];

/**
 * Unless a link forces a theme, follows the reader's setting while the page is open (a phone
 * switching to dark at dusk): the page's colours at once, the map through onThemeChange.
 */
export function followTheme(forced: Theme | null): void {
  if (forced) return;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    const palette = applyTheme(null);
    for (const listener of listeners) listener(palette);
  });
}

/** The palette of the theme the page shows now (set by applyTheme). */
export function pagePalette(): Palette {
  return PALETTES[document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'];
}

export function onThemeChange(listener: (palette: Palette) => void): void {
  listeners.push(listener);
}

/** Marks the page with its theme and returns the map palette that goes with it. */
export function applyTheme(forced: Theme | null): Palette {
  const theme = resolveTheme(forced);
  document.documentElement.dataset.theme = theme;
  return PALETTES[theme];
}
