// Story API (issue #15): a host article on another origin commands the embed by postMessage; only
// origins listed in the embed's ?story= are heard; events come back to the host.
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from '@playwright/test';
import { test, expect, engineReady } from './fixtures.ts';

const MAP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const HOST = 'http://127.0.0.1:4225';

// A real second origin (a server on port 4225): Chromium's local-network checks block a loopback
// frame inside a page that has no real address, such as one fulfilled by page.route.
// One worker runs this file's tests in order: they share the second origin's port.
test.describe.configure({ mode: 'default' });

let server: Server;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const story = new URL(req.url ?? '/', HOST).searchParams.get('story');
    const src = `${MAP}/?embed=1&frame=story${story ? `&story=${encodeURIComponent(story)}` : ''}`;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<!doctype html><html lang="en"><head><title>Article</title></head><body><h1>Article</h1><iframe id="map" src="${src.replace(/&/g, '&amp;')}" width="900" height="600" title="Map"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(4225, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A host article on HOST embedding the map, allowing `story` (or nothing). */
async function article(page: Page, story: string | null): Promise<Frame> {
  await page.addInitScript(() => {
    const w = window as unknown as { events?: unknown[] };
    if (w.events) return; // registered again by a later article() call in the same test
    const events: unknown[] = (w.events = []);
    window.addEventListener('message', (e) => {
      if (e.data?.type === 'durand-map:event') events.push({ origin: e.origin, ...e.data });
    });
  });
  await page.goto(`${HOST}/article.html${story ? `?story=${encodeURIComponent(story)}` : ''}`);
  const frame = (await (await page.locator('#map').elementHandle())!.contentFrame())!;
  // A story embed loads its engine at once; one without ?story= waits for the reader's intent.
  await engineReady(frame);
  return frame;
}

const post = (page: Page, data: unknown) =>
  page.evaluate(
    ([data, target]) =>
      (document.getElementById('map') as HTMLIFrameElement).contentWindow!.postMessage(data, target),
    [data, MAP] as const,
  );
const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: { event: string; [k: string]: unknown }[] }).events);
const zoomOf = (frame: Frame) =>
  frame.evaluate(() =>
    (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map.map.getZoom(),
  );

test('an allowed origin opens a place, flies, closes; events arrive at the host', async ({ page }) => {
  const frame = await article(page, HOST);
  await expect.poll(async () => (await events(page)).map((e) => e.event)).toContain('ready');
  await post(page, { type: 'durand-map:command', command: 'open', place: 'nangarhar' });
  await expect(frame.locator('.maplibregl-popup h2')).toHaveText('Nangarhar');
  await expect
    .poll(async () => (await events(page)).find((e) => e.event === 'place:open'))
    .toMatchObject({ origin: MAP, place: 'nangarhar', name: 'Nangarhar' });
  await post(page, { type: 'durand-map:command', command: 'fly', view: { zoom: 9, lat: 34.2, lng: 70.5 } });
  await expect.poll(() => zoomOf(frame)).toBeCloseTo(9, 1);
  await expect
    .poll(async () => (await events(page)).filter((e) => e.event === 'view:change').at(-1))
    .toMatchObject({ view: { zoom: 9 } });
  await post(page, { type: 'durand-map:command', command: 'close' });
  await expect(frame.locator('.maplibregl-popup')).toHaveCount(0);
  await expect.poll(async () => (await events(page)).map((e) => e.event)).toContain('place:close');
  // The reader's own click in the map is reported too.
  await frame.locator('#place-list button[data-place="kunar"]').evaluate((b: HTMLElement) => b.click());
  await expect
    .poll(async () => (await events(page)).filter((e) => e.event === 'place:open').at(-1))
    .toMatchObject({ place: 'kunar' });
  // The claims lens follows the story too: the embed shows Kabul's lens and its key, and says so.
  await post(page, { type: 'durand-map:command', command: 'lens', lens: 'kabul' });
  await expect(frame.locator('.lens-legend.side-kabul')).toBeVisible();
  await expect
    .poll(async () => (await events(page)).filter((e) => e.event === 'lens:change').at(-1))
    .toMatchObject({ lens: 'kabul' });
  await post(page, { type: 'durand-map:command', command: 'lens', lens: 'both' });
  await expect(frame.locator('.lens-legend')).toHaveCount(0);
});

test('another origin, or no ?story=, is not heard; malformed commands are ignored without an error', async ({
  page,
}) => {
  for (const story of ['https://news.example', null]) {
    const frame = await article(page, story);
    await post(page, { type: 'durand-map:command', command: 'open', place: 'nangarhar' });
    await post(page, { type: 'durand-map:command', command: 'fly', view: { zoom: 11, lat: 34, lng: 70 } });
    await page.waitForTimeout(1500);
    await expect(frame.locator('.maplibregl-popup')).toHaveCount(0);
    expect(await zoomOf(frame)).toBeLessThan(8);
    expect(await events(page), String(story)).toEqual([]);
  }
  const frame = await article(page, HOST);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const bad of [
    null,
    'open nangarhar',
    42,
    { command: 'open', place: 'nangarhar' },
    { type: 'durand-map:command', command: 'open', place: '<img src=x onerror=alert(1)>' },
    { type: 'durand-map:command', command: 'open', place: { toString: 'x' } },
    { type: 'durand-map:command', command: 'fly', view: { zoom: '9', lat: 34, lng: 70 } },
    { type: 'durand-map:command', command: 'fly', view: { zoom: 9, lat: 95, lng: 70 } },
    { type: 'durand-map:command', command: 'eval', code: 'alert(1)' },
  ])
    await post(page, bad);
  await page.waitForTimeout(1500);
  await expect(frame.locator('.maplibregl-popup')).toHaveCount(0);
  expect(await zoomOf(frame)).toBeLessThan(8);
  expect(errors).toEqual([]);
  const refused = (await events(page)).filter((e) => e.event === 'command:refused');
  expect(refused.map((e) => e.reason)).toEqual(['unknown place', 'view outside the world']);
  // Still obeys a good command afterwards.
  await post(page, { type: 'durand-map:command', command: 'open', place: 'bajaur' });
  await expect(frame.locator('.maplibregl-popup h2')).toHaveText('Bajaur');
});

test('the demo article: the map follows the text, and stays usable', async ({ page }) => {
  await page.goto('./story-demo.html');
  const frame = (await (await page.locator('#story-map').elementHandle())!.contentFrame())!;
  await frame.waitForSelector('html[data-map-ready]');
  for (const [place, name] of [
    ['nangarhar', 'Nangarhar'],
    ['bajaur', 'Bajaur'],
  ]) {
    await page.locator(`.step[data-place="${place}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((p) => {
      const s = document.querySelector(`.step[data-place="${p}"]`)!;
      window.scrollTo(0, s.getBoundingClientRect().top + scrollY - innerHeight / 3);
    }, place);
    await expect(frame.locator('.maplibregl-popup h2')).toHaveText(name);
  }
  // The reader can open another place in the map between steps.
  await frame.locator('#place-list button[data-place="kunar"]').evaluate((b: HTMLElement) => b.click());
  await expect(frame.locator('.maplibregl-popup h2')).toHaveText('Kunar');
  await expect(page.locator('#story-log')).toHaveText('In the map: Kunar is open.');
});
