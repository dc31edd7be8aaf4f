import { readFileSync } from 'node:fs';
import { test, expect, openMap, settled, engineReady } from './fixtures.ts';

const places = JSON.parse(readFileSync('geodata/places.json', 'utf8')).places as {
  id: string;
  name: string;
}[];

/** Splits a table into `n` nearly equal runs, so its rows load in parallel on the test workers. */
const chunks = <T>(rows: T[], n: number): T[][] =>
  Array.from({ length: n }, (_, i) =>
    rows.slice(Math.floor((i * rows.length) / n), Math.floor(((i + 1) * rows.length) / n)),
  );

// The place table in two chunks that run in parallel; each ends by reloading its last place.
for (const [part, rows] of chunks(places, 2).entries())
  test(`every place opens from its link with its popup and heading, and reload keeps it (part ${part + 1})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const p of rows) {
      await openMap(page, `./#place=${p.id}`);
      await expect(page.locator('.maplibregl-popup h2'), p.id).toHaveText(p.name);
      await expect(page.locator(`#place-list li[data-place="${p.id}"]`)).toHaveClass(/is-selected/);
    }
    const last = rows[rows.length - 1];
    await settled(page);
    await page.reload();
    await page.waitForSelector('html[data-map-ready]');
    await expect(page.locator('.maplibregl-popup h2')).toHaveText(last.name);
    expect(page.url()).toContain(`place=${last.id}`);
  });

test('a link with a camera and a place opens both', async ({ page }) => {
  await openMap(page, './#map=8/34.4/70.9&place=nangarhar');
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Nangarhar');
  const view = await page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
  expect(view.zoom).toBeCloseTo(8, 1);
  expect(view.lat).toBeCloseTo(34.4, 1);
  expect(view.lng).toBeCloseTo(70.9, 1);
});

test('Back and Forward step between opened places; panning adds no history', async ({ page }) => {
  await openMap(page);
  const start = await page.evaluate(() => history.length);
  await page.locator('#place-list button[data-place="kunar"]').click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kunar');
  await settled(page);
  await page.locator('#place-list button[data-place="bagram-prison"]').click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Bagram prison');
  await settled(page);
  // Panning replaces the current entry rather than adding one.
  await page.evaluate(async () => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    for (let i = 0; i < 5; i++) {
      map.panBy([40, 0], { duration: 0 });
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  expect(await page.evaluate(() => history.length)).toBe(start + 2);
  await page.goBack();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kunar');
  await page.goBack();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kunar');
  await page.goForward();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Bagram prison');
});

test('closing a place is a history step too', async ({ page }) => {
  await openMap(page, './#place=torkham');
  await page.locator('.maplibregl-popup-close-button').click();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  expect(page.url()).not.toContain('place=');
  await page.goBack();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Torkham crossing');
});

test('copy link gives a URL that opens the same place in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, './#place=spin-ghar');
  await page.locator('.maplibregl-popup .share-toggle').click();
  await page.locator('.maplibregl-popup .share-copy').click();
  await expect(page.locator('.maplibregl-popup .share-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/place\/spin-ghar\/$/);
  await expect(page.locator('.maplibregl-popup .share-url')).toHaveValue(copied);
  const other = await context.newPage();
  await other.goto(copied);
  await other.waitForSelector('html[data-map-ready]');
  await expect(other.locator('.maplibregl-popup h2')).toHaveText('Spin Ghar mountains');
});

test('the whole view can be shared as a link that restores it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, './#map=7/33/69');
  await page.locator('.share-view .share-toggle').click();
  const link = await page.locator('.share-view .share-url').inputValue();
  expect(link).toContain('map=7/33/69');
});

test('each place page has its own meta tags and a 1200×630 preview image', async ({ request }) => {
  for (const p of places) {
    const html = await (await request.get(`./place/${p.id}/`)).text();
    const meta = (key: string) =>
      html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
    expect(html).toContain(`<title>${p.name.replace(/&/g, '&amp;')}: what Kabul and Islamabad say</title>`);
    expect(meta('og:title')).toBe(`${p.name}: what Kabul and Islamabad say`);
    expect(meta('og:description')!.length).toBeGreaterThan(40);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:image')).toMatch(/preview\.png$/);
    expect(html).toContain(`url=../../#place=${p.id}`);
    const png = await (await request.get(`./place/${p.id}/preview.png`)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }
  const root = await (await request.get('./')).text();
  expect(root).toMatch(/<meta property="og:image" content="[^"]*preview\.png"/);
  expect((await request.get('./preview.png')).ok()).toBe(true);
});

test('a place description quotes one line per side, naming the sources in words', async ({ request }) => {
  const html = await (await request.get('./place/nangarhar/')).text();
  const d = html.match(/<meta property="og:description" content="([^"]*)"/)![1];
  expect(d).toMatch(/Kabul, reported in an analysis: “/);
  expect(d).toMatch(/Islamabad, argued in a pro-Pakistan op-ed: “/);
  expect(d.length).toBeLessThanOrEqual(200);
  const mastung = await (await request.get('./place/mastung-procession-2023/')).text();
  expect(mastung).toMatch(/og:description" content="[^"]*Fact-check: no group claimed it\./);
});

const BAD: string[] = [
  '#place=nowhere',
  '#place=',
  '#place',
  '#place=nangarhar&place=kunar',
  '#place=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '#place=<script>alert(1)</script>',
  '#place=javascript:alert(1)',
  '#place=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '#place=' + 'x'.repeat(300),
  '#' + 'a'.repeat(5000),
  '#place=%E0%A4%A',
  '#place=..%2F..%2Fetc%2Fpasswd',
  '#place=__proto__',
  '#place=constructor',
  '#map=abc',
  '#map=999/999/999',
  '#map=',
  '#map=8/34.4',
  '#map=8/34.4/70.9/0/0',
  '#map=NaN/NaN/NaN',
  '#map=Infinity/0/0',
  '#map=8/-91/70',
  '#map=8/34/181',
  '#map=-5/34/70',
  '#map=30/34/70',
  '#map=8/0/0',
  '#map=8/34/70&map=9/34/70',
  '#map=javascript:alert(1)',
  '#map=8%2F34%2F70%3Cscript%3E',
  '#zoom=5',
  '#=',
  '#place=nangarhar&evil=<b>x</b>',
  '?embed=%3Cscript%3E#place=nowhere',
  '?javascript:alert(1)#map=abc',
];

test('the malformed-link table holds at least 30 links', () => expect(BAD.length).toBeGreaterThanOrEqual(30));

/**
 * The link tables load the page once per link: a smaller map (still the desktop card, not the
 * phone sheet) draws faster in software WebGL, and the tables test links, not layout.
 */
const TABLE_VIEWPORT = { width: 700, height: 520 };

for (const [part, rows] of chunks(BAD, 3).entries())
  test(`malformed and hostile links leave the map usable with a notice (${rows.length} links, part ${part + 1})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(TABLE_VIEWPORT);
    const origin = new URL(test.info().project.use.baseURL!).origin;
    for (const suffix of rows) {
      await page.goto('about:blank');
      await page.goto(`./${suffix}`);
      await engineReady(page);
      await expect(page.locator('#notice'), suffix).toBeVisible();
      const text = (await page.locator('#notice .notice-text').textContent()) ?? '';
      expect(text.length, suffix).toBeLessThan(200);
      expect(await page.locator('#notice script, #notice img').count()).toBe(0);
      expect(new URL(page.url()).origin).toBe(origin);
      await expect(page.locator('#map canvas.maplibregl-canvas')).toBeVisible();
      // Still usable: a place opens from the list.
      await page.locator('#place-list button[data-place="bajaur"]').click();
      await expect(page.locator('.maplibregl-popup h2')).toHaveText('Bajaur');
    }
  });

// Routine link damage, forgiven (issue #15): [link, the place it opens (or null), the notice it
// shows (null: none), the camera it keeps (zoom/lat/lng, optional)].
type Forgiven = [string, string | null, RegExp | null, [number, number, number]?];
const FORGIVEN: Forgiven[] = [
  ['#place=nangarhar.', 'nangarhar', null],
  ['#place=nangarhar)', 'nangarhar', null],
  ['#place=nangarhar/', 'nangarhar', null],
  ['#place=Nangarhar', 'nangarhar', null],
  ['#place=NANGARHAR', 'nangarhar', null],
  ['#place=nangarhar%20', 'nangarhar', null],
  ['#place=nangarhar%2F', 'nangarhar', null],
  ['#place=nangarhar).', 'nangarhar', null],
  ['#place=nangarhar,', 'nangarhar', null],
  ['#place=nangarhar%E2%80%9D', 'nangarhar', null],
  ['#place=%20Kunar%20', 'kunar', null],
  ['#place=Bagram%20Prison', 'bagram-prison', null],
  ['#place=spin_ghar', 'spin-ghar', null],
  ['#Place=torkham', 'torkham', null],
  ['#place=kunar&', 'kunar', null],
  ['#place=kunar&place=Kunar.', 'kunar', null],
  ['#place=kunar&utm_source=newsletter', 'kunar', null],
  ['#utm_source=newsletter&utm_medium=email&place=kunar', 'kunar', null],
  ['#place=kunar?utm_source=newsletter&utm_campaign=daily', 'kunar', null],
  ['#place=kunar&fbclid=IwAR0xyz', 'kunar', null],
  ['#place=kunar&gclid=Cj0KCQ', 'kunar', null],
  ['#place=kunar&mc_cid=abc&mc_eid=def', 'kunar', null],
  ['?utm_source=newsletter&fbclid=x#place=kunar', 'kunar', null],
  ['?gclid=abc&mc_cid=1#map=7/33/69', null, null, [7, 33, 69]],
  ['#utm_source=x', null, null],
  ['#&&&', null, null],
  ['#map=12.5/34/70', null, null, [12, 34, 70]],
  ['#map=3/33/69', null, null],
  ['#map=8/34/70.', null, null, [8, 34, 70]],
  ['#map=8/34/70/', null, null, [8, 34, 70]],
  ['#map=7.5/34.123456789/70.5', null, null, [7.5, 34.1235, 70.5]],
  ['#map=8.5/34.1/71.0&place=NANGARHAR.', 'nangarhar', null, [8.5, 34.1, 71]],
  ['#map=8/0/0', null, /outside this map’s area/],
  ['#place=nang', null, /Did you mean Nangarhar\?/],
  ['#place=nangarhr', null, /Did you mean Nangarhar\?/],
  ['#place=kabul', null, /Did you mean Kabul airport/],
  ['#place=torkam', null, /Did you mean Torkham crossing\?/],
  ['#place=kunarr.', null, /Did you mean Kunar\?/],
  ['#place=bagram', null, /Did you mean Bagram prison\?/],
  ['#place-list', null, null],
  ['#sources-panel', null, null],
];

test('the forgiven-link table holds at least 30 links', () =>
  expect(FORGIVEN.length).toBeGreaterThanOrEqual(30));

for (const [part, rows] of chunks(FORGIVEN, 4).entries())
  test(`damaged links are forgiven: case, punctuation, clamping, tracking keys, "did you mean" (${rows.length} links, part ${part + 1})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(TABLE_VIEWPORT);
    const nameOf = new Map(places.map((p) => [p.id, p.name]));
    for (const [suffix, place, notice, camera] of rows) {
      await page.goto('about:blank');
      await page.goto(`./${suffix}`);
      await engineReady(page);
      await settled(page);
      if (place) await expect(page.locator('.maplibregl-popup h2'), suffix).toHaveText(nameOf.get(place)!);
      else await expect(page.locator('.maplibregl-popup'), suffix).toHaveCount(0);
      if (notice) await expect(page.locator('#notice .notice-text'), suffix).toHaveText(notice);
      else await expect(page.locator('#notice'), suffix).toBeHidden();
      if (camera) {
        const view = await page.evaluate(() => {
          const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
          return [map.getZoom(), map.getCenter().lat, map.getCenter().lng];
        });
        for (let i = 0; i < 3; i++) expect(view[i], `${suffix} [${i}]`).toBeCloseTo(camera[i], 2);
      }
    }
  });

test('“Did you mean …” opens the place it names', async ({ page }) => {
  await openMap(page, './#place=nang');
  const link = page.locator('#notice a.notice-link');
  await expect(link).toHaveText('Did you mean Nangarhar?');
  await link.click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Nangarhar');
  await expect(page.locator('#notice')).toBeHidden();
  expect(page.url()).toContain('place=nangarhar');
});

test('the skip link raises no notice and leaves an open place open', async ({ page }) => {
  await openMap(page, './#place=kunar');
  await settled(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#place-list');
  await page.waitForTimeout(300);
  await expect(page.locator('#notice')).toBeHidden();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kunar');
});

test('a place page keeps the query string (utm_*) through its redirect', async ({ page }) => {
  await page.goto('./place/kunar/?utm_source=newsletter&utm_medium=email');
  await page.waitForSelector('html[data-map-ready]');
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kunar');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/');
  expect(url.search).toBe('?utm_source=newsletter&utm_medium=email');
  expect(url.hash).toContain('place=kunar');
  await expect(page.locator('#notice')).toBeHidden();
});
