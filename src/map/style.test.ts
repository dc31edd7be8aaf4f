import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { buildStyle } from './style.ts';

const iconOffset = (style: ReturnType<typeof buildStyle>, id: string) => {
  const layer = style.layers.find((l) => l.id === id);
  return (layer?.layout as Record<string, unknown> | undefined)?.['icon-offset'];
};

describe('point icon offsets (places that share a town are drawn apart)', () => {
  it('follow each place’s displayOffsetPx, for the symbol and its selected twin', () => {
    const style = buildStyle(buildAtlas());
    for (const layer of ['place-points', 'selected-point']) {
      const expr = iconOffset(style, layer) as unknown[];
      expect(expr.slice(0, 2)).toEqual(['match', ['get', 'id']]);
      const at = expr.indexOf('khalil-haqqani-killing');
      expect(expr[at + 1]).toEqual(['literal', [12, -12]]);
      expect(expr.at(-1)).toEqual(['literal', [0, 0]]);
    }
  });

  it('are a constant when no place asks for one', () => {
    const atlas = buildAtlas();
    for (const f of atlas.placeFeatures.features) f.properties!.offset = [0, 0];
    expect(iconOffset(buildStyle(atlas), 'place-points')).toEqual([0, 0]);
  });
});
