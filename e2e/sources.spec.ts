// Sources readers can check: every citation in the popups and the list opens the source's reader
// page at an element whose text contains the quote.
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

interface Cited {
  href: string;
  quote: string;
}

/** The cites of the quotes currently shown in `scope`, with their quote's words. */
async function citesIn(page: Page, scope: string): Promise<Cited[]> {
  return page.locator(`${scope} blockquote`).evaluateAll((els) =>
    els.map((b) => ({
      href: (b.querySelector('cite a') as HTMLAnchorElement | null)?.href ?? '',
      quote: b.querySelector('.quote-text, .card-quote-text, p')?.textContent ?? '',
    })),
  );
}

test('every citation in the popups and the list opens its paragraph, which holds the quote', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openMap(page);
  const ids = await page
    .locator('#place-list button[data-place]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!));
  expect(ids.length).toBe(19);
  const cited: Cited[] = [];
  for (const id of ids) {
    await page.locator(`#place-list button[data-place="${id}"]`).click();
    await expect(page.locator(`#details-${id} blockquote`).first()).toBeAttached();
    // The card at the place shows each side's first quote; the panel holds every quote once.
    const fromCard = await citesIn(page, '.maplibregl-popup');
    const fromList = await citesIn(page, `#details-${id}`);
    expect(fromList.length, id).toBeGreaterThan(0);
    cited.push(...fromCard, ...fromList);
  }
  // The general positions and the sources panel cite the same way.
  cited.push(...(await citesIn(page, '#positions')), ...(await citesIn(page, '#sources-panel')));
  expect(cited.every((c) => /\/sources\/\d{3}\/#p\d+$/.test(c.href))).toBe(true);

  const reader = await context.newPage();
  const byPage = new Map<string, Cited[]>();
  for (const c of cited) {
    const [url] = c.href.split('#');
    byPage.set(url, [...(byPage.get(url) ?? []), c]);
  }
  expect([...byPage.keys()].length).toBe(2);
  for (const [url, list] of byPage) {
    await reader.goto(url);
    for (const c of list) {
      const anchor = reader.locator(`[id="${c.href.split('#')[1]}"]`);
      const text = (await anchor.textContent()) ?? '';
      for (const segment of c.quote.split(' … ')) expect(text, c.href).toContain(segment);
    }
  }
});

test('clicking a cite opens the source page scrolled to the highlighted paragraph', async ({ page }) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="sultan-aziz-azzam-arrest"]').click();
  const cite = page
    .locator('#details-sultan-aziz-azzam-arrest blockquote', { hasText: 'Azzam’s capture' })
    .locator('cite a');
  await expect(cite).toHaveText('Source 003, ¶13');
  await cite.click();
  await expect(page).toHaveURL(/\/sources\/003\/#p13$/);
  const target = page.locator('#p13');
  await expect(target).toContainText('Azzam’s capture by Pakistani intelligence directly contradicts');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((e) => e.matches(':target'))).toBe(true);
  await expect(page.locator('dl')).toContainText('the three subheadings count');
  await expect(page.locator('dl')).toContainText('Publisher, author and publication date are not');
});
