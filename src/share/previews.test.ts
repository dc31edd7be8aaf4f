import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { previewSvg } from './previews.ts';

const atlas = buildAtlas();

describe('the share preview image', () => {
  it.each(['nangarhar', 'peshawar-mosque-2022'])('names each country once, and the place (%s)', (id) => {
    const place = atlas.places.find((p) => p.id === id)!;
    const svg = previewSvg(atlas, place);
    for (const country of ['AFGHANISTAN', 'PAKISTAN'])
      expect(svg.split(`>${country}<`).length - 1, country).toBe(1);
    expect(svg).toContain(place.name.split(' ')[0]);
  });
});
