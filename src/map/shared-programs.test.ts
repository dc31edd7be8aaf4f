import { describe, expect, it } from 'vitest';
import {
  Color,
  createPropertyExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { buildAtlas } from '../data/atlas.ts';
import { PALETTES } from './palette.ts';
import { bindLayerPerFeature, PER_FEATURE_PAINT } from './shared-programs.ts';
import { buildStyle, engineStyle } from './style.ts';

type Spec = Record<string, Record<string, StylePropertySpecification>>;

/** MapLibre's reading of one paint value: feature-dependent or not, and its value for a feature. */
function read(layer: LayerSpecification, key: string) {
  const value = (layer as { paint?: Record<string, unknown> }).paint?.[key];
  const spec = (latest as unknown as Spec)[`paint_${layer.type}`][key];
  const parsed = createPropertyExpression(value ?? spec.default, key, spec);
  if (parsed.result !== 'success') throw new Error(`${layer.id} ${key}: ${parsed.value[0].message}`);
  const feature = { type: 1 as const, id: 7, properties: {}, geometry: [] };
  const out = parsed.value.evaluate({ zoom: 6 }, feature as never);
  return {
    perFeature: parsed.value.kind === 'source' || parsed.value.kind === 'composite',
    value: out instanceof Color ? out.toString() : out,
  };
}

describe('layers of a type share one shader program', () => {
  const atlas = buildAtlas();
  for (const palette of Object.values(PALETTES)) {
    const plain = buildStyle(atlas, palette);
    const engine = engineStyle(atlas, palette);

    it(`binds every colour and opacity that decides a program per feature (${palette === PALETTES.light ? 'light' : 'dark'})`, () => {
      const checked = engine.layers.filter((l) => PER_FEATURE_PAINT[l.type]);
      expect(checked.length).toBeGreaterThan(15);
      for (const layer of checked)
        for (const key of Object.keys(PER_FEATURE_PAINT[layer.type]!))
          expect(read(layer, key).perFeature, `${layer.id} ${key}`).toBe(true);
    });

    it('draws every layer in the colours and opacities of the style as written', () => {
      for (const [i, layer] of plain.layers.entries())
        for (const key of Object.keys(PER_FEATURE_PAINT[layer.type] ?? {}))
          expect(read(engine.layers[i], key).value, `${layer.id} ${key}`).toEqual(read(layer, key).value);
    });

    it('is a valid style', () => {
      expect(validateStyleMin(engine as never)).toEqual([]);
    });
  }

  it('leaves per-feature values and other layer types as they are', () => {
    const match = ['match', ['get', 'kind'], 'a', '#112233', '#445566'];
    const fill = bindLayerPerFeature({
      id: 'f',
      type: 'fill',
      source: 's',
      paint: { 'fill-color': match as never, 'fill-opacity': 0.3 },
    });
    expect(fill.paint?.['fill-color']).toBe(match);
    expect(read(fill, 'fill-opacity')).toEqual({ perFeature: true, value: 0.3 });
    const bg: LayerSpecification = { id: 'b', type: 'background', paint: { 'background-color': '#fff' } };
    expect(bindLayerPerFeature(bg)).toBe(bg);
  });
});
