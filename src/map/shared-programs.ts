// One shader program per layer type instead of one per combination of constant and per-feature
// paint values. MapLibre compiles a program variant for each such combination (a constant colour
// is a uniform, a per-feature one a vertex attribute): this style needed 19, each compiled while
// the page waits (on a phone's GPU driver, and in software WebGL even longer). Writing every
// constant colour and opacity as a per-feature value leaves 11, with the map drawn the same.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/** The paint properties whose binding (uniform or attribute) differs between this style's layers, with MapLibre's defaults. */
export const PER_FEATURE_PAINT: Partial<Record<LayerSpecification['type'], Record<string, unknown>>> = {
  fill: { 'fill-color': '#000000', 'fill-opacity': 1 },
  line: { 'line-color': '#000000', 'line-opacity': 1 },
  symbol: { 'text-color': '#000000', 'icon-opacity': 1 },
};

/**
 * `value` for every feature, in a form MapLibre evaluates per feature: the feature's id is bound
 * and unused, which is enough to make the expression feature-dependent.
 */
export function sameForEveryFeature(value: unknown): ExpressionSpecification {
  return ['let', 'feature', ['id'], ['literal', value]] as unknown as ExpressionSpecification;
}

const isConstant = (value: unknown) => value === undefined || typeof value !== 'object' || value === null;

/** The layer with each constant (or unset) colour and opacity of `PER_FEATURE_PAINT` bound per feature; the rest unchanged. */
export function bindLayerPerFeature<L extends LayerSpecification>(layer: L): L {
  const defaults = PER_FEATURE_PAINT[layer.type];
  if (!defaults) return layer;
  const paint: Record<string, unknown> = { ...('paint' in layer ? layer.paint : {}) };
  for (const [key, fallback] of Object.entries(defaults))
    if (isConstant(paint[key])) paint[key] = sameForEveryFeature(paint[key] ?? fallback);
  return { ...layer, paint };
}

/** `bindLayerPerFeature` on every layer of the style. */
export function bindPerFeature(style: StyleSpecification): StyleSpecification {
  return { ...style, layers: style.layers.map(bindLayerPerFeature) };
}
