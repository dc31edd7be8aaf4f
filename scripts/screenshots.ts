// npm run screenshots: serves the built site (run `npm run build` first) and takes the pictures in
// docs/screenshots/ that the README and the closing notes point to, so they can be re-taken after
// any visual change and compared by eye.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.ts';
import { startPreview } from './preview-server.ts';

const PORT = 4185; // (4190 is on the browsers' blocked-port list)
const OUT = 'docs/screenshots';

interface Shot {
  file: string;
  path: string;
  viewport: { width: number; height: number };
  /** What must be on screen before the picture is taken. */
  ready: (page: Page) => Promise<unknown>;
}

const mapReady = (page: Page) => page.waitForSelector('html[data-map-ready]', { timeout: 60_000 });
const popupReady = async (page: Page) => {
  await mapReady(page);
  await page.waitForSelector('.maplibregl-popup h2');
};

/** Scrolls the demo article to one of its embeds (they load lazily) and waits for its map. */
async function embedReady(page: Page, id: string) {
  const frame = page.locator(`#${id}`);
  await frame.scrollIntoViewIfNeeded();
  await frame.contentFrame().locator('html[data-map-ready]').waitFor({ state: 'attached', timeout: 60_000 });
  // The frames resize themselves once loaded (auto-height): scroll again after they have.
  await page.waitForTimeout(1500);
  await frame.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

const SHOTS: Shot[] = [
  { file: 'map.png', path: '', viewport: { width: 1280, height: 800 }, ready: mapReady },
  {
    file: 'popup-polygon-desktop.png',
    path: '#place=nangarhar',
    viewport: { width: 1280, height: 800 },
    ready: popupReady,
  },
  {
    file: 'popup-point-desktop.png',
    path: '#place=peshawar-mosque-2022',
    viewport: { width: 1280, height: 800 },
    ready: popupReady,
  },
  {
    file: 'popup-phone.png',
    path: '#place=khalil-haqqani-killing',
    viewport: { width: 375, height: 740 },
    ready: popupReady,
  },
  ...['demo-map', 'demo-place'].map((id) => ({
    file: `embed-${id}.png`,
    path: 'embed-demo.html',
    viewport: { width: 1000, height: 900 },
    ready: (page: Page) => embedReady(page, id),
  })),
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: shot.viewport });
      await page.goto(server.url + shot.path);
      await shot.ready(page);
      await page.waitForTimeout(2500); // camera moves and label fades settle
      await page.screenshot({ path: `${OUT}/${shot.file}` });
      process.stdout.write(`screenshots: ${OUT}/${shot.file}\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
