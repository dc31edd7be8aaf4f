// Dark mode (issue #15): the reader's colour scheme by default, ?theme= to force one; axe at 0 in both.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap, settled } from './fixtures.ts';

/** The sea's colour in the drawn canvas (top-left corner of the default view is sea or land). */
const pixel = (page: Page) =>
  page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
    const out = new Uint8Array(4);
    gl!.readPixels(5, 5, 1, 1, gl!.RGBA, gl!.UNSIGNED_BYTE, out);
    return (out[0] + out[1] + out[2]) / 3;
  });

for (const [scheme, query, theme] of [
  ['light', '', 'light'],
  ['dark', '', 'dark'],
  ['dark', 'theme=light&', 'light'],
  ['light', 'theme=dark&', 'dark'],
] as const) {
  test(`prefers ${scheme}${query ? ` with ?${query.slice(0, -1)}` : ''}: ${theme} page and map`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, `./?${query}testPixels=1`);
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const brightness = await pixel(page);
    if (theme === 'dark') expect(brightness).toBeLessThan(80);
    else expect(brightness).toBeGreaterThan(170);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r] = bg.match(/\d+/g)!.map(Number);
    if (theme === 'dark') expect(r).toBeLessThan(60);
    else expect(r).toBeGreaterThan(200);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: 0 violations in the ${theme} theme, with a place open and in an embed`, async ({ page }) => {
    for (const path of [`./?theme=${theme}#place=nangarhar`, `./?embed=1&theme=${theme}#place=kunar`]) {
      await openMap(page, path);
      await settled(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const found = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      console.log(`axe ${theme} ${path}: ${found.length} violations, ${results.passes.length} rules passed`);
      expect(found, path).toEqual([]);
    }
  });
}

test('the map follows the reader switching dark mode on and off while it is open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openMap(page, './?testPixels=1');
  await settled(page);
  expect(await pixel(page)).toBeGreaterThan(170);
  const swatch = () =>
    page.locator('.legend svg[data-kind="attack"] > *').evaluate((shape) => {
      // The colour painted, as the browser resolved it: rgb(r, g, b).
      const [, g] = getComputedStyle(shape).fill.match(/\d+/g)!.map(Number);
      return g; // green: the light attack red has little, the dark one much more
    });
  const lightSwatch = await swatch();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => pixel(page), { timeout: 10_000 }).toBeLessThan(80);
  expect(await swatch()).toBeGreaterThan(lightSwatch + 40);
  // A place opened afterwards is drawn in the dark palette, and the layers' filters still work.
  await page.evaluate(() => (location.hash = '#place=nangarhar'));
  await expect(page.locator('[data-side]').first()).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => pixel(page), { timeout: 10_000 }).toBeGreaterThan(170);
});

test('a link that forces a theme keeps it when the reader’s setting changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openMap(page, './?theme=light&testPixels=1');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(500);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await pixel(page)).toBeGreaterThan(170);
});

test('the source pages follow the reader’s dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./sources/000/');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r] = bg.match(/\d+/g)!.map(Number);
  expect(r).toBeLessThan(60);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the embed dialog offers the theme and writes it into the code', async ({ page }) => {
  await openMap(page, './#place=kunar');
  await page.locator('.embed-open').click();
  const dialog = page.locator('dialog.embed-dialog');
  expect(await dialog.locator('textarea').inputValue()).not.toContain('theme=');
  await dialog.locator('input[name="theme"][value="dark"]').check();
  expect(await dialog.locator('textarea').inputValue()).toContain('theme=dark');
});
