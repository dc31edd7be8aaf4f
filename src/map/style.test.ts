import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { buildStyle } from './style.ts';

const iconOffset = (style: ReturnType<typeof buildStyle>, id: string) => {
  const layer = style.layers.find((l) => l.id === id);
  return (layer?.layout as Record<string, unknown> | undefined)?.['icon-offset'];
};

describe('points are drawn at their own coordinates', () => {
  it('no icon offsets, even for places that share a town (overlapping points open a chooser)', () => {
    const style = buildStyle(buildAtlas());
    for (const layer of ['place-points', 'selected-point']) expect(iconOffset(style, layer)).toEqual([0, 0]);
  });
});

describe('Spin Ghar and the labels a reader needs at the default view', () => {
  it('draws Spin Ghar as a band (a polygon with a dashed edge), not a stretch of the line', () => {
    const atlas = buildAtlas();
    const spin = atlas.placeFeatures.features.find((f) => f.properties?.id === 'spin-ghar')!;
    expect(spin.geometry.type).toBe('Polygon');
    const style = buildStyle(atlas);
    expect(style.layers.find((l) => l.id === 'place-terrain')?.type).toBe('fill');
    expect(atlas.places.find((p) => p.id === 'spin-ghar')!.approximate).toBe(true);
  });

  it('labels Afghanistan and Pakistan from the basemap, and the argument’s provinces', () => {
    const atlas = buildAtlas();
    const names = atlas.basemap.features
      .filter((f) => f.properties?.layer === 'country-label')
      .map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Afghanistan', 'Pakistan', 'Iran', 'India']));

    expect(buildStyle(atlas).layers.some((l) => l.id === 'key-province-labels' && !('minzoom' in l))).toBe(
      true,
    );
  });
});
