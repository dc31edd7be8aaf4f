// The claims lens: ?lens=kabul|islamabad recolours the map, keeps through share and embed, and a
// bad value falls back to the default view with a notice.
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

async function canvasPixels(page: Page): Promise<Buffer> {
  await page.waitForTimeout(300);
  return page.locator('canvas.maplibregl-canvas').screenshot();
}

test('each lens draws a different map from the default and from the other', async ({ page }) => {
  await openMap(page);
  const base = await canvasPixels(page);
  await openMap(page, './?lens=kabul');
  const kabul = await canvasPixels(page);
  await expect(page.locator('.lens-legend')).toContainText('where Kabul says ISKP is based or sheltered');
  await expect(page.locator('.lens-legend')).toContainText('not what is established');
  await openMap(page, './?lens=islamabad');
  const islamabad = await canvasPixels(page);
  expect(kabul.equals(base)).toBe(false);
  expect(islamabad.equals(base)).toBe(false);
  expect(islamabad.equals(kabul)).toBe(false);
  // Every highlighted place is reachable from the legend, and opens with that side's quote.
  await page.locator('.lens-legend button[data-place="spin-ghar"]').click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('h2')).toHaveText('Spin Ghar mountains');
  await expect(popup.locator('[data-side="islamabad"]')).toContainText('found refuge');
});

test('the lens is kept in the share link, the embed dialog and its snippet', async ({ page }) => {
  await openMap(page, './?lens=kabul');
  await page.getByRole('button', { name: 'Share this view' }).click();
  await expect(page.locator('.share-url').first()).toHaveValue(/\?lens=kabul/);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.locator('#embed-code')).toHaveValue(/\?embed=1&amp;lens=kabul|\?embed=1&lens=kabul/);
});

test('a bad lens shows the default map with a notice', async ({ page }) => {
  await openMap(page, './?lens=taliban');
  await expect(page.locator('#notice')).toContainText('The option “lens” must be kabul, islamabad or both.');
  await expect(page.locator('.lens-legend')).toHaveCount(0);
  // The default style: none of the lens layers is drawn (the notice overlaps the canvas, so no pixel compare).
  const lensLayers = await page.evaluate(
    () =>
      (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map.map
        .getStyle()
        .layers.filter((l) => l.id.startsWith('lens-')).length,
  );
  expect(lensLayers).toBe(0);
});
