// The reading pane (issue #12): a compact card with the full text once in the side panel on wide
// screens; a bottom sheet on phones whose peek shows each side's first quote; a chooser for
// overlapping points. The title names the open place, Back restores the first camera, and axe
// finds nothing in any of these states.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap, settled, pointOnScreen, placeOnScreen } from './fixtures.ts';

async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  console.log(`axe ${label}: ${results.violations.length} violations`);
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const countIn = (text: string, part: string) => text.split(part).length - 1;

test('desktop: a card at the spot clicked, the full text once in the panel; title and Back', async ({
  page,
}) => {
  await openMap(page);
  const inside = await pointOnScreen(page, { lngLat: [70.2, 34.25] }, 8);
  await page.mouse.click(inside.x, inside.y);
  const card = page.locator('.place-popup .place-card');
  await expect(card.locator('h2')).toHaveText('Nangarhar');
  await expect(card.locator('[data-side="kabul"] blockquote cite')).toHaveText(/^Source \d{3}, ¶\d+$/);
  await expect(card.locator('[data-side="islamabad"] blockquote')).toHaveCount(1);
  await expect(page).toHaveTitle(/^Nangarhar · /);
  // The card sits at the spot clicked and leaves it uncovered.
  expect(
    await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [inside.x, inside.y]),
  ).toBe('CANVAS');
  // Full text: in the panel; the accessibility tree carries each quote once.
  const panel = page.locator('#place-list li[data-place="nangarhar"] .place-details');
  await expect(panel.locator('[data-side="kabul"] blockquote').first()).toBeVisible();
  const first = (await panel
    .locator('[data-side="islamabad"] blockquote .quote-text')
    .first()
    .textContent())!;
  const tree = await page.locator('body').ariaSnapshot();
  expect(countIn(tree, first.slice(0, 60))).toBe(1);
  await card.locator('.card-read').click();
  await expect(panel).toBeFocused();
  expect(await axeViolations(page, 'desktop card + panel')).toEqual([]);
});

test('Back to the first entry closes the place and restores the camera it opened with', async ({ page }) => {
  await openMap(page);
  const camera = () =>
    page.evaluate(() => {
      const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
      return { zoom: map.getZoom(), center: map.getCenter().toArray() };
    });
  const camera0 = await camera();
  await page.locator('#place-list button[data-place="nangarhar"]').click();
  await settled(page);
  expect((await camera()).zoom).toBeGreaterThan(camera0.zoom + 1);
  await page.goBack();
  await expect(page.locator('.place-popup')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/Nangarhar/);
  await settled(page);
  const camera1 = await camera();
  expect(camera1.zoom).toBeCloseTo(camera0.zoom, 2);
  expect(camera1.center[0]).toBeCloseTo(camera0.center[0], 2);
  expect(camera1.center[1]).toBeCloseTo(camera0.center[1], 2);
});

test('overlapping points open a chooser listing exactly them; axe finds nothing', async ({ page }) => {
  await openMap(page);
  const at = await placeOnScreen(page, 'khalil-haqqani-killing');
  await page.mouse.click(at.x, at.y);
  const chooser = page.locator('.place-chooser');
  await expect(chooser.locator('[data-place]')).toHaveCount(4);
  expect(await axeViolations(page, 'chooser')).toEqual([]);
  await chooser.locator('[data-place="kabul-airport-2021"]').click();
  await expect(page.locator('.place-popup .place-card h2')).toHaveText('Kabul airport bombing, 2021');
  await expect(page.locator('.place-popup .place-kind')).toContainText('26 August 2021');
});

for (const size of [
  { width: 375, height: 740 },
  { width: 390, height: 844 },
])
  test(`phone ${size.width}×${size.height}: each place's first quotes are readable at the sheet's peek or after one tap @phone`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    // The camera jumps to each place instead of flying: this checks the sheet, not the flight.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    const ids = await page.evaluate(() =>
      (window as unknown as { __map: { atlas: { places: { id: string }[] } } }).__map.atlas.places.map(
        (p) => p.id,
      ),
    );
    const report: string[] = [];
    let axeDone = false;
    for (const id of ids) {
      await page.evaluate((id) => {
        (
          window as unknown as { __map: { selection: { select: (id: string, how: object) => void } } }
        ).__map.selection.select(id, { source: 'list' });
      }, id);
      const sheet = page.locator('.bottom-sheet');
      await expect(sheet).toBeVisible();
      await settled(page);
      const readable = () =>
        sheet.evaluate((s) => {
          const frame = s.getBoundingClientRect();
          const firsts = [...s.querySelectorAll('[data-side]')].map((side) =>
            side.querySelector('blockquote'),
          );
          return firsts.every((q) => {
            if (!q) return true;
            const r = q.getBoundingClientRect();
            return (
              r.height > 0 && r.top >= frame.top && r.bottom <= Math.min(frame.bottom, innerHeight) + 0.5
            );
          });
        });
      let how = 'peek';
      if (!(await readable())) {
        await page.locator('.sheet-expand').tap();
        how = 'after one tap';
      }
      expect(await readable(), `${id}: first quotes readable ${how}`).toBe(true);
      report.push(`${id}: ${how}`);
      if (!axeDone && id === 'nangarhar') {
        if ((await sheet.getAttribute('data-state')) === 'full') await page.locator('.sheet-expand').tap();
        await expect(sheet).toHaveAttribute('data-state', 'peek');
        expect(await axeViolations(page, 'sheet peek')).toEqual([]);
        await page.locator('.sheet-expand').tap();
        await expect(sheet).toHaveAttribute('data-state', 'full');
        expect(await axeViolations(page, 'sheet expanded')).toEqual([]);
        axeDone = true;
      }
    }
    console.log(`${size.width}×${size.height}\n${report.join('\n')}`);
  });
