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

describe('the share preview’s names', () => {
  // A feed shows the card small: Bagram's prison square sits on "Kabul" there, so the preview
  // draws names over the symbols (the first frame keeps MapLibre's order: names under them).
  const svg = previewSvg(
    atlas,
    atlas.places.find((p) => p.id === 'pul-e-charkhi-prison')!,
  );
  const lastSymbol = svg.lastIndexOf('data-place=');
  it.each(['Kabul', 'Kunar', 'Bajaur'])('draws %s over every point symbol', (name) => {
    const at = svg.indexOf(`>${name}<`);
    expect(at, name).toBeGreaterThan(-1);
    expect(at).toBeGreaterThan(lastSymbol);
  });
});
