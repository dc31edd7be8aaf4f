// The list and legend swatches (CSS) must show the same colours as the map (palette.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { KIND_COLOURS_DARK, KIND_STYLES } from '../map/palette.ts';

const css = readFileSync(join(import.meta.dirname, 'app.css'), 'utf8');

it.each(Object.entries(KIND_STYLES))('--kind-%s in app.css equals the map colour', (kind, style) => {
  const match = new RegExp(`--kind-${kind}:\\s*(#[0-9a-fA-F]{6});`).exec(css);
  expect(match?.[1].toLowerCase(), `--kind-${kind} missing from app.css`).toBe(style.colour.toLowerCase());
});

it('app.css writes no kind colour outside its custom property, nor do the engine’s and controls’ sheets', () => {
  const others = ['engine.css', 'controls.css'].map((f) =>
    readFileSync(join(import.meta.dirname, f), 'utf8'),
  );
  for (const { colour } of Object.values(KIND_STYLES)) {
    expect(css.split(colour).length - 1, colour).toBe(1);
    for (const other of others) expect(other.toLowerCase()).not.toContain(colour.toLowerCase());
  }
});

const dark = readFileSync(join(import.meta.dirname, 'dark.css'), 'utf8');

it.each(Object.entries(KIND_COLOURS_DARK))(
  '--kind-%s in dark.css equals the dark map colour',
  (kind, colour) => {
    const match = new RegExp(`--kind-${kind}:\\s*(#[0-9a-fA-F]{6});`).exec(dark);
    expect(match?.[1].toLowerCase(), `--kind-${kind} missing from dark.css`).toBe(colour.toLowerCase());
  },
);
