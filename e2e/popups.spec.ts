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
  // The card is compact; the full text is in the side panel, once.
  await expect(popup).toContainText('4 March 2022');
  const full = page.locator('#details-peshawar-mosque-2022');
  await expect(full.locator('[data-side="islamabad"]')).toContainText(
    'the March 2022 suicide bombing of a Shia mosque in Peshawar that killed over 60 worshippers',
  );
  await expect(
    full
      .locator('[data-side="islamabad"] blockquote', { hasText: 'Shia mosque in Peshawar' })
      .locator('cite'),
  ).toHaveText('Source 003, ¶10');
  // The sources give Kabul nothing about this attack: one line says so, no general quote fills the gap.
  await expect(full.locator('[data-side="kabul"]')).toHaveCount(0);
  await expect(full).toContainText('Kabul says nothing about this place in these sources.');
  await expect(full).toContainText('Location: town (not the exact site)');
  await expect(full).toContainText('From the public record');
});

test('clicking a polygon (Nangarhar) and the line (Durand Line) opens their popups', async ({ page }) => {
  await openMap(page);
  const inside = await pointOnScreen(page, { lngLat: [70.2, 34.25] }); // rural Nangarhar, away from any point
  await page.mouse.click(inside.x, inside.y);
  await expectPopupContract(page, 'Nangarhar', ['kabul', 'islamabad']);
  await expect(page.locator('#details-nangarhar [data-side="islamabad"]')).toContainText(
    'specifically Nangarhar and Kunar',
  );

  await page.locator('.maplibregl-popup-close-button').click();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  const onLine = await pointOnScreen(page, { durandLineFraction: 0.3 }); // in Balochistan, far from other places
  await page.mouse.click(onLine.x, onLine.y);
  await expectPopupContract(page, 'Durand Line', ['kabul', 'islamabad', 'analysis']);
  const line = page.locator('#details-durand-line');
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
  await expect(page.locator('.maplibregl-popup')).toContainText('Kabul: nothing about this place');
  const torkham = page.locator('#details-torkham');
  await expect(torkham.locator('[data-side="kabul"]')).toHaveCount(0);
  await expect(torkham).toContainText('Kabul says nothing about this place in these sources.');
  await page.locator('#place-list button[data-place="khalil-haqqani-killing"]').click();
  const haqqani = page.locator('#details-khalil-haqqani-killing');
  await expect(haqqani.locator('.fact-check')).toContainText('11 December 2024');
  await expect(haqqani.locator('[data-side="islamabad"]')).toContainText('the 2022 assassination');
});

test('the card’s line per side is the first quote of that side in the full text', async ({ page }) => {
  await openMap(page);
  for (const id of ['kunar', 'bagram-prison', 'sultan-aziz-azzam-arrest']) {
    await page.locator(`#place-list button[data-place="${id}"]`).click();
    await expect(page.locator(`#details-${id} blockquote`).first()).toBeVisible();
    for (const side of ['kabul', 'islamabad', 'analysis']) {
      const card = page.locator(`.maplibregl-popup [data-side="${side}"] .card-quote-text`);
      const full = page.locator(`#details-${id} [data-side="${side}"] .quote-text`);
      expect(await card.count()).toBe(Math.min(1, await full.count()));
      if (await card.count()) expect(await card.textContent()).toBe(await full.first().textContent());
    }
  }
});

test('unpinned places say their location is not public', async ({ page }) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="sultan-aziz-azzam-arrest"]').click();
  await expect(page.locator('#details-sultan-aziz-azzam-arrest')).toContainText(
    'the sources give no location',
  );
});

test('the sources panel lists each source’s quotes, linking back to their places', async ({ page }) => {
  await openMap(page);
  const source = page.locator('#source-003');
  await expect(source).toContainText("Argues Pakistan's case");
  await source.locator('summary').click();
  await source.locator('[data-quote="i-spin-ghar"] a[data-place="spin-ghar"]').click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Spin Ghar mountains');
});

test('on a phone a place opens in a bottom sheet: readable, inside the screen, the tapped spot above it @phone', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openMap(page);
  const at = await placeOnScreen(page, 'peshawar-mosque-2022', 7.5);
  await page.touchscreen.tap(at.x, at.y);
  const sheet = page.locator('.bottom-sheet');
  await expect(sheet.locator('h2')).toHaveText('Peshawar mosque bombing, 2022');
  await settled(page);
  const box = (await sheet.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  // The sources give Kabul nothing about this attack: the sheet says so, then Islamabad's words.
  const missing = await sheet.locator('.side-missing.side-kabul').first().boundingBox();
  const islamabad = await sheet.locator('[data-side="islamabad"]').first().boundingBox();
  expect(missing).not.toBeNull();
  expect(islamabad).not.toBeNull();
  const fontSize = await sheet
    .locator('.quote-text')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(12);
  // The point is still on the map, above the sheet.
  const now = await page.evaluate(() => {
    const { map, atlas } = (
      window as unknown as {
        __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
      }
    ).__map;
    const pt = map.project(
      atlas.places.find((x) => x.id === 'peshawar-mosque-2022')!.anchor as [number, number],
    );
    const b = map.getCanvas().getBoundingClientRect();
    return { x: b.left + pt.x, y: b.top + pt.y };
  });
  expect(now.y).toBeLessThan(box.y);
  await page.screenshot({ path: info.outputPath('phone-sheet.png') });
  await sheet.locator('.sheet-close').tap();
  await expect(sheet).toBeHidden();
});

test('on a phone the page scrolls to a full-height list below the map @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  // A link to a place low in the list keeps the reader on the map and its popup.
  await openMap(page, './#place=mastung-procession-2023');
  await expect(page.locator('.bottom-sheet h2')).toHaveText('Mastung procession bombing, 2023');
  // One copy: the sheet holds the full text, the list only marks the place.
  await expect(page.locator('#details-mastung-procession-2023')).toBeHidden();
  // The map starts at the top of the screen (the headline scrolled away), the sheet below it.
  expect(Math.abs((await page.locator('#map').boundingBox())!.y)).toBeLessThanOrEqual(1);
  await expect(page.locator('.bottom-sheet')).toBeInViewport();
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

test('on a desktop the card is compact: no scroll box, a small share of the map', async ({ page }) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="nangarhar"]').click();
  const card = page.locator('.maplibregl-popup .place-card');
  await expect(card).toBeVisible();
  const { scroll, client } = await card.evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
  expect(scroll).toBe(client);
  const box = (await card.boundingBox())!;
  const map = (await page.locator('#map').boundingBox())!;
  expect(box.height * box.width).toBeLessThan(0.25 * map.height * map.width);
});
