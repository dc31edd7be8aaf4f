// WCAG 2.2 AA contrast of what the canvas draws, measured on the real style (axe cannot see
// inside the canvas). Text needs 4.5:1 against the halo it is drawn on; the symbols a reader
// needs (points, the Durand Line, area outlines) need 3:1 against the land around them
// (success criterion 1.4.11). Semi-transparent paint is composited over the land first, as
// the GPU does.
import { describe, expect, it } from 'vitest';
import { interpolate, formatHex, wcagContrast } from 'culori';
import type { LayerSpecification } from 'maplibre-gl';
import { buildAtlas } from '../data/atlas.ts';
import { buildStyle } from './style.ts';
import { PALETTES, type Theme } from './palette.ts';

const atlas = buildAtlas();
// Both palettes, measured the same way: light, and dark mode's.
describe.each(['light', 'dark'] as Theme[])('%s palette', (theme) => {
  const palette = PALETTES[theme];
  const { base: BASE, kinds: KIND_STYLES } = palette;
  const style = buildStyle(atlas, palette);
  const layer = (id: string) => {
    const l = style.layers.find((x) => x.id === id);
    if (!l) throw new Error(`no layer ${id}`);
    return l as LayerSpecification & { paint: Record<string, unknown> };
  };
  /** `colour` painted at `opacity` over `under`, as an opaque colour. */
  const over = (under: string, colour: string, opacity: number) =>
    formatHex(interpolate([under, colour], 'rgb')(opacity));
  const provinceTint = (land: string) => over(land, KIND_STYLES.province.colour, 0.2);

  // Every ground a mission symbol can sit on: plain land, the two focus countries, and the
  // province tint that Nangarhar and Kunar carry.
  const GROUNDS: Record<string, string> = {
    land: BASE.land,
    'Afghanistan/Pakistan land': BASE.focusLand,
    'inside a province': provinceTint(BASE.focusLand),
  };

  /** Text colours of every symbol layer, with the halo each is drawn on. */
  function textColours(): { layer: string; colour: string; halo: string }[] {
    const out: { layer: string; colour: string; halo: string }[] = [];
    for (const l of style.layers) {
      if (l.type !== 'symbol' || !l.paint || !('text-color' in l.paint)) continue;
      const paint = l.paint as Record<string, unknown>;
      const c = paint['text-color'];
      const halo = String(paint['text-halo-color']);
      // A data-driven colour is a ["match", …, kind, colour, …, fallback] expression.
      const colours =
        typeof c === 'string'
          ? [c]
          : (c as unknown[]).filter((x) => typeof x === 'string' && x.startsWith('#'));
      for (const colour of colours as string[]) out.push({ layer: l.id, colour, halo });
    }
    return out;
  }

  describe('map text contrast (WCAG 1.4.3, 4.5:1)', () => {
    const texts = textColours();

    it('finds the map’s text layers', () => {
      expect(texts.map((t) => t.layer)).toEqual(
        expect.arrayContaining([
          'city-labels',
          'province-labels',
          'durand-label',
          'area-labels',
          'place-points',
        ]),
      );
    });

    it.each(texts.map((t) => [t.layer, t.colour, t] as const))('%s text %s on its halo', (_id, _c, t) => {
      expect(wcagContrast(t.colour, t.halo)).toBeGreaterThanOrEqual(4.5);
    });

    // Halos are 1.2 to 2 px: the text must also hold its own on the grounds it sits on, its
    // own area's tint included (an area's name is drawn inside the area).
    it.each(texts.map((t) => [t.layer, t.colour, t] as const))(
      '%s text %s stays ≥ 4.5:1 on the land even where its halo thins',
      (_id, _c, t) => {
        const grounds = [...Object.values(GROUNDS), over(BASE.focusLand, t.colour, 0.2)];
        for (const ground of grounds) expect(wcagContrast(t.colour, ground)).toBeGreaterThanOrEqual(4.5);
      },
    );
  });

  describe('map symbol contrast (WCAG 1.4.11, 3:1)', () => {
    const points = Object.entries(KIND_STYLES).filter(([, s]) =>
      ['circle', 'square', 'diamond', 'triangle'].includes(s.symbol),
    );

    it.each(points)('%s points against every ground', (_kind, s) => {
      for (const ground of Object.values(GROUNDS))
        expect(wcagContrast(s.colour, ground)).toBeGreaterThanOrEqual(3);
    });

    it('the Durand Line against every ground and against its casing', () => {
      const colour = String(layer('durand-line').paint['line-color']);
      for (const ground of Object.values(GROUNDS))
        expect(wcagContrast(colour, ground)).toBeGreaterThanOrEqual(3);
      expect(String(layer('durand-casing').paint['line-color'])).toBe(palette.casing);
      expect(wcagContrast(colour, palette.casing)).toBeGreaterThanOrEqual(3);
    });

    it('point symbols against the casing drawn around them', () => {
      for (const s of Object.values(KIND_STYLES))
        if (['circle', 'square', 'diamond', 'triangle'].includes(s.symbol))
          expect(wcagContrast(s.colour, palette.casing), s.label).toBeGreaterThanOrEqual(3);
    });

    it('the 0.2 tint measured here is the one the style draws areas with', () => {
      const opacity = layer('place-area-fill').paint['fill-opacity'] as unknown[];
      expect(opacity.at(-1)).toBe(0.2);
    });

    it('province outlines (drawn at their opacity) against the land outside and the tint inside', () => {
      const opacity = Number(layer('place-area-outline').paint['line-opacity']);
      const outside = over(BASE.focusLand, KIND_STYLES.province.colour, opacity);
      expect(wcagContrast(outside, BASE.focusLand)).toBeGreaterThanOrEqual(3);
      expect(wcagContrast(outside, GROUNDS['inside a province'])).toBeGreaterThanOrEqual(3);
    });

    it('Bajaur’s dashed outline against the land', () => {
      expect(layer('place-area-outline-approx').paint['line-opacity']).toBeUndefined();
      expect(wcagContrast(KIND_STYLES.district.colour, BASE.focusLand)).toBeGreaterThanOrEqual(3);
    });

    it('the selection outline against every ground', () => {
      const colour = String(layer('selected-area').paint['line-color']);
      for (const ground of Object.values(GROUNDS))
        expect(wcagContrast(colour, ground)).toBeGreaterThanOrEqual(3);
    });
  });
});
