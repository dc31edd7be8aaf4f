// The static first frame (src/static/): drawn before the map engine, in the engine's own camera.
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures.ts';

type XY = { id: string; x: number; y: number };

/** Holds the engine's chunk (never answered while `held`), so the first frame is all there is. */
async function holdEngine(page: Page): Promise<() => Promise<void>> {
  const waiting: Route[] = [];
  let held = true;
  await page.route(/\/assets\/main-[\w-]+\.js$/, (route) => (held ? waiting.push(route) : route.continue()));
  return async () => {
    held = false;
    await Promise.all(waiting.map((r) => r.continue()));
  };
}

/** Where the first frame draws each point place's symbol, in page pixels. */
const firstFramePoints = (page: Page) =>
  page.$$eval('#map > .first-frame [data-xy]', (els) =>
    els.map((e) => {
      const svg = (e as SVGElement).ownerSVGElement!.getBoundingClientRect();
      const [x, y] = e.getAttribute('data-xy')!.split(' ').map(Number);
      return { id: e.getAttribute('data-place')!, x: svg.left + x, y: svg.top + y };
    }),
  );

/** Where MapLibre draws the same symbols (anchor projected, plus the icon offset). */
const enginePoints = (page: Page, ids: string[]) =>
  page.evaluate((ids) => {
    type Atlas = import('../src/data/atlas-types.ts').Atlas;
    const { map, atlas } = (window as unknown as { __map: { map: import('maplibre-gl').Map; atlas: Atlas } })
      .__map;
    const box = map.getContainer().getBoundingClientRect();
    return ids.map((id) => {
      const place = atlas.places.find((p) => p.id === id)!;
      const f = atlas.placeFeatures.features.find((q) => q.properties?.id === id);
      const offset = (f?.properties?.offset as [number, number] | undefined) ?? [0, 0];
      const pt = map.project(place.anchor as [number, number]);
      return { id, x: box.left + pt.x + offset[0], y: box.top + pt.y + offset[1] };
    });
  }, ids);

type Name = { text: string; x: number; y: number; width: number; height: number };

/** The first frame's names wholly inside the map, as boxes in the map's own pixels. */
const firstFrameNames = (page: Page) =>
  page.$$eval('#map > .first-frame text', (els) => {
    const map = document.getElementById('map')!.getBoundingClientRect();
    return els
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent!, x: r.x - map.x, y: r.y - map.y, width: r.width, height: r.height };
      })
      .filter((n) => n.x >= 0 && n.y >= 0 && n.x + n.width <= map.width && n.y + n.height <= map.height);
  });

/**
 * Where each first-frame name is in MapLibre's picture: the shift (in CSS px, up to 4) that best
 * lays the name's pixels in the first picture over the second.
 */
function nameShifts(page: Page, names: Name[], first: Buffer, after: Buffer) {
  return page.evaluate(
    async ({ names, first, after }) => {
      const pixels = async (png: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
        c.drawImage(img, 0, 0);
        return c.getImageData(0, 0, img.width, img.height);
      };
      const [a, b] = [await pixels(first), await pixels(after)];
      const scale = a.width / document.getElementById('map')!.getBoundingClientRect().width;
      const sum = (d: ImageData, x: number, y: number) => {
        const i = (y * d.width + x) * 4;
        return d.data[i] + d.data[i + 1] + d.data[i + 2];
      };
      const reach = Math.round(4 * scale);
      return names.map((n) => {
        const [x0, y0] = [Math.round(n.x * scale), Math.round(n.y * scale)];
        const [w, h] = [Math.round(n.width * scale), Math.round(n.height * scale)];
        let best = { dx: 0, dy: 0, diff: Infinity };
        for (let dy = -reach; dy <= reach; dy++)
          for (let dx = -reach; dx <= reach; dx++) {
            let diff = 0;
            for (let y = y0; y < y0 + h; y++)
              for (let x = x0; x < x0 + w; x++) {
                const [u, v] = [
                  Math.min(b.width - 1, Math.max(0, x + dx)),
                  Math.min(b.height - 1, Math.max(0, y + dy)),
                ];
                diff += Math.abs(sum(a, x, y) - sum(b, u, v));
              }
            // Ties (a name under a panel both pictures have) go to the smaller shift.
            const nearer = Math.hypot(dx, dy) < Math.hypot(best.dx, best.dy);
            if (diff < best.diff || (diff === best.diff && nearer)) best = { dx, dy, diff };
          }
        return {
          text: n.text,
          shift: Math.hypot(best.dx, best.dy) / scale,
          // Shifts are found to the nearest device pixel: up to half of one either way.
          slack: 0.5 / scale,
        };
      });
    },
    { names, first: first.toString('base64'), after: after.toString('base64') },
  );
}

/** Every symbol the first frame drew is within 1 px of where MapLibre draws it now. */
async function expectEngineKeeps(page: Page, drawn: XY[]): Promise<void> {
  const after = await enginePoints(
    page,
    drawn.map((p) => p.id),
  );
  for (const [i, p] of drawn.entries())
    expect(Math.hypot(p.x - after[i].x, p.y - after[i].y), p.id).toBeLessThanOrEqual(1);
}

async function alignment(
  page: Page,
  path: string,
  sheet = false,
): Promise<{
  points: number[];
  names: Awaited<ReturnType<typeof nameShifts>>;
  engineNames: string[];
}> {
  const release = await holdEngine(page);
  await page.goto(path);
  await page.waitForSelector('#map > .first-frame svg');
  await page.evaluate(() => document.fonts.ready);
  // A redrawn frame (deep link) comes from data/first-frame.json: wait for it.
  await expect(page.locator('#map > .first-frame.redrawing')).toHaveCount(0);
  // A phone link's sheet brings the map to the top of the screen: measured once it has.
  if (sheet) await page.locator('.bottom-sheet:not([hidden])').waitFor();
  const before: XY[] = await firstFramePoints(page);
  expect(before.length).toBeGreaterThanOrEqual(10);
  const names = await firstFrameNames(page);
  const map = page.locator('#map');
  const first = await map.screenshot();
  await release();
  await page.waitForSelector('html[data-map-ready]');
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
  const after = await enginePoints(
    page,
    before.map((b) => b.id),
  );
  return {
    points: before.slice(0, 10).map((b, i) => Math.hypot(b.x - after[i].x, b.y - after[i].y)),
    names: await nameShifts(page, names, first, await map.screenshot()),
    engineNames: await engineNames(page),
  };
}

/** The names MapLibre placed (its symbol layers' rendered features), without spaces or case. */
const engineNames = (page: Page) =>
  page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => l.id);
    // Layers name a place by `name` (with "(approx.)" where approximate) or `plain` (without).
    return map
      .queryRenderedFeatures({ layers })
      .flatMap((f) => [f.properties.name, f.properties.plain])
      .map((n) =>
        String(n ?? '')
          .replace(/\s+/g, '')
          .toLowerCase(),
      );
  });

/**
 * Ten places within 1 px after the swap; with `names`, also every name the first frame drew is one
 * MapLibre placed, where it draws it (within 1 px; not under a deep link's card, which covers some).
 */
async function expectAligned(page: Page, path: string, names: boolean, sheet = false): Promise<void> {
  const found = await alignment(page, path, sheet);
  for (const d of found.points) expect(d).toBeLessThanOrEqual(1);
  if (!names) return;
  expect(found.names.length).toBeGreaterThanOrEqual(8);
  for (const n of found.names) {
    expect(found.engineNames, n.text).toContain(n.text.replace(/\s+/g, '').toLowerCase());
    expect(n.shift, n.text).toBeLessThanOrEqual(1 + n.slack);
  }
}

test('ten places and every name sit within 1 px in the first frame and in MapLibre after the swap (desktop)', async ({
  page,
}) => {
  await expectAligned(page, './', true);
  await expect(page.locator('#map > .first-frame')).toHaveCount(0);
});

test('ten places and every name sit within 1 px after the swap on a phone @phone', async ({ page }) => {
  await expectAligned(page, './', true);
});

test('ten places sit within 1 px after the swap for a deep link', async ({ page }) => {
  await expectAligned(page, './#place=nangarhar', false);
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Nangarhar');
});

test('ten places sit within 1 px after the swap for a deep link on a phone, framed above its sheet @phone', async ({
  page,
}) => {
  await expectAligned(page, './#place=nangarhar', false, true);
  const sheet = page.locator('.bottom-sheet:not([hidden])');
  await expect(sheet.locator('h2')).toHaveText('Nangarhar');
  await expect(page.locator('.bottom-sheet')).toHaveCount(1);
  // Framed above the sheet: Jalalabad, in the province, is in view and clear of it.
  const [jalalabad] = await page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    const p = map.project([70.45, 34.43]);
    return [p.y + map.getContainer().getBoundingClientRect().top];
  });
  expect(jalalabad).toBeGreaterThan(0);
  expect(jalalabad).toBeLessThan((await sheet.boundingBox())!.y - 24);
});

test('closing a phone link’s sheet before the engine opens nothing, and the engine keeps the map where it was @phone', async ({
  page,
}) => {
  const release = await holdEngine(page);
  await page.goto('./#place=bajaur');
  const sheet = page.locator('.bottom-sheet:not([hidden])');
  await expect(sheet.locator('h2')).toHaveText('Bajaur');
  await expect(page.locator('#map > .first-frame.redrawing')).toHaveCount(0);
  const before = await firstFramePoints(page);
  await sheet.locator('.sheet-close').click();
  await expect(page.locator('.bottom-sheet')).toHaveCount(0);
  await expect.poll(() => page.url()).not.toContain('place=');
  expect(page.url()).toContain('#map=');
  await release();
  await page.waitForSelector('html[data-map-ready]');
  await expect(page.locator('.bottom-sheet:not([hidden])')).toHaveCount(0);
  expect(page.url()).not.toContain('place=');
  await expectEngineKeeps(page, before);
});

test('a place link on a phone opens its sheet, quotes first, before the engine @phone', async ({ page }) => {
  await holdEngine(page);
  await page.goto('./#place=bajaur');
  const sheet = page.locator('.bottom-sheet:not([hidden])');
  await expect(sheet.locator('h2')).toHaveText('Bajaur');
  await expect(sheet.locator('[data-side="islamabad"] blockquote').first()).toBeInViewport({ ratio: 1 });
  await expect(sheet.locator('[data-side="islamabad"] cite').first()).toBeInViewport();
  // As the engine's sheet does: the map starts at the top of the screen, the place above the sheet.
  expect(
    Math.abs(await page.locator('#map').evaluate((m) => m.getBoundingClientRect().top)),
  ).toBeLessThanOrEqual(1);
  // The district is fitted above the sheet: the bombing inside it is in view, clear of the sheet.
  const inside = (await firstFramePoints(page)).find((p) => p.id === 'bajaur-convention-2023')!;
  expect(inside.y).toBeGreaterThan(0);
  expect(inside.y).toBeLessThan((await sheet.boundingBox())!.y - 24);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
});

test('a tap on the first frame on a phone opens the place in the sheet, clear of the place, and the engine keeps it as the reader left it @phone', async ({
  page,
}) => {
  const release = await holdEngine(page);
  await page.goto('./');
  const mastung = (await firstFramePoints(page)).find((p) => p.id === 'mastung-procession-2023')!;
  await page.touchscreen.tap(mastung.x, mastung.y);
  const sheet = page.locator('.bottom-sheet:not([hidden])');
  await expect(sheet.locator('h2')).toHaveText('Mastung procession bombing, 2023');
  await expect(sheet.locator('[data-side] blockquote').first()).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.first-frame-card')).toHaveCount(0);
  // The engine's rule: the tapped spot stays 48 px above the sheet (the picture moves up if needed).
  const symbol = (await firstFramePoints(page)).find((p) => p.id === 'mastung-procession-2023')!;
  expect(symbol.y).toBeLessThanOrEqual((await sheet.boundingBox())!.y - 47);
  // The reader reads on ("Read more"): the engine's sheet opens as they left it, expanded.
  await sheet.locator('.sheet-expand').click();
  await expect(sheet).toHaveAttribute('data-state', 'full');
  await release();
  await page.waitForSelector('html[data-map-ready]');
  await expect(sheet.locator('h2')).toHaveText('Mastung procession bombing, 2023');
  await expect(page.locator('.bottom-sheet')).toHaveCount(1);
  await expect(sheet).toHaveAttribute('data-state', 'full');
  await expect(sheet.locator('.sheet-expand')).toHaveText('Show less');
  expect(decodeURIComponent(page.url())).toContain('place=mastung-procession-2023');
});

test('ten places and every name sit within 1 px after the swap for a camera link (zoomed in)', async ({
  page,
}) => {
  await expectAligned(page, './#map=7/33.9/70.6', true);
});

test('with the engine blocked, the first frame is the map and a click on a place opens it', async ({
  page,
}) => {
  await holdEngine(page);
  await page.goto('./');
  const svg = page.locator('#map > .first-frame svg');
  await expect(svg).toBeVisible();
  expect(await svg.locator('path').count()).toBeGreaterThan(5);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
  const mastung = (await firstFramePoints(page)).find((p) => p.id === 'mastung-procession-2023')!;
  await page.mouse.click(mastung.x, mastung.y);
  const card = page.locator('.first-frame-card');
  await expect(card.locator('h2')).toHaveText('Mastung procession bombing, 2023');
  await expect(card.locator('[data-side] blockquote cite').first()).toBeVisible();
});

test.describe('a patchy connection', () => {
  // The browser reports the failed fetch the test provokes.
  test.use({ allowedConsoleErrors: [/status of 503/] });
  test('a failed fetch of the picking data is tried again by the next click', async ({ page }) => {
    await holdEngine(page);
    let served = 0;
    await page.route(/\/data\/first-frame\.json$/, (route) =>
      served++ === 0 ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    await page.goto('./');
    const mastung = (await firstFramePoints(page)).find((p) => p.id === 'mastung-procession-2023')!;
    // The pointer arriving on the picture fetches the data: that fetch fails.
    const failed = page.waitForResponse((r) => r.url().endsWith('/data/first-frame.json'));
    await page.mouse.move(mastung.x, mastung.y);
    expect((await failed).status()).toBe(503);
    await page.mouse.click(mastung.x, mastung.y);
    await expect(page.locator('.first-frame-card h2')).toHaveText('Mastung procession bombing, 2023');
    expect(served).toBe(2);
  });
});

test('a click on the first frame before the engine is up opens the place once it is', async ({ page }) => {
  const release = await holdEngine(page);
  await page.goto('./');
  const peshawar = (await firstFramePoints(page)).find((p) => p.id === 'peshawar-mosque-2022')!;
  await page.mouse.click(peshawar.x, peshawar.y);
  await expect(page.locator('.first-frame-card h2')).toHaveText('Peshawar mosque bombing, 2022');
  await release();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Peshawar mosque bombing, 2022');
  await expect(page.locator('.first-frame-card')).toHaveCount(0);
  expect(decodeURIComponent(page.url())).toContain('place=peshawar-mosque-2022');
});

test('overlapping symbols on the first frame open a chooser clear of them, which outlives the engine’s arrival', async ({
  page,
}) => {
  const release = await holdEngine(page);
  await page.goto('./');
  const points = await firstFramePoints(page);
  // A card the reader closes before the engine arrives is not reopened by it.
  const mastung = points.find((p) => p.id === 'mastung-procession-2023')!;
  await page.mouse.click(mastung.x, mastung.y);
  await page.locator('.first-frame-card-close').click();
  // Kabul's stacked symbols: the engine's pick rule lists exactly the overlapping places.
  const airport = points.find((p) => p.id === 'kabul-airport-2021')!;
  await page.mouse.click(airport.x, airport.y);
  const chooser = page.locator('.first-frame-card');
  await expect(chooser.locator('h2')).toHaveText(/^\d places here$/);
  const listed = await chooser
    .locator('button[data-place]')
    .evaluateAll((b) => b.map((e) => e.getAttribute('data-place')));
  expect(listed).toContain('kabul-airport-2021');
  expect(listed).toContain('pul-e-charkhi-prison');
  expect(listed).not.toContain('bagram-prison');
  await expect(chooser.locator('[data-place="kabul-airport-2021"]')).toContainText('Attack · 26 August 2021');
  // It does not hide what it lists.
  const box = (await chooser.boundingBox())!;
  const covers =
    airport.x >= box.x &&
    airport.x <= box.x + box.width &&
    airport.y >= box.y &&
    airport.y <= box.y + box.height;
  expect(covers).toBe(false);
  await release();
  await page.waitForSelector('html[data-map-ready]');
  await expect(chooser).toBeVisible();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await chooser.locator('[data-place="kabul-airport-2021"]').click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kabul airport bombing, 2021');
  await expect(chooser).toHaveCount(0);
});

test('a drag and a Ctrl + wheel move the first frame at once, and the engine opens where the reader left it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 480 });
  const release = await holdEngine(page);
  await page.goto('./?embed=1');
  await page.waitForSelector('#map > .first-frame svg');
  await page.evaluate(() => document.fonts.ready);
  const start = await firstFramePoints(page);
  const symbolCentres = () =>
    page.$$eval('#map > .first-frame [data-xy]', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { id: e.getAttribute('data-place')!, x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
  const before = await symbolCentres();
  // A drag that ends on a place moves the map and does not open the place.
  const torkham = start.find((p) => p.id === 'torkham')!;
  await page.mouse.move(torkham.x - 60, torkham.y - 25);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(torkham.x - 60 + i * 10, torkham.y - 25 + (i * 25) / 6);
  await page.mouse.up();
  const dragged = await symbolCentres();
  for (const [i, p] of dragged.entries()) {
    expect(p.x - before[i].x).toBeCloseTo(60, 0);
    expect(p.y - before[i].y).toBeCloseTo(25, 0);
  }
  await expect(page.locator('.first-frame-card')).toHaveCount(0);
  // Ctrl + wheel zooms in: the places spread apart.
  await page.mouse.move(300, 240);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  const zoomed = await symbolCentres();
  const spread = (ps: { x: number }[]) => Math.max(...ps.map((p) => p.x)) - Math.min(...ps.map((p) => p.x));
  expect(spread(zoomed) / spread(dragged)).toBeGreaterThan(1.1);
  // The engine opens at that camera: every symbol within 1 px of where the reader last saw it.
  await release();
  await page.waitForSelector('html[data-map-ready]');
  await expect(page.locator('#map > .first-frame')).toHaveCount(0);
  await expectEngineKeeps(page, zoomed);
  expect(page.url()).toMatch(/#map=5\.\d+\//);
});

test('the site’s first frame has the legend and the date filter where the engine puts them, and they work before it', async ({
  page,
}) => {
  const release = await holdEngine(page);
  await page.goto('./');
  const controls = page.locator('#map > .first-frame-controls');
  const legend = controls.locator('.legend');
  await expect(legend.locator('li')).toHaveCount(8);
  const dates = controls.locator('.time-filter');
  await expect(dates.locator('.time-toggle')).toHaveText('Dates: all 10 events');
  // Placed and styled by MapLibre's stylesheet: 10 px in from the map's corner, on a white card.
  const map = (await page.locator('#map').boundingBox())!;
  const before = (await legend.boundingBox())!;
  expect(before.x - map.x).toBeCloseTo(10, 0);
  expect(before.y - map.y).toBeCloseTo(10, 0);
  expect(await legend.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
  // Changing the dates before the engine: the picture, the list and the address follow.
  await dates.locator('select[name=from]').selectOption('2023');
  await expect(dates.locator('.time-count')).toHaveText('6 of 10 events');
  await expect(page.locator('#map > .first-frame svg [data-place="kabul-airport-2021"]')).toHaveCount(0);
  await expect(page.locator('#map > .first-frame svg [data-place="bajaur-convention-2023"]')).toHaveCount(1);
  await expect(page.locator('#place-list li[data-place="kabul-airport-2021"]')).toBeHidden();
  expect(page.url()).toContain('from=2023');
  // The engine starts from that range, its controls where these were, and these are gone.
  await release();
  await page.waitForSelector('html[data-map-ready]');
  await expect(page.locator('#map > .first-frame-controls')).toHaveCount(0);
  const engineDates = page.locator('.maplibregl-ctrl-top-left .time-filter');
  await expect(engineDates.locator('.time-count')).toHaveText('6 of 10 events');
  const after = (await page.locator('.maplibregl-ctrl-top-left .legend').boundingBox())!;
  expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(1);
  expect(Math.abs(after.width - before.width) + Math.abs(after.height - before.height)).toBeLessThan(1);
});

test('the engine’s legend and date filter take over as the reader left the first frame’s: folded, and holding the focus', async ({
  page,
}) => {
  const release = await holdEngine(page);
  await page.goto('./');
  const controls = page.locator('#map > .first-frame-controls');
  await controls.locator('.legend-toggle').click();
  await expect(controls.locator('.legend-list')).toBeHidden();
  await controls.locator('.time-toggle').focus();
  await release();
  await page.waitForSelector('html[data-map-ready]');
  await expect(controls).toHaveCount(0);
  const engine = page.locator('#map .maplibregl-ctrl-top-left');
  await expect(engine.locator('.legend-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(engine.locator('.legend-list')).toBeHidden();
  await expect(engine.locator('.time-toggle')).toBeFocused();
  await expect(engine.locator('.time-panel')).toBeVisible();
});

test('the first frame sizes its labels with the widths this browser (and so MapLibre) gives the faces', async ({
  page,
}) => {
  await page.goto('./');
  const gaps = await page.evaluate(async () => {
    const data = (await (await fetch('data/first-frame.json')).json()) as {
      advances: Record<'regular' | 'bold', Record<string, number>>;
    };
    const faces = { regular: 'Map Sans', bold: 'Map Sans Bold' } as const;
    await Promise.all(Object.values(faces).map((f) => document.fonts.load(`24px "${f}"`)));
    const ctx = document.createElement('canvas').getContext('2d')!;
    const out: string[] = [];
    let n = 0;
    for (const [weight, face] of Object.entries(faces)) {
      ctx.font = `24px "${face}"`;
      for (const [ch, em] of Object.entries(data.advances[weight as 'regular' | 'bold'])) {
        n++;
        const measured = ctx.measureText(ch).width / 24;
        if (Math.abs(measured - em) > 0.002)
          out.push(`${weight} ${JSON.stringify(ch)}: ${em} vs ${measured}`);
      }
    }
    return { n, out };
  });
  expect(gaps.n).toBeGreaterThan(190);
  expect(gaps.out).toEqual([]);
});

/** One layout shift as the CLS tests record it: its value, when, and each moved element's rectangles. */
type ShiftRecord = { value: number; at: number; moved: string[] };

/** Records the page's layout shifts not caused by input, from its start: value, time and what moved. */
const watchLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const w = window as unknown as { __shifts: ShiftRecord[] };
    w.__shifts = [];
    const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    const name = (n: Node | null) =>
      n instanceof Element
        ? `${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}.${[...n.classList].join('.')}`
        : String(n?.nodeName);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[])
        if (!e.hadRecentInput)
          w.__shifts.push({
            value: e.value,
            at: Math.round(e.startTime),
            moved: e.sources.map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  });
/** The shifts' sum, and what moved when it is not 0 (the failure message says what to look at). */
async function expectNoLayoutShift(page: Page): Promise<void> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: ShiftRecord[] }).__shifts);
  expect(
    shifts.reduce((sum, s) => sum + s.value, 0),
    JSON.stringify(shifts, null, 1),
  ).toBe(0);
}

test('no layout shift across the swap (CLS 0)', async ({ page }) => {
  await watchLayoutShifts(page);
  await page.goto('./');
  await page.waitForSelector('html[data-map-ready]');
  await page.waitForTimeout(1000);
  await expectNoLayoutShift(page);
});

for (const [page_, url] of [
  ['the site', './'],
  ['an embed', './?embed=1'],
] as const)
  test(`no layout shift on a phone when the boot script arrives late: ${page_}`, async ({ page }) => {
    // The first layout must be the page's own: the header's row for Share and Embed has its height
    // from the start (a class set by the boot script moved the map down 44 px), and an embed is not
    // drawn as the site first (its header then vanished and the map moved up: CLS 0.19).
    await page.setViewportSize({ width: 375, height: 740 });
    await watchLayoutShifts(page);
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.goto(url);
    await expect(page.locator('#map > .first-frame svg')).toBeVisible();
    if (url === './') await page.waitForSelector('html[data-map-ready]');
    await page.waitForTimeout(1000);
    await expectNoLayoutShift(page);
  });

for (const [size, viewport] of [
  ['a desktop', { width: 1280, height: 720 }],
  ['a phone', { width: 375, height: 740 }],
] as const)
  test(`late web fonts barely move the page on ${size}`, async ({ page }) => {
    // Until Noto Sans arrives the text is set in a local font sized to it (src/perf/font-fallbacks.ts).
    // With the fonts 1.5 s late the swap used to move the page by 0.058 on a desktop and 0.23 on a
    // phone (the header's lines changed height). What remains is words moving sideways within a
    // line (the stand-ins match Noto Sans's average width, not every word's).
    await page.setViewportSize(viewport);
    await watchLayoutShifts(page);
    await page.route(/\.woff2$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto('./', { waitUntil: 'commit' });
    const header = page.locator('header.site-header');
    await expect(page.locator('#map > .first-frame svg')).toBeVisible();
    const bundledLoaded = () =>
      page.evaluate(() =>
        [...document.fonts]
          .filter((f) => /^Map Sans( Bold)?$/.test(f.family))
          .map((f) => f.status === 'loaded'),
      );
    expect(await bundledLoaded()).toEqual([false, false, false]);
    const before = await header.boundingBox();
    await page.waitForFunction(
      () => document.fonts.check('16px "Map Sans"') && document.fonts.status === 'loaded',
    );
    await page.waitForTimeout(500);
    expect(await header.boundingBox()).toEqual(before);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: ShiftRecord[] }).__shifts);
    expect(
      shifts.reduce((sum, s) => sum + s.value, 0),
      JSON.stringify(shifts, null, 1),
    ).toBeLessThan(0.005);
  });

test('an embed does not load the engine until the reader means to use it', async ({ page }) => {
  const engine: string[] = [];
  page.on('request', (r) => {
    if (/maplibre|\/main-|atlas\.json/.test(r.url())) engine.push(r.url());
  });
  await page.goto('./?embed=1');
  await expect(page.locator('#map > .first-frame svg')).toBeVisible();
  await page.waitForTimeout(1500);
  expect(engine).toEqual([]);
  await page.locator('#map > .first-frame').focus();
  await page.waitForSelector('html[data-map-ready]');
  await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
});

test('the first frame draws the link’s lens, dates and theme, so an embed needs no engine for them', async ({
  page,
}) => {
  const engine: string[] = [];
  page.on('request', (r) => {
    if (/maplibre|\/main-|atlas\.json/.test(r.url())) engine.push(r.url());
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?embed=1&lens=kabul&from=2023');
  const svg = page.locator('#map > .first-frame svg.fitted');
  await expect(svg).toBeVisible();
  const drawn = await svg
    .locator('[data-place]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
  expect(drawn).not.toContain('kabul-airport-2021'); // 2021: outside the dates
  expect(drawn).toContain('bajaur-convention-2023');
  expect(await svg.locator('path[fill="#1d5f8a"]').count()).toBeGreaterThan(0); // Kabul's lens colour
  // Dark: the sea and the land are dark on screen, not only in the markup.
  const sea = await page.evaluate(() => {
    const box = document.querySelector('#map > .first-frame svg rect')!;
    return getComputedStyle(box).fill;
  });
  const [r, g, b] = sea.match(/\d+/g)!.map(Number);
  expect((r + g + b) / 3).toBeLessThan(60);
  await page.waitForTimeout(1000);
  expect(engine).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the static map and the list', async ({ page }) => {
    await page.goto('./');
    const svg = page.locator('#map > .first-frame svg');
    await expect(svg).toBeVisible();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(await svg.locator('[data-place]').count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('#place-list li[data-place]').first()).toBeVisible();
    expect(await page.locator('#place-list li[data-place]').count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('.map-fallback h2')).toContainText('JavaScript');
  });
});
