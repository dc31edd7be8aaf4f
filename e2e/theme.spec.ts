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

test('the embed dialog offers the theme and writes it into the code', async ({ page }) => {
  await openMap(page, './#place=kunar');
  await page.locator('.embed-open').click();
  const dialog = page.locator('dialog.embed-dialog');
  expect(await dialog.locator('textarea').inputValue()).not.toContain('theme=');
  await dialog.locator('input[name="theme"][value="dark"]').check();
  expect(await dialog.locator('textarea').inputValue()).toContain('theme=dark');
});
