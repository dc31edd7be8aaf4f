// The time filter (?from=&to=): what it hides and keeps on the map (rendered features and
// pixels) and in the list, that it survives share links and the embed, and bad ranges.
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

const Y2021 = ['kabul-airport-2021', 'pul-e-charkhi-prison', 'bagram-prison'];
const Y2023 = ['bajaur-convention-2023', 'mastung-procession-2023'];
const UNDATED = ['durand-line', 'nangarhar', 'torkham', 'spin-ghar'];

/** Ids of the places drawn on the map once it shows the whole region. */
async function drawnPlaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { map, atlas } = (
      window as unknown as {
        __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
      }
    ).__map;
    const [w, s, e, n] = atlas.bounds;
    map.fitBounds(
      [
        [Math.max(w, 60), Math.max(s, 23)],
        [Math.min(e, 78), Math.min(n, 39)],
      ],
      { duration: 0 },
    );
    await new Promise((r) => map.once('idle', r));
    const layers = ['place-points', 'durand-line', 'place-area-fill', 'place-terrain'];
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)))];
  });
}

/** Pixels of the attack symbol's red within 8 px of a place, on a real screenshot of the map. */
async function attackRedPixelsAt(page: Page, id: string): Promise<number> {
  const at = await page.evaluate(async (id) => {
    const { map, atlas } = (
      window as unknown as {
        __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
      }
    ).__map;
    const p = atlas.places.find((x) => x.id === id)!;
    map.jumpTo({ center: p.anchor as [number, number], zoom: 10 });
    await new Promise((r) => map.once('idle', r));
    const pt = map.project(p.anchor as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + pt.x, y: box.top + pt.y };
  }, id);
  const png = await page.screenshot({ clip: { x: at.x - 8, y: at.y - 8, width: 16, height: 16 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    // The attack colour is #b0222a: strongly red, little green or blue.
    for (let i = 0; i < d.length; i += 4) if (d[i] > 140 && d[i + 1] < 80 && d[i + 2] < 90) n++;
    return n;
  }, png.toString('base64'));
}

// Each test reloads the map several times on a shared, software-rendered machine.
test.describe.configure({ timeout: 150_000 });

const listed = (page: Page, id: string) => page.locator(`#place-list li[data-place="${id}"]`);

test('?from=2023-01-01 hides the 2021 events and keeps the 2023 ones, on the map and in the list', async ({
  page,
}) => {
  await openMap(page);
  const all = await drawnPlaces(page);
  for (const id of [...Y2021, ...Y2023]) expect(all, `${id} drawn without a filter`).toContain(id);
  const redBefore = await attackRedPixelsAt(page, 'kabul-airport-2021');
  expect(redBefore).toBeGreaterThan(20);

  await openMap(page, './?from=2023-01-01');
  const drawn = await drawnPlaces(page);
  for (const id of Y2021) expect(drawn).not.toContain(id);
  for (const id of [...Y2023, ...UNDATED, 'kabul-suicide-bombings']) expect(drawn).toContain(id);
  expect(await attackRedPixelsAt(page, 'kabul-airport-2021')).toBeLessThan(3);
  expect(await attackRedPixelsAt(page, 'bajaur-convention-2023')).toBeGreaterThan(20);

  for (const id of Y2021) await expect(listed(page, id)).toBeHidden();
  for (const id of [...Y2023, ...UNDATED, 'sultan-aziz-azzam-arrest'])
    await expect(listed(page, id)).toBeVisible();
  await expect(page.locator('.time-filter .time-count')).toHaveText(/^6 of 10 events$/);
});

test('?to= keeps the early events and hides the later ones', async ({ page }) => {
  await openMap(page, './?to=2022');
  const drawn = await drawnPlaces(page);
  for (const id of Y2021) expect(drawn).toContain(id);
  expect(drawn).toContain('peshawar-mosque-2022');
  for (const id of Y2023) expect(drawn).not.toContain(id);
  await expect(listed(page, 'peshawar-mosque-2022')).toBeVisible();
  await expect(listed(page, 'sharifullah-arrest')).toBeHidden();
  for (const id of UNDATED) await expect(listed(page, id)).toBeVisible();
});

test('the control sets the range, and the URL follows', async ({ page }) => {
  await openMap(page);
  const from = page.locator('.time-filter select[name="from"]');
  await from.focus();
  await from.selectOption('2023');
  await expect(page).toHaveURL(/\?from=2023(#|$)/);
  await expect(listed(page, 'kabul-airport-2021')).toBeHidden();
  expect(await drawnPlaces(page)).not.toContain('kabul-airport-2021');
  // A choice that would reverse the range opens the other end, with a notice.
  await page.locator('.time-filter select[name="to"]').selectOption('2021');
  await expect(page.locator('#notice')).toContainText('now open');
  await expect(page).toHaveURL(/\?to=2021(#|$)/);
  await expect(listed(page, 'kabul-airport-2021')).toBeVisible();
  await expect(listed(page, 'bajaur-convention-2023')).toBeHidden();
});

test('the range survives the share link, the embed code and the embed itself', async ({ page }) => {
  await openMap(page, './?from=2023&to=2024-06#place=nangarhar');
  await page.getByRole('button', { name: 'Share this view' }).click();
  const link = await page.locator('.share-view .share-url').inputValue();
  expect(new URL(link).searchParams.get('from')).toBe('2023');
  expect(new URL(link).searchParams.get('to')).toBe('2024-06');

  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.locator('.embed-dialog textarea').inputValue();
  const src = new URL(/src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&'));
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('from')).toBe('2023');
  expect(src.searchParams.get('to')).toBe('2024-06');

  await openMap(page, `./${src.search}`);
  const drawn = await drawnPlaces(page);
  expect(drawn).not.toContain('kabul-airport-2021');
  expect(drawn).toContain('bajaur-convention-2023');
  await expect(page.locator('.time-filter select[name="to"]')).toHaveValue('2024-06');
  // The embed's "open full map" link keeps it too.
  const full = await page.locator('a.full-map-link, .full-map-link a').first().getAttribute('href');
  expect(new URL(full!, page.url()).searchParams.get('from')).toBe('2023');
});

for (const [query, says] of [
  ['?from=2024&to=2021', /reversed/],
  ['?from=2023-13', /from.*YYYY/],
  ['?to=yesterday', /to.*YYYY/],
  ['?from=2023&from=2024', /more than once/],
] as const)
  test(`a bad range (${query}) shows every date with a notice`, async ({ page }) => {
    await openMap(page, `./${query}`);
    await expect(page.locator('#notice')).toBeVisible();
    await expect(page.locator('#notice .notice-text')).toContainText(says);
    const drawn = await drawnPlaces(page);
    for (const id of [...Y2021, ...Y2023]) expect(drawn).toContain(id);
    await expect(listed(page, 'kabul-airport-2021')).toBeVisible();
    await expect(page.locator('.time-filter .time-count')).toHaveText('All 10 events');
  });

test('phone: the control is usable by touch @phone', async ({ page }) => {
  await openMap(page, './?from=2023');
  // Folded on a phone (it would cover places), the button says the map is filtered.
  const toggle = page.locator('.time-filter .time-toggle');
  await expect(toggle).toHaveText('Dates: 6 of 10 events');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const toggleBox = (await toggle.boundingBox())!;
  expect(toggleBox.height).toBeGreaterThanOrEqual(24);
  await toggle.tap();
  const to = page.locator('.time-filter select[name="to"]');
  const box = (await to.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(32);
  await to.tap();
  await to.selectOption('2023');
  await expect(page).toHaveURL(/from=2023&to=2023/);
  await expect(listed(page, 'khalil-haqqani-killing')).toBeHidden();
  await expect(listed(page, 'mastung-procession-2023')).toBeVisible();
});

test('a link to an event outside the range opens it and says why it is not drawn', async ({ page }) => {
  await openMap(page, './?from=2023#place=kabul-airport-2021');
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kabul airport bombing, 2021');
  await expect(page.locator('#notice .notice-text')).toContainText(
    'Kabul airport bombing, 2021 (26 August 2021) is outside the dates shown (from 2023), so it is not drawn',
  );
  await page.locator('#notice a.notice-link').click();
  await page.waitForSelector('html[data-map-ready]');
  expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kabul airport bombing, 2021');
  await expect(page.locator('#notice')).toBeHidden();
});
