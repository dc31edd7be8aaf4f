import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { DEFAULT_VIEW } from '../map/camera.ts';
import { colourRoles, LENS_COLOURS, PALETTES } from '../map/palette.ts';
import { frameData } from './frame-data.ts';
import { renderSvg } from './render-svg.ts';
import { svgString } from './svg-tree.ts';

const data = frameData(buildAtlas());
const viewport = { width: 1000, height: 700 };
const draw = (extra: Partial<Parameters<typeof renderSvg>[1]> = {}) =>
  svgString(renderSvg(data, { camera: DEFAULT_VIEW, viewport, ...extra }));
const drawnPlaces = (svg: string) => [...svg.matchAll(/data-place="([^"]+)"/g)].map((m) => m[1]);

describe('the first frame in dark mode (first-frame-dark.css)', () => {
  const css = readFileSync(new URL('./first-frame-dark.css', import.meta.url), 'utf8');
  const rules = new Map<string, string>();
  for (const m of css.matchAll(/\[(fill|stroke)='(#[0-9a-f]{6})'\]\s*\{\s*\1:\s*(#[0-9a-f]{6});/g))
    rules.set(`${m[1]} ${m[2]}`, m[3]);
  const light = colourRoles(PALETTES.light);
  const dark = colourRoles(PALETTES.dark);

  it.each(Object.keys(light))('maps the light %s to its dark colour, as fill and as stroke', (role) => {
    expect(rules.get(`fill ${light[role]}`)).toBe(dark[role]);
    expect(rules.get(`stroke ${light[role]}`)).toBe(dark[role]);
  });

  it('has a dark rule for every colour the renderer draws (the lens keeps its own colours)', () => {
    const svg = draw({ lens: 'kabul', selected: 'nangarhar' }) + draw({ lens: 'islamabad' });
    const lens = Object.values(LENS_COLOURS) as string[];
    const used = new Set([...svg.matchAll(/ (fill|stroke)="(#[0-9a-f]{6})"/g)].map((m) => `${m[1]} ${m[2]}`));
    expect(used.size).toBeGreaterThan(10);
    for (const u of used) if (!lens.includes(u.split(' ')[1])) expect(rules.has(u), u).toBe(true);
  });
});

describe('the first frame draws what the link asks for', () => {
  it('the claims lens shades each side differently from the default', () => {
    const both = draw();
    const kabul = draw({ lens: 'kabul' });
    const islamabad = draw({ lens: 'islamabad' });
    expect(kabul).toContain(`fill="${LENS_COLOURS.kabul}"`);
    expect(islamabad).toContain(`fill="${LENS_COLOURS.islamabad}"`);
    expect(both).not.toContain(LENS_COLOURS.kabul);
    expect(new Set([both, kabul, islamabad]).size).toBe(3);
  });

  it('the time filter leaves out the events outside the range, as the map does', () => {
    const all = drawnPlaces(draw());
    const from2023 = drawnPlaces(draw({ range: { from: '2023-01-01', to: null } }));
    expect(all).toContain('kabul-airport-2021'); // 2021
    expect(from2023).not.toContain('kabul-airport-2021');
    expect(from2023).toContain('bajaur-convention-2023'); // 2023
    expect(from2023.length).toBeLessThan(all.length);
  });
});

describe('the key provinces are named where every map at the default view shows them', () => {
  it('names Khyber Pakhtunkhwa and Balochistan inside a phone-sized crop of the built picture', () => {
    const big = { width: 1400, height: 1000 };
    const svg = svgString(renderSvg(data, { camera: DEFAULT_VIEW, viewport: big }));
    for (const name of ['Balochistan', 'Khyber']) {
      const m = svg.match(new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)"[^>]*>(?:<tspan[^>]*>)?${name}`));
      expect(m, name).not.toBeNull();
      const dx = Number(m![1]) - big.width / 2;
      const dy = Number(m![2]) - big.height / 2;
      // A 375 × 459 phone map sees the central crop: the name's anchor keeps half a name inside it.
      expect(Math.abs(dx), name).toBeLessThan(375 / 2 - 40);
      expect(Math.abs(dy), name).toBeLessThan(459 / 2 - 15);
    }
  });
});

describe('deep links', () => {
  it('draws at the deepest zoom where an area is cut to slivers (#map=12/34/70 threw)', () => {
    for (const [w, h] of [
      [700, 300],
      [480, 300],
      [1280, 686],
    ])
      for (const [lng, lat] of [
        [70, 34],
        [70.5, 34.1],
        [71.5, 34.6],
        [66.9, 30.9],
      ])
        expect(() =>
          renderSvg(data, { camera: { zoom: 12, center: [lng, lat] }, viewport: { width: w, height: h } }),
        ).not.toThrow();
  });
});

describe('the first frame paints without waiting for multisampling', () => {
  it('starts with a full-size sea rectangle drawn with crisp edges (Chrome skips MSAA for the picture)', () => {
    const first = /^<svg[^>]*>\s*<rect ([^>]*)\/?>/.exec(draw())?.[1] ?? '';
    expect(first).toContain('shape-rendering="crispEdges"');
    expect(first).toContain(`width="${viewport.width}"`);
    expect(first).toContain(`height="${viewport.height}"`);
  });
});

describe('the first frame places labels as MapLibre does', () => {
  const svg = draw();
  const texts = [...svg.matchAll(/<text [^>]*y="([\d.]+)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({
    y: Number(m[1]),
    text: m[2]
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
  it('sets the Spin Ghar range’s two-line name below Nangarhar’s (it collides there, as in MapLibre), and keeps Peshawar', () => {
    const spin = texts.find((t) => t.text.startsWith('Spin Ghar mountains'));
    const nangarhar = texts.find((t) => t.text === 'Nangarhar');
    expect(spin && nangarhar).toBeTruthy();
    // Centred it would sit 23 px under Nangarhar's; hanging below its anchor (MapLibre's "top"), 40.
    expect(spin!.y - nangarhar!.y).toBeGreaterThan(30);
    expect(texts.some((t) => t.text === 'Peshawar')).toBe(true);
  });
});

describe('the first frame draws in MapLibre’s order', () => {
  it('draws the towns’ and areas’ names under the point symbols, as the style’s layers do', () => {
    const svg = draw();
    const firstSymbol = svg.indexOf('data-place=');
    expect(firstSymbol).toBeGreaterThan(-1);
    for (const name of ['Kabul', 'Peshawar', 'Nangarhar']) {
      const at = svg.indexOf(`>${name}<`);
      expect(at, name).toBeGreaterThan(-1);
      expect(at, name).toBeLessThan(firstSymbol);
    }
  });
});
