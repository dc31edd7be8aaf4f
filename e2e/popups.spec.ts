import type { Page } from '@playwright/test';
import { test, expect, openMap, placeOnScreen, pointOnScreen, settled } from './fixtures.ts';

/** Asserts the brief's popup contract on the open popup and returns its side sections' text. */
async function expectPopupContract(page: Page, name: string, sides: string[]) {
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toHaveCount(1);
  await expect(popup.locator('h2')).toHaveText(name);
  const present = await popup
    .locator('[data-side]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-side')));
  for (const side of sides) expect(present).toContain(side);
  for (const side of present) expect(['kabul', 'islamabad', 'analysis']).toContain(side);
  expect(new Set(present).size).toBe(present.length); // one section per side
  const quotes = popup.locator('[data-side] blockquote');
  expect(await quotes.count()).toBeGreaterThan(0);
  for (const cite of await quotes.locator('cite').allTextContents())
    expect(cite).toMatch(/^Source \d{3}, ¶\d+$/);
  return popup;
}

test('clicking a point opens its popup with both sides, quotes cited by source and paragraph', async ({
  page,
}) => {
  await openMap(page);
  const at = await placeOnScreen(page, 'peshawar-mosque-2022', 8);
  await page.mouse.click(at.x, at.y);
  const popup = await expectPopupContract(page, 'Peshawar mosque bombing, 2022', ['islamabad', 'analysis']);
  await expect(popup.locator('[data-side="islamabad"]')).toContainText(
    'the March 2022 suicide bombing of a Shia mosque in Peshawar that killed over 60 worshippers',
  );
  await expect(
    popup
      .locator('[data-side="islamabad"] blockquote', { hasText: 'Shia mosque in Peshawar' })
      .locator('cite'),
  ).toHaveText('Source 003, ¶10');
  // The sources give Kabul nothing about this attack: one line says so, no general quote fills the gap.
  await expect(popup.locator('[data-side="kabul"]')).toHaveCount(0);
  await expect(popup).toContainText('Kabul says nothing about this place in these sources.');
  await expect(popup).toContainText('Location: town (not the exact site)');
  await expect(popup).toContainText('From the public record');
});

test('clicking a polygon (Nangarhar) and the line (Durand Line) opens their popups', async ({ page }) => {
  await openMap(page);
  const inside = await pointOnScreen(page, { lngLat: [70.2, 34.25] }); // rural Nangarhar, away from any point
  await page.mouse.click(inside.x, inside.y);
  const nangarhar = await expectPopupContract(page, 'Nangarhar', ['kabul', 'islamabad']);
  await expect(nangarhar.locator('[data-side="islamabad"]')).toContainText(
    'specifically Nangarhar and Kunar',
  );

  await page.locator('.maplibregl-popup-close-button').click();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  const onLine = await pointOnScreen(page, { durandLineFraction: 0.3 }); // in Balochistan, far from other places
  await page.mouse.click(onLine.x, onLine.y);
  const line = await expectPopupContract(page, 'Durand Line', ['kabul', 'islamabad', 'analysis']);
  await expect(line).toContainText('the sources cite 2,640 km');
  await expect(line.locator('[data-side="kabul"]')).toContainText(
    'continued refusal to recognize the Durand Line',
  );
});

test('a place with one side says so plainly, and the Haqqani popup carries the fact-check', async ({
  page,
}) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="torkham"]').click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('[data-side="kabul"]')).toHaveCount(0);
  await expect(popup).toContainText('Kabul says nothing about this place in these sources.');
  await page.locator('#place-list button[data-place="khalil-haqqani-killing"]').click();
  await expect(popup.locator('.fact-check')).toContainText('11 December 2024');
  await expect(popup.locator('[data-side="islamabad"]')).toContainText('the 2022 assassination');
});

test('the list shows the same quotes in the same order as the popup', async ({ page }) => {
  await openMap(page);
  for (const id of ['kunar', 'bagram-prison', 'sultan-aziz-azzam-arrest']) {
    await page.locator(`#place-list button[data-place="${id}"]`).click();
    await expect(page.locator(`#details-${id} blockquote`).first()).toBeVisible();
    const fromPopup = await page.locator('.maplibregl-popup blockquote').allTextContents();
    const fromList = await page.locator(`#details-${id} blockquote`).allTextContents();
    expect(fromPopup.length).toBeGreaterThan(0);
    expect(fromList).toEqual(fromPopup);
  }
});

test('unpinned places say their location is not public', async ({ page }) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="sultan-aziz-azzam-arrest"]').click();
  await expect(page.locator('.maplibregl-popup')).toContainText('the sources give no location');
});

test('the sources panel lists each source’s quotes, linking back to their places', async ({ page }) => {
  await openMap(page);
  const source = page.locator('#source-003');
  await expect(source).toContainText("Argues Pakistan's case");
  await source.locator('summary').click();
  await source.locator('[data-quote="i-spin-ghar"] a[data-place="spin-ghar"]').click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Spin Ghar mountains');
});

test('popups are readable on a 375 px wide phone @phone', async ({ page }, info) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openMap(page);
  await page.locator('#place-list button[data-place="nangarhar"]').click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('h2')).toHaveText('Nangarhar');
  await settled(page);
  const box = await popup.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  // Sides stack on a phone: the Islamabad section sits below the Kabul one.
  const kabul = await popup.locator('[data-side="kabul"]').boundingBox();
  const islamabad = await popup.locator('[data-side="islamabad"]').boundingBox();
  expect(islamabad!.y).toBeGreaterThan(kabul!.y + kabul!.height - 1);
  const fontSize = await popup
    .locator('.quote-text')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: info.outputPath('phone-popup.png') });
});

test('on a phone a tapped place near the edge pans its whole popup into view, with quotes and a reachable close button @phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openMap(page);
  // Put the Peshawar point 30 px from the map's left edge, then tap it.
  const at = await page.evaluate(async () => {
    const { map, atlas } = (
      window as unknown as {
        __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
      }
    ).__map;
    const p = atlas.places.find((x) => x.id === 'peshawar-mosque-2022')!.anchor as [number, number];
    map.jumpTo({ center: p, zoom: 7.5 });
    map.panBy([map.getCanvas().clientWidth / 2 - 30, -80], { duration: 0 });
    await new Promise((r) => map.once('idle', r));
    const pt = map.project(p);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + pt.x, y: box.top + pt.y };
  });
  await page.mouse.click(at.x, at.y);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('h2')).toHaveText('Peshawar mosque bombing, 2022');
  const frame = (await page.locator('#map').boundingBox())!;
  await expect
    .poll(async () => {
      const b = (await popup.boundingBox())!;
      return (
        b.x >= frame.x &&
        b.x + b.width <= frame.x + frame.width &&
        b.y >= frame.y &&
        b.y + b.height <= frame.y + frame.height
      );
    })
    .toBe(true);
  // The first quote shows without scrolling.
  const b = (await popup.boundingBox())!;
  const quote = (await popup.locator('blockquote').first().boundingBox())!;
  expect(quote.y).toBeLessThan(b.y + b.height - 20);
  // Scrolled to the end, the close button is still there and closes the popup.
  await popup.locator('.place-content').evaluate((e) => e.scrollTo(0, e.scrollHeight));
  const close = popup.locator('.maplibregl-popup-close-button');
  const c = (await close.boundingBox())!;
  expect(c.y).toBeGreaterThanOrEqual(b.y - 1);
  await close.click();
  await expect(popup).toHaveCount(0);
});

test('on a phone the page scrolls to a full-height list below the map @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  // A link to a place low in the list keeps the reader on the map and its popup.
  await openMap(page, './#place=mastung-procession-2023');
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Mastung procession bombing, 2023');
  await expect(page.locator('#details-mastung-procession-2023')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('.maplibregl-popup')).toBeInViewport();
  const list = page.locator('.side-panel');
  // The list is not squeezed into a strip under a fixed map: it is as tall as its content.
  const { panel, content } = await list.evaluate((e) => ({ panel: e.clientHeight, content: e.scrollHeight }));
  expect(panel).toBe(content);
  await page.locator('#place-list button[data-place="torkham"]').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await expect(page.locator('#place-list button[data-place="torkham"]')).toBeInViewport();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

test('on a desktop the two sides sit side by side', async ({ page }) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="nangarhar"]').click();
  const popup = page.locator('.maplibregl-popup');
  const kabul = await popup.locator('[data-side="kabul"]').boundingBox();
  const islamabad = await popup.locator('[data-side="islamabad"]').boundingBox();
  expect(Math.abs(kabul!.y - islamabad!.y)).toBeLessThan(2);
  expect(islamabad!.x).toBeGreaterThan(kabul!.x + kabul!.width - 1);
});
