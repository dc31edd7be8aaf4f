import type { Frame, Page } from '@playwright/test';
import { test, expect, openMap, engineReady } from './fixtures.ts';
import { chromeHeight } from './embed-helpers.ts';

async function frameReady(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`#${id}`).elementHandle();
  await handle!.scrollIntoViewIfNeeded();
  const frame = (await handle!.contentFrame())!;
  await engineReady(frame);
  return frame;
}

const zoomOf = (frame: Frame) =>
  frame.evaluate(() =>
    (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map.map.getZoom(),
  );

test('the demo article renders both embeds; the place embed shows its popup', async ({ page }) => {
  await page.goto('./embed-demo.html');
  const whole = await frameReady(page, 'demo-map');
  await expect(whole.locator('.site-header')).toBeHidden();
  await expect(whole.locator('.full-map-link')).toBeVisible();
  await expect(whole.locator('.maplibregl-ctrl-attrib')).toBeVisible();
  const place = await frameReady(page, 'demo-place');
  await expect(place.locator('.maplibregl-popup h2')).toHaveText('Nangarhar');
});

test('scrolling over an embed scrolls the article; Ctrl + scroll zooms the map', async ({ page }) => {
  await page.goto('./embed-demo.html');
  const frame = await frameReady(page, 'demo-map');
  await page.evaluate(() => window.scrollTo(0, document.getElementById('demo-map')!.offsetTop - 100));
  await page.waitForTimeout(300);
  const box = (await page.locator('#demo-map').boundingBox())!;
  const zoom0 = await zoomOf(frame);
  const y0 = await page.evaluate(() => scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(y0 + 100);
  expect(await zoomOf(frame)).toBeCloseTo(zoom0, 5);
  await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toBeVisible();

  // Let the article's scroll settle before aiming at the map again.
  let last = -1;
  await expect
    .poll(async () => {
      const y = await page.evaluate(() => scrollY);
      const still = y === last;
      last = y;
      return still;
    })
    .toBe(true);
  // Bring the map back into view (the article scrolled it partly off screen).
  await page.evaluate(() => window.scrollTo(0, document.getElementById('demo-map')!.offsetTop - 100));
  await page.waitForTimeout(300);
  const box2 = (await page.locator('#demo-map').boundingBox())!;
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => zoomOf(frame)).toBeGreaterThan(zoom0 + 0.1);
});

test('“Open full map” opens the full site on the same place and camera', async ({ page, context }) => {
  await page.goto('./embed-demo.html');
  const frame = await frameReady(page, 'demo-place');
  const link = frame.locator('.full-map-link');
  await expect(link).toHaveAttribute('href', /#map=[\d.]+\/[\d.]+\/[\d.]+&place=nangarhar$/);
  expect(await link.getAttribute('href')).not.toContain('embed');
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForSelector('html[data-map-ready]');
  await expect(full.locator('.maplibregl-popup h2')).toHaveText('Nangarhar');
  await expect(full.locator('.site-header')).toBeVisible();
});

test('the auto-height message resizes the frame', async ({ page }) => {
  const messages: unknown[] = [];
  await page.exposeFunction('recordMessage', (m: unknown) => messages.push(m));
  await page.addInitScript(() =>
    window.addEventListener('message', (e) =>
      (window as unknown as { recordMessage: (m: unknown) => void }).recordMessage(e.data),
    ),
  );
  await page.goto('./embed-demo.html');
  const frame = await frameReady(page, 'demo-map');
  const width = (await page.locator('#demo-map').boundingBox())!.width;
  // The map's 4:3 height plus the caption and credit strips around it.
  const wanted = Math.round(Math.min(720, Math.max(380, width * 0.75))) + (await chromeHeight(frame));
  await expect(page.locator('#demo-map')).toHaveAttribute('height', String(wanted));
  expect(messages).toContainEqual(expect.objectContaining({ type: 'durand-map:height', height: wanted }));
  expect(messages).toContainEqual({ 'datawrapper-height': { 'demo-map': wanted } });
});

test('the resize script ignores a message that does not come from the frame', async ({ page }) => {
  await page.goto('./embed-demo.html');
  await frameReady(page, 'demo-map');
  const before = await page.locator('#demo-map').getAttribute('height');
  await page.evaluate(() => window.postMessage({ type: 'durand-map:height', height: 1999 }, '*'));
  await page.waitForTimeout(300);
  expect(await page.locator('#demo-map').getAttribute('height')).toBe(before);
});

test('the map renders under a strict Content-Security-Policy header', async ({ page }) => {
  const csp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; base-uri 'self'; form-action 'none'; frame-ancestors 'self'";
  await page.route(/127\.0\.0\.1:\d+\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused/.test(m.text())) violations.push(m.text());
  });
  await openMap(page, './?embed=1#place=kunar');
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kunar');
  expect(violations).toEqual([]);
});

test('the embed dialog gives a ready snippet for the open place', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, './#place=bajaur');
  await page.locator('.embed-open').click();
  const dialog = page.locator('dialog.embed-dialog');
  await expect(dialog).toBeVisible();
  const code = await dialog.locator('textarea').inputValue();
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;frame=durand-map-bajaur-[a-z0-9]{6}#place=bajaur" title="Map: Bajaur[^"]*" id="durand-map-bajaur-[a-z0-9]{6}" style="border:0"/,
  );
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('allowfullscreen');
  expect(code).toContain('width="100%"');
  expect(code).toContain('embed-resize.js');
  await dialog.locator('input[value="fixed"]').check();
  const fixed = await dialog.locator('textarea').inputValue();
  expect(fixed).toContain('width="640"');
  expect(fixed).not.toContain('<script');
  // Out-of-range sizes are held to the fields' range, never written as typed.
  await dialog.locator('#embed-width').fill('-5');
  await dialog.locator('#embed-height').fill('99999');
  const held = await dialog.locator('textarea').inputValue();
  expect(held).toContain('width="200" height="2000"');
  await dialog.locator('#embed-width').fill('640');
  await dialog.locator('#embed-height').fill('480');
  await dialog.locator('.share-copy').click();
  await expect(dialog.locator('.share-status')).toHaveText('Embed code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fixed);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.embed-open')).toBeFocused();
});

test('oEmbed: discovery links and a rich response per place', async ({ request }) => {
  const html = await (await request.get('./place/kunar/')).text();
  expect(html).toContain(
    '<link rel="alternate" type="application/json+oembed" href="../../oembed/kunar.json"',
  );
  const json = await (await request.get('./oembed/kunar.json')).json();
  expect(json).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 480 });
  expect(json.html).toMatch(/^<iframe src="[^"]*\?embed=1#place=kunar" title="Map: Kunar/);
  const root = await (await request.get('./')).text();
  expect(root).toContain('type="application/json+oembed" href="oembed.json"');
  expect((await (await request.get('./oembed.json')).json()).type).toBe('rich');
});

test('an embed without a caption says what it is: title and a source line naming both sources', async ({
  page,
}) => {
  await openMap(page, './?embed=1#place=kunar');
  await expect(page.locator('.embed-title')).toHaveText(
    (await page.locator('.site-header h1').textContent())!.trim(),
  );
  await expect(page.locator('.embed-source')).toHaveText(
    /source 000 \(analysis\) and source 003 \(opinion\)/,
  );
  await expect(page.locator('.embed-desc, .embed-byline')).toHaveCount(0);
  const [caption, map, credit] = await Promise.all(
    ['.embed-caption', '#map', '.embed-credit'].map(async (s) => (await page.locator(s).boundingBox())!),
  );
  expect(caption.y + caption.height).toBeLessThanOrEqual(map.y + 1);
  expect(credit.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
});

test('the embed chrome options are shown as text; an empty one hides its line; a bad one gives a notice', async ({
  page,
}) => {
  await openMap(
    page,
    './?embed=1&title=%3Cimg%20src%3Dx%3EBorder%20blame&desc=Who+blames+whom&source=&byline=By+A.+Reporter',
  );
  await expect(page.locator('.embed-title')).toHaveText('<img src=x>Border blame');
  await expect(page.locator('.embed-chrome img')).toHaveCount(0);
  await expect(page.locator('.embed-desc')).toHaveText('Who blames whom');
  await expect(page.locator('.embed-source')).toHaveCount(0);
  await expect(page.locator('.embed-byline')).toHaveText('By A. Reporter');
  await openMap(page, `./?embed=1&title=${'x'.repeat(121)}`);
  await expect(page.locator('#notice .notice-text')).toHaveText(/“title” must be one line of at most 120/);
});

test('the embed dialog writes the caption into the embed code', async ({ page }) => {
  await openMap(page, './#place=kunar');
  await page.locator('.embed-open').click();
  const dialog = page.locator('dialog.embed-dialog');
  await dialog.locator('#embed-caption-title').fill('Where the blame lands');
  await dialog.locator('#embed-caption-byline').fill('By A. Reporter');
  const code = await dialog.locator('textarea').inputValue();
  expect(code).toContain('title=Where+the+blame+lands');
  expect(code).toContain('byline=By+A.+Reporter');
  expect(code).not.toContain('desc=');
});

test('mouse and touch readers reach the list of places inside an embed', async ({ page }) => {
  await openMap(page, './?embed=1');
  const open = page.locator('.places-open');
  await expect(open).toHaveText(/^Places \(\d+\)$/);
  await open.click();
  const panel = page.locator('.side-panel');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const torkham = page.locator('#place-list button[data-place="torkham"]');
  await torkham.scrollIntoViewIfNeeded();
  await expect(torkham).toBeInViewport();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.width).toBeGreaterThan(200);
  // Picking a place gives the map back, with that place's card on it.
  await torkham.click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Torkham crossing');
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  expect((await panel.boundingBox())!.x).toBeLessThan(0);
  // "Back to the map" closes it without choosing.
  await open.click();
  await page.locator('.panel-close').click();
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await expect(open).toBeFocused();
});
