// Publishing (issue #15): the 404 page as a host serves it, and the embed code pasted twice.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openMap, engineReady } from './fixtures.ts';
import { chromeHeight } from './embed-helpers.ts';

/** Serves dist/404.html at a missing address, with status 404, as GitHub Pages or Netlify do. */
async function missing(page: Page, path: string): Promise<void> {
  const body = readFileSync('dist/404.html', 'utf8');
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ status: 404, contentType: 'text/html', body }),
  );
  await page.goto(`.${path}`);
}

test.describe('the 404 page', () => {
  // The browser logs the page's own 404 status as a console error.
  test.use({ allowedConsoleErrors: [/status of 404/] });
  for (const [path, meant] of [
    ['/place/nangarhr/', 'Nangarhar'],
    ['/place/NANGARHAR/', 'Nangarhar'],
    ['/place/torkam', 'Torkham crossing'],
    ['/place/kabul/', 'Kabul airport bombing, 2021'],
  ] as const) {
    test(`${path} offers “Did you mean ${meant}?”`, async ({ page }) => {
      await missing(page, path);
      const offer = page.locator('#did-you-mean');
      await expect(offer).toBeVisible();
      await expect(offer).toContainText(`Did you mean ${meant}?`);
      await offer.locator('a').click();
      await page.waitForSelector('html[data-map-ready]');
      await expect(page.locator('.maplibregl-popup h2')).toHaveText(meant);
    });
  }

  test('links to the map and every place, and offers nothing for a bare place/', async ({ page }) => {
    await missing(page, '/place/');
    await expect(page.locator('h1')).toHaveText('This page is not on the map');
    await expect(page.locator('#did-you-mean')).toBeHidden();
    const places = JSON.parse(readFileSync('geodata/places.json', 'utf8')).places as unknown[];
    await expect(page.locator('#places a[data-place]')).toHaveCount(places.length);
    await page.locator('a', { hasText: 'Open the map' }).click();
    await page.waitForSelector('html[data-map-ready]');
    await expect(page.locator('#map canvas.maplibregl-canvas')).toBeVisible();
  });

  test('hostile text in the address is shown as text only, never as markup', async ({ page }) => {
    await missing(page, '/place/%3Cimg%20src=x%20onerror=alert(1)%3Enangarhar/');
    await expect(page.locator('#did-you-mean img')).toHaveCount(0);
  });
});

test('the embed code pasted twice: both frames sized by one script, distinct ids, no border', async ({
  page,
}) => {
  await openMap(page);
  const snippet = async () => {
    await page.locator('.embed-open').click();
    const dialog = page.locator('dialog.embed-dialog');
    await dialog.locator('input[value="default"]').check();
    const code = await dialog.locator('textarea').inputValue();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    return code;
  };
  const [a, b] = [await snippet(), await snippet()];
  const id = (code: string) => code.match(/ id="([^"]+)"/)![1];
  expect(id(a)).not.toBe(id(b));
  const filler = '<p>Article text.</p>'.repeat(3);
  await page.route('**/pasted-twice.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Article</title></head><body>${filler}${a}${filler}${b}${filler}</body></html>`,
    }),
  );
  await page.goto('./pasted-twice.html');
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  for (const frameId of [id(a), id(b)]) {
    const frame = page.locator(`iframe#${frameId}`);
    await frame.scrollIntoViewIfNeeded();
    const width = (await frame.boundingBox())!.width;
    const inner = (await frame.elementHandle())!;
    const content = (await inner.contentFrame())!;
    await engineReady(content);
    const wanted = Math.round(Math.min(720, Math.max(380, width * 0.75))) + (await chromeHeight(content));
    await expect(frame).toHaveAttribute('height', String(wanted));
    expect(await frame.evaluate((f) => getComputedStyle(f).borderTopWidth)).toBe('0px');
  }
});
