// The picking table (issue #12): for every mapped place, at the default view on a desktop and on a
// touch phone, and at a zoom where the place is drawn large, a click or tap on its own symbol, on a
// point inside its area clear of other places, or on its line clear of other places opens that
// place (directly, or through a chooser that lists exactly the overlapping points). Targets come
// from projecting the place's own coordinates through the camera of the URL, never from the list.
// After each click, the spot clicked is still on the map and nothing covers it.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap, settled } from './fixtures.ts';

interface Target {
  id: string;
  x: number;
  y: number;
  lngLat: [number, number];
  via: 'point' | 'line' | 'area';
  clearance: number;
}
interface Cell {
  place: string;
  view: string;
  via: string;
  clearance: number;
  opened: string | null;
  chooser: string[] | null;
  covered: string | null;
}

/**
 * In the page: each place's target on screen. Points: the projected coordinates. Lines and
 * areas: of many sample spots (along the line, or a grid inside the area but outside any smaller
 * area), the visible, uncovered one farthest from every other place's geometry.
 */
async function targets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    type XY = [number, number];
    const { map, atlas } = (
      window as unknown as {
        __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
      }
    ).__map;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    const proj = (c: number[]): XY => {
      const p = map.project(c as [number, number]);
      return [p.x, p.y];
    };
    const seg = (p: XY, a: XY, b: XY) => {
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const l2 = dx * dx + dy * dy;
      const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
      return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    };
    const pathDist = (p: XY, paths: XY[][]) => {
      let d = Infinity;
      for (const path of paths)
        for (let i = 1; i < path.length; i++) d = Math.min(d, seg(p, path[i - 1], path[i]));
      return d;
    };
    const inside = (p: XY, rings: XY[][]) => {
      let c = false;
      for (const r of rings)
        for (let i = 0, j = r.length - 1; i < r.length; j = i++)
          if (
            r[i][1] > p[1] !== r[j][1] > p[1] &&
            p[0] < ((r[j][0] - r[i][0]) * (p[1] - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]
          )
            c = !c;
      return c;
    };
    const shoelace = (ring: XY[]) =>
      Math.abs(
        ring.reduce(
          (s, p, i) => s + p[0] * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * p[1],
          0,
        ),
      ) / 2;
    const visible = (p: XY) =>
      p[0] > 6 &&
      p[1] > 6 &&
      p[0] < box.width - 6 &&
      p[1] < box.height - 6 &&
      document.elementFromPoint(box.left + p[0], box.top + p[1]) === canvas;

    const shapes = atlas.placeFeatures.features
      .filter((f) => f.geometry)
      .map((f) => {
        const g = f.geometry as GeoJSON.Geometry;
        const id = String(f.properties!.id);
        if (g.type === 'Point') return { id, type: 'point' as const, xy: proj(g.coordinates) };
        if (g.type === 'LineString' || g.type === 'MultiLineString') {
          const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
          return { id, type: 'line' as const, paths: lines.map((l) => l.map(proj)) };
        }
        const polys = g.type === 'Polygon' ? [g.coordinates] : (g as GeoJSON.MultiPolygon).coordinates;
        const rings = polys.map((poly) => poly.map((r) => r.map(proj)));
        const size = rings.reduce(
          (s, poly) => s + shoelace(poly[0]) - poly.slice(1).reduce((h, r) => h + shoelace(r), 0),
          0,
        );
        return { id, type: 'area' as const, rings, size };
      });
    const clearanceFrom = (p: XY, self: string, boundaryOf: XY[][] | null) => {
      let d = boundaryOf ? pathDist(p, boundaryOf) : Infinity;
      for (const s of shapes) {
        if (s.id === self) continue;
        if (s.type === 'point') d = Math.min(d, Math.hypot(p[0] - s.xy[0], p[1] - s.xy[1]));
        else if (s.type === 'line') d = Math.min(d, pathDist(p, s.paths));
      }
      return d;
    };
    // (Types are erased before the function reaches the page: the file's Target serves here too.)
    const out: Target[] = [];
    for (const s of shapes) {
      let best: XY | null = null;
      let bestScore = -1;
      const consider = (p: XY, boundary: XY[][] | null) => {
        if (!visible(p)) return;
        const score = clearanceFrom(p, s.id, boundary);
        if (score > bestScore) [best, bestScore] = [p, score];
      };
      if (s.type === 'point') consider(s.xy, null);
      else if (s.type === 'line') {
        for (const path of s.paths)
          for (let i = 1; i < path.length; i++) {
            const [a, b] = [path[i - 1], path[i]];
            const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 6));
            for (let k = 0; k < n; k++)
              consider([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n], null);
          }
      } else {
        const all = s.rings.flat();
        const xs = all.flat().map((p) => p[0]);
        const ys = all.flat().map((p) => p[1]);
        const [x0, x1] = [Math.max(6, Math.min(...xs)), Math.min(box.width - 6, Math.max(...xs))];
        const [y0, y1] = [Math.max(6, Math.min(...ys)), Math.min(box.height - 6, Math.max(...ys))];
        const step = Math.max(4, Math.sqrt(((x1 - x0) * (y1 - y0)) / 900));
        const smaller = shapes.filter((o) => o.type === 'area' && o.id !== s.id && o.size < s.size) as {
          rings: XY[][][];
        }[];
        for (let x = x0; x <= x1; x += step)
          for (let y = y0; y <= y1; y += step) {
            const p: XY = [x, y];
            if (!s.rings.some((poly) => inside(p, poly))) continue;
            if (smaller.some((o) => o.rings.some((poly) => inside(p, poly)))) continue;
            let boundary = all;
            for (const o of smaller) boundary = boundary.concat(o.rings.flat());
            consider(p, boundary);
          }
      }
      if (!best) continue;
      const b = best as XY;
      const ll = map.unproject(b);
      out.push({
        id: s.id,
        x: box.left + b[0],
        y: box.top + b[1],
        lngLat: [ll.lng, ll.lat],
        via: s.type,
        clearance: Math.round(bestScore === Infinity ? 999 : bestScore),
      });
    }
    return out;
  });
}

async function closeAll(page: Page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const w = window as unknown as { __map: { selection: { select: (id: null, how: object) => void } } };
    w.__map.selection.select(null, { source: 'list' });
  });
  // Nothing left open over the map: the next target is read and clicked on the bare map.
  await expect(page.locator('.bottom-sheet:not([hidden]), .maplibregl-popup, .place-chooser')).toHaveCount(0);
}

async function clickAndRead(page: Page, t: Target, touch: boolean, view: string): Promise<Cell> {
  if (touch) await page.touchscreen.tap(t.x, t.y);
  else await page.mouse.click(t.x, t.y);
  await page.waitForTimeout(250);
  await settled(page);
  let chooser: string[] | null = null;
  const list = page.locator('.place-chooser [data-place]');
  if (await list.count()) {
    chooser = await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!));
    const entry = page.locator(`.place-chooser [data-place="${t.id}"]`);
    if (await entry.count()) {
      if (touch) await entry.tap();
      else await entry.click();
      await page.waitForTimeout(250);
      await settled(page);
    }
  }
  const opened = await page.evaluate(
    () =>
      (window as unknown as { __map: { selection: { selected: { id: string } | null } } }).__map.selection
        .selected?.id ?? null,
  );
  // The spot clicked, where it is now: still on the map, and the map is what is there.
  const covered = await page.evaluate((lngLat) => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    const p = map.project(lngLat);
    const box = map.getCanvas().getBoundingClientRect();
    if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height)
      return `off the map (${Math.round(p.x)}, ${Math.round(p.y)})`;
    const el = document.elementFromPoint(box.left + p.x, box.top + p.y);
    if (el === map.getCanvas()) return null;
    return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : 'nothing';
  }, t.lngLat);
  return { place: t.id, view, via: t.via, clearance: t.clearance, opened, chooser, covered };
}

const OUT = process.env.PICKING_TABLE_OUT;
function record(name: string, cells: Cell[]) {
  const ok = cells.filter((c) => c.opened === c.place).length;
  const lines = cells.map(
    (c) =>
      `${c.view.padEnd(8)} ${c.place.padEnd(26)} ${c.via.padEnd(5)} clr ${String(c.clearance).padStart(3)}  → ${
        c.opened === c.place ? 'OK' : `WRONG: ${c.opened ?? 'nothing'}`
      }${c.chooser ? ` (chooser: ${c.chooser.join(', ')})` : ''}${c.covered ? `  COVERED: ${c.covered}` : ''}`,
  );
  const text = `${name}: ${ok}/${cells.length} open their own place\n${lines.join('\n')}\n`;
  console.log(text);
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/${name}.txt`, text);
  }
}

function expectTable(cells: Cell[], ids: string[]) {
  for (const c of cells) {
    expect.soft(c.opened, `${c.view}: ${c.place} (${c.via})`).toBe(c.place);
    expect.soft(c.covered, `${c.view}: ${c.place} spot covered`).toBeNull();
    if (c.chooser)
      expect.soft(c.chooser.length, `${c.place}: chooser lists overlapping places`).toBeGreaterThan(1);
  }
  expect(cells.map((c) => c.place).sort()).toEqual([...ids].sort());
}

async function defaultViewTable(page: Page, view: string, touch: boolean) {
  // Each opened place's camera move is a jump, not a flight: the table reads where things end up.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  // The default view: the camera the page opened with, and the page scrolled to the top (on a
  // phone, the sheet scrolls the map to the top of the screen when it opens).
  const opening = await page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    return { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
  });
  const ts = await targets(page);
  const cells: Cell[] = [];
  // A place with no visible, uncovered spot at all (e.g. under a button) is a failed cell too.
  for (const id of await mappedIds(page))
    if (!ts.some((t) => t.id === id))
      cells.push({
        place: id,
        view,
        via: '-',
        clearance: 0,
        opened: null,
        chooser: null,
        covered: 'no visible spot',
      });
  for (const t of ts) {
    await closeAll(page);
    await page.evaluate((camera) => {
      const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
      map.jumpTo(camera);
      window.scrollTo(0, 0);
    }, opening);
    await settled(page);
    cells.push(await clickAndRead(page, t, touch, view));
  }
  return cells;
}

async function mappedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      window as unknown as { __map: { atlas: import('../src/data/atlas-types.ts').Atlas } }
    ).__map.atlas.placeFeatures.features.map((f) => String(f.properties!.id)),
  );
}

test('picking table: desktop 1280×800 at the default view, and zoomed in on each place', async ({ page }) => {
  test.setTimeout(420_000);
  const cells = await defaultViewTable(page, 'desktop', false);
  const ids = await mappedIds(page);
  // Zoomed: the camera of a link centred on the place, at a zoom where it is drawn large.
  const zoomed: Cell[] = [];
  const cameras = await page.evaluate(() => {
    const { atlas } = (window as unknown as { __map: { atlas: import('../src/data/atlas-types.ts').Atlas } })
      .__map;
    return atlas.places
      .filter((p) => p.geometryType)
      .map((p) => {
        const [w, s, e, n] = p.bbox;
        const span = Math.max(e - w, (n - s) * 1.25);
        const zoom =
          p.geometryType === 'Point'
            ? 9
            : Math.min(9, Math.max(5.5, Math.log2((360 * 700) / 512 / span) - 0.3));
        return {
          id: p.id,
          hash: `#map=${zoom.toFixed(2)}/${p.anchor[1].toFixed(4)}/${p.anchor[0].toFixed(4)}`,
        };
      });
  });
  for (const c of cameras) {
    await closeAll(page);
    // The camera of a link: the page applies a changed hash as it would a followed link.
    await page.evaluate((hash) => (location.hash = hash), c.hash);
    await page.waitForTimeout(100);
    await settled(page);
    const t = (await targets(page)).find((x) => x.id === c.id);
    if (!t) {
      zoomed.push({
        place: c.id,
        view: 'zoomed',
        via: '-',
        clearance: 0,
        opened: null,
        chooser: null,
        covered: 'no target',
      });
      continue;
    }
    zoomed.push(await clickAndRead(page, t, false, `zoom ${c.hash.slice(5, 9)}`));
  }
  record('desktop', [...cells, ...zoomed]);
  expectTable(cells, ids);
  expectTable(zoomed, ids);
});

test('picking table: 375×740 touch phone at the default view @phone', async ({ page }) => {
  test.setTimeout(180_000);
  const cells = await defaultViewTable(page, 'phone', true);
  record('phone', cells);
  expectTable(cells, await mappedIds(page));
});

test('a click on a cluster whose chooser is open keeps it open; a click elsewhere or Escape closes it', async ({
  page,
}) => {
  await openMap(page, './#map=8/34.53/69.17');
  await settled(page);
  const at = await page.evaluate(() => {
    const { map, atlas } = (
      window as unknown as {
        __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
      }
    ).__map;
    const p = atlas.places.find((x) => x.id === 'kabul-suicide-bombings')!;
    const pt = map.project(p.anchor as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + pt.x, y: box.top + pt.y, left: box.left + 40, bottom: box.bottom - 60 };
  });
  const chooser = page.locator('.place-chooser');
  await page.mouse.click(at.x, at.y);
  await expect(chooser).toBeVisible();
  // Just below the symbols (the chooser stands above them): the click reaches the map.
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [at.x, at.y + 10])).toBe(
    'CANVAS',
  );
  await page.mouse.click(at.x, at.y + 10);
  await page.waitForTimeout(300);
  await expect(chooser).toBeVisible();
  await page.mouse.click(at.left, at.bottom);
  await expect(chooser).toHaveCount(0);
  // A keyboard reader closes it with Escape, like any dialog, and is back on the map.
  await page.mouse.click(at.x, at.y);
  await expect(chooser.locator('button').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chooser).toHaveCount(0);
  await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
});
