// npm run bench: builds the site and the floor page, serves them locally and measures, in Debian's
// Chromium, first render (site, embed, deep link → popup, floor), "visually complete" (the first
// screencast frame after which the map area stays within 5% of its final look) for the site, the
// embed and the floor page, the embed's bytes in its first 5 s with no input and the time from the
// reader's intent to a map that takes gestures, click → popup latency (on the engine's map, in the
// list, and on the first frame before the engine), bytes for first render, all unthrottled and with
// 4× CPU throttling, and Lighthouse for the site and the embed.
// Writes bench/results/latest.json.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import jpeg from 'jpeg-js';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium-path.ts';
import { startPreview } from '../scripts/preview-server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
/** CPU throttling rates to measure (BENCH_RATES=1,4 by default). */
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 60);
const OUT = 'bench/results';
const SITE = `${OUT}/site`;
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const BASE = `http://127.0.0.1:${PORT}/`;
const log = (s: string) => process.stdout.write(`bench: ${s}\n`);

const SCENARIOS = {
  floor: { path: 'bench-floor/', until: 'ready' },
  site: { path: '', until: 'ready' },
  // (The embed has no "idle" without input: its engine waits for the reader's intent. It is
  // measured by visually complete, bytes in its first 5 s, and intent → idle.)
  deepLink: { path: '#place=nangarhar', until: 'popup' },
} as const;
type Scenario = keyof typeof SCENARIOS;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const round = (v: number) => Math.round(v * 10) / 10;
const summary = (xs: number[]) => ({
  median: round(median(xs)),
  min: round(Math.min(...xs)),
  max: round(Math.max(...xs)),
  runs: xs.map(round),
});

function build() {
  log('building the site and the floor page');
  execSync(`npx vite build --outDir ${SITE} --emptyOutDir --logLevel warn`, { stdio: 'inherit' });
  execSync(`npx vite build --config bench/vite.floor.config.ts --outDir ../results/site/bench-floor`, {
    stdio: 'inherit',
  });
}

/** Navigation → map idle (or → popup visible for the deep link), in ms from navigation start. */
async function firstRender(browser: Browser, scenario: Scenario, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('.maplibregl-popup')) {
        (window as unknown as { __popupAt: number }).__popupAt = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(BASE + SCENARIOS[scenario].path);
  let ms: number;
  if (SCENARIOS[scenario].until === 'popup') {
    await page.waitForSelector('.maplibregl-popup h2');
    ms = await page.evaluate(() => (window as unknown as { __popupAt: number }).__popupAt);
  } else {
    await page.waitForSelector('html[data-map-ready]', { timeout: 120_000 });
    ms = Number(await page.locator('html').getAttribute('data-map-ready'));
  }
  await context.close();
  return ms;
}

/** tsx keeps function names with a __name helper that the page does not have: for page.evaluate. */
const TSX_NAME_HELPER = 'window.__name = (f) => f;';

/** Click → popup on screen (the next frame), through the list and through the map. */
async function clickLatency(browser: Browser, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no camera flights between clicks
  await page.addInitScript(TSX_NAME_HELPER);
  await page.goto(BASE);
  await page.waitForSelector('html[data-map-ready]', { timeout: 120_000 });
  const result = await page.evaluate(async (n) => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const { map, atlas } = (
      window as unknown as {
        __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
      }
    ).__map;
    // A reader clicks a map at rest: after its last frame has left the GPU too (in software GL
    // that lags 'idle' by up to ~100 ms, which would otherwise be counted against the next click).
    const atRest = async () => {
      if (!map.loaded() || map.isMoving()) await new Promise((r) => map.once('idle', r));
      await new Promise((r) => setTimeout(r, 300));
    };
    const list: number[] = [];
    const dom: number[] = [];
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('#place-list button.place-button')];
    for (let i = 0; i < n; i++) {
      await atRest();
      const t0 = performance.now();
      buttons[(i * 7) % buttons.length].click();
      // The popup is in the DOM and laid out (forced layout) before the click handler returns…
      document.querySelector('.maplibregl-popup')!.getBoundingClientRect();
      dom.push(performance.now() - t0);
      // …and on screen after the next frame, which also repaints the map (software GL here).
      await frame();
      if (!document.querySelector('.maplibregl-popup')) throw new Error('no popup after a list click');
      list.push(performance.now() - t0);
    }
    const points = atlas.places.filter((p) => p.geometryType === 'Point');
    const canvas = map.getCanvas();
    const onMap: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = points[i % points.length];
      map.jumpTo({ center: p.anchor as [number, number], zoom: 8 });
      await new Promise((r) => map.once('idle', r));
      await atRest();
      const pt = map.project(p.anchor as [number, number]);
      const box = canvas.getBoundingClientRect();
      const init = { clientX: box.left + pt.x, clientY: box.top + pt.y, bubbles: true, button: 0 };
      const t0 = performance.now();
      canvas.dispatchEvent(new MouseEvent('mousedown', init));
      canvas.dispatchEvent(new MouseEvent('mouseup', init));
      canvas.dispatchEvent(new MouseEvent('click', init));
      await frame();
      if (!document.querySelector('.maplibregl-popup'))
        throw new Error(`no popup after a map click on ${p.id}`);
      onMap.push(performance.now() - t0);
      map.getCanvas().focus();
    }
    return { list, onMap, dom };
  }, CLICKS);
  await context.close();
  const stats = (xs: number[]) => ({ p50: round(pct(xs, 0.5)), p95: round(pct(xs, 0.95)), n: xs.length });
  return { listToDom: stats(result.dom), list: stats(result.list), map: stats(result.onMap) };
}

/**
 * Click → card on the first frame, before the engine is up (its code held back): the static picture
 * picks and opens the place itself. Points in turn, each card closed before the next click.
 */
async function firstFrameClickLatency(browser: Browser, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route(/\/assets\/main-[\w-]+\.js$/, () => undefined); // never answered: no engine
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(TSX_NAME_HELPER);
  await page.goto(BASE);
  await page.waitForSelector('#map > .first-frame svg');
  // A reader's pointer reaches the picture before it clicks: that fetches the picking code and data.
  await page.mouse.move(500, 400);
  await page.waitForResponse((r) => r.url().endsWith('/data/first-frame.json'));
  await page.waitForTimeout(500);
  const result = await page.evaluate(async (n) => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const svg = document.querySelector<SVGSVGElement>('#map > .first-frame svg')!;
    const box = svg.getBoundingClientRect();
    const points = [...svg.querySelectorAll('[data-xy]')].map((e) => {
      const [x, y] = e.getAttribute('data-xy')!.split(' ').map(Number);
      return { id: e.getAttribute('data-place')!, x: box.left + x, y: box.top + y };
    });
    const dom: number[] = [];
    const next: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = points[i % points.length];
      document.querySelector<HTMLButtonElement>('.first-frame-card-close')?.click();
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      // The click handler awaits the (already loaded) picking code: the card comes a microtask later.
      const shown = new Promise<number>((resolve, reject) => {
        const seen = new MutationObserver(() => {
          const card = document.querySelector('.first-frame-card');
          if (!card) return;
          card.getBoundingClientRect(); // laid out
          seen.disconnect();
          resolve(performance.now());
        });
        seen.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`no card after a first-frame click on ${p.id}`)), 5000);
      });
      const t0 = performance.now();
      const init = { clientX: p.x, clientY: p.y, bubbles: true, button: 0 };
      document.elementFromPoint(p.x, p.y)!.dispatchEvent(new MouseEvent('click', init));
      dom.push((await shown) - t0);
      await frame();
      next.push(performance.now() - t0);
    }
    return { dom, next };
  }, CLICKS);
  await context.close();
  const stats = (xs: number[]) => ({ p50: round(pct(xs, 0.5)), p95: round(pct(xs, 0.95)), n: xs.length });
  return { toDom: stats(result.dom), nextFrame: stats(result.next) };
}

/** Bytes for first render of the full site: raw, gzip -9 and brotli -11, by kind of file. */
async function transfer(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on('request', (r) => urls.add(r.url()));
  context.on('request', (r) => urls.add(r.url()));
  await page.goto(BASE);
  await page.waitForSelector('html[data-map-ready]');
  await context.close();
  const kinds: Record<string, { raw: number; gzip: number; brotli: number; files: string[] }> = {};
  const add = (kind: string, file: string) => {
    const body = readFileSync(`${SITE}/${file}`);
    const k = (kinds[kind] ??= { raw: 0, gzip: 0, brotli: 0, files: [] });
    if (k.files.includes(file)) return;
    k.files.push(file);
    k.raw += body.length;
    k.gzip += gzipSync(body, { level: 9 }).length;
    k.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  };
  for (const u of urls) {
    const path = new URL(u).pathname.replace(/^\//, '') || 'index.html';
    const kind =
      /maplibre/.test(path) && /\.m?js$/.test(path)
        ? 'maplibre'
        : /\.m?js$/.test(path)
          ? 'app code'
          : /maplibre.*\.css$/.test(path)
            ? 'maplibre css'
            : /\.css$/.test(path)
              ? 'css'
              : /\.json$/.test(path)
                ? 'data'
                : /\.woff2?$/.test(path)
                  ? 'fonts (glyphs)'
                  : /\.html$/.test(path)
                    ? 'html'
                    : 'other';
    add(kind, path);
  }
  // The worker script is fetched by MapLibre's worker, which page events may not report.
  const worker = readdirWorker();
  if (worker) add('maplibre', worker);
  const total = Object.values(kinds).reduce(
    (a, k) => ({ raw: a.raw + k.raw, gzip: a.gzip + k.gzip, brotli: a.brotli + k.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { kinds, total };
}

function readdirWorker(): string | null {
  const html = readFileSync(`${SITE}/index.html`, 'utf8');
  void html;
  const files = execSync(`ls ${SITE}/assets`).toString().split('\n');
  const w = files.find((f) => f.startsWith('maplibre-gl-worker'));
  return w ? `assets/${w}` : null;
}

const VC_SCENARIOS = { floor: 'bench-floor/', site: '', embed: '?embed=1' } as const;
type VcScenario = keyof typeof VC_SCENARIOS;

/**
 * Visually complete: ms from navigation to the first screencast frame after which the map area
 * stays within 5% of its final look (share of sampled pixels differing by > 24 in a channel). The
 * final look: the last frame, 1.5 s after the engine is idle (site, floor), or after 5 s with no
 * input (embed: its first frame is what a reader who does not touch it sees).
 */
async function visuallyComplete(browser: Browser, scenario: VcScenario, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const frames: { t: number; data: string }[] = [];
  cdp.on('Page.screencastFrame', (f) => {
    frames.push({ t: f.metadata.timestamp! * 1000, data: f.data });
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 70, everyNthFrame: 1 });
  const t0 = Date.now();
  await page.goto(BASE + VC_SCENARIOS[scenario]);
  if (scenario === 'embed') await page.waitForTimeout(5000);
  else {
    await page.waitForSelector('html[data-map-ready]', { timeout: 120_000 });
    await page.waitForTimeout(1500);
  }
  const box = (await page.locator('#map').boundingBox())!;
  await cdp.send('Page.stopScreencast');
  await context.close();
  const images = frames.map((f) => ({ t: f.t - t0, img: jpeg.decode(Buffer.from(f.data, 'base64')) }));
  const final = images[images.length - 1].img;
  const differs = (img: typeof final) => {
    let n = 0;
    let bad = 0;
    const sx = img.width / 1280;
    for (let y = Math.ceil(box.y); y < box.y + box.height; y += 4)
      for (let x = Math.ceil(box.x); x < box.x + box.width; x += 4) {
        const i = (Math.floor(y * sx) * img.width + Math.floor(x * sx)) * 4;
        n++;
        if (
          Math.abs(img.data[i] - final.data[i]) > 24 ||
          Math.abs(img.data[i + 1] - final.data[i + 1]) > 24 ||
          Math.abs(img.data[i + 2] - final.data[i + 2]) > 24
        )
          bad++;
      }
    return bad / n;
  };
  let complete = images[images.length - 1].t;
  for (let i = images.length - 1; i >= 0; i--) {
    if (differs(images[i].img) > 0.05) break;
    complete = images[i].t;
  }
  return complete;
}

/** The embed with no input: gzip -9 bytes of what it fetched in its first 5 s. */
async function embedIdleBytes(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on('request', (r) => urls.add(r.url()));
  await page.goto(BASE + '?embed=1');
  await page.waitForTimeout(5000);
  await context.close();
  let gzip = 0;
  const files: string[] = [];
  for (const u of urls) {
    const path = new URL(u).pathname.replace(/^\//, '') || 'index.html';
    files.push(path);
    gzip += gzipSync(readFileSync(`${SITE}/${path}`), { level: 9 }).length;
  }
  return { gzip, files };
}

/**
 * The embed: the reader's intent (a pointer pressed on the map after 2 s, then dragged 40 px) →
 * the first move of the map on screen (the first frame's or the engine's picture), and → the
 * engine up and idle, in ms.
 */
async function intentToGestures(browser: Browser, rate: number): Promise<{ gesture: number; idle: number }> {
  const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
  const page = await context.newPage();
  await page.addInitScript(TSX_NAME_HELPER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(BASE + '?embed=1');
  await page.waitForTimeout(2000);
  // Watches every frame for the map to move: the first frame transformed, or the engine's centre.
  const t0 = await page.evaluate(() => {
    const w = window as unknown as { __moved?: number };
    const start = () => {
      const picture = document.querySelector('#map > .first-frame') as HTMLElement | null;
      const engine = (window as unknown as { __map?: { map: { getCenter(): { lng: number } } } }).__map;
      return picture?.style.transform || String(engine?.map.getCenter().lng ?? '');
    };
    const initial = start();
    const watch = () => {
      if (start() !== initial) w.__moved = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    return performance.now();
  });
  await page.mouse.move(320, 240);
  await page.mouse.down();
  for (let i = 1; i <= 4; i++) await page.mouse.move(320 + i * 10, 240);
  await page.mouse.up();
  await page.waitForSelector('html[data-map-ready]', { timeout: 120_000 });
  const ready = Number(await page.locator('html').getAttribute('data-map-ready'));
  const moved = await page.evaluate(() => (window as unknown as { __moved?: number }).__moved ?? NaN);
  await context.close();
  return { gesture: moved - t0, idle: ready - t0 };
}

async function lighthouseScores(
  url = BASE,
): Promise<
  { performance: number; accessibility: number; metrics: Record<string, number> } | { skipped: string }
> {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const launcher = await import('chrome-launcher');
    const chrome = await launcher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ['performance', 'accessibility'],
        output: 'json',
        logLevel: 'error',
      });
      const { categories: c, audits } = result!.lhr;
      // The metrics behind the performance score (simulated slow 4G and 4× CPU), in ms.
      const metric = (id: string) => Math.round(audits[id]?.numericValue ?? NaN);
      return {
        performance: Math.round((c.performance.score ?? 0) * 100),
        accessibility: Math.round((c.accessibility.score ?? 0) * 100),
        metrics: {
          firstContentfulPaint: metric('first-contentful-paint'),
          largestContentfulPaint: metric('largest-contentful-paint'),
          totalBlockingTime: metric('total-blocking-time'),
          speedIndex: metric('speed-index'),
          cumulativeLayoutShift:
            Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
        },
      };
    } finally {
      chrome.kill();
    }
  } catch (e) {
    return { skipped: (e as Error).message };
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  build();
  const server = await startPreview(PORT, SITE);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const report: Record<string, unknown> = {
      date: new Date().toISOString(),
      commit: execSync('git rev-parse --short HEAD').toString().trim(),
      runs: RUNS,
      chromium: browser.version(),
    };
    for (const rate of RATES) {
      const times: Record<Scenario, number[]> = { floor: [], site: [], deepLink: [] };
      for (let i = 0; i < RUNS; i++) {
        // Alternate the order every run so drift (caches, thermal) does not favour one page.
        const order = (Object.keys(SCENARIOS) as Scenario[]).slice();
        if (i % 2) order.reverse();
        for (const s of order) times[s].push(await firstRender(browser, s, rate));
        log(
          `cpu ×${rate} run ${i + 1}/${RUNS}: ${order.map((s) => `${s} ${Math.round(times[s][i])} ms`).join(', ')}`,
        );
      }
      const first = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, summary(v)])) as Record<
        Scenario,
        ReturnType<typeof summary>
      >;
      const vc: Record<VcScenario, number[]> = { floor: [], site: [], embed: [] };
      const intent: number[] = [];
      const gesture: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const order = (Object.keys(VC_SCENARIOS) as VcScenario[]).slice();
        if (i % 2) order.reverse();
        for (const s of order) vc[s].push(await visuallyComplete(browser, s, rate));
        const used = await intentToGestures(browser, rate);
        intent.push(used.idle);
        gesture.push(used.gesture);
        log(
          `cpu ×${rate} visually complete ${i + 1}/${RUNS}: ${order.map((s) => `${s} ${Math.round(vc[s][i])} ms`).join(', ')}; embed intent → map moved ${Math.round(gesture[i])} ms, → idle ${Math.round(intent[i])} ms`,
        );
      }
      const visual = Object.fromEntries(Object.entries(vc).map(([k, v]) => [k, summary(v)])) as Record<
        VcScenario,
        ReturnType<typeof summary>
      >;
      const clicks = await clickLatency(browser, rate);
      const firstFrameClicks = await firstFrameClickLatency(browser, rate);
      report[`cpu${rate}x`] = {
        firstRenderMs: first,
        ratios: {
          siteOverFloor: round((first.site.median / first.floor.median) * 100) / 100,
          deepLinkPopupOverSite: round((first.deepLink.median / first.site.median) * 100) / 100,
        },
        clickToPopupMs: clicks,
        firstFrameClickMs: firstFrameClicks,
        visuallyCompleteMs: visual,
        visualRatios: {
          siteOverFloor: round((visual.site.median / visual.floor.median) * 100) / 100,
          embedOverFloor: round((visual.embed.median / visual.floor.median) * 100) / 100,
        },
        embedIntentToIdleMs: summary(intent),
        embedIntentToGestureMs: summary(gesture),
      };
    }
    report.bytes = await transfer(browser);
    log('running Lighthouse (performance, accessibility)');
    report.embedFirst5s = await embedIdleBytes(browser);
    report.lighthouse = await lighthouseScores();
    report.lighthouseEmbed = await lighthouseScores(BASE + '?embed=1');
    writeFileSync(`${OUT}/latest.json`, JSON.stringify(report, null, 2) + '\n');
    writeFileSync(
      `${OUT}/bench-${(report.date as string).replace(/[:.]/g, '-')}.json`,
      JSON.stringify(report, null, 2) + '\n',
    );
    printTable(report);
  } finally {
    await browser.close();
    server.stop();
  }
}

function printTable(r: Record<string, unknown>) {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const lines: string[] = [];
  for (const rate of RATES) {
    const c = r[`cpu${rate}x`] as {
      firstRenderMs: Record<string, { median: number; min: number; max: number }>;
      ratios: Record<string, number>;
      clickToPopupMs: Record<'listToDom' | 'list' | 'map', { p50: number; p95: number }>;
      firstFrameClickMs: Record<'toDom' | 'nextFrame', { p50: number; p95: number }>;
    };
    lines.push(`\nCPU ×${rate} (median [min–max] over ${r.runs} runs)`);
    for (const [k, v] of Object.entries(c.firstRenderMs))
      lines.push(`  ${k.padEnd(9)} ${String(v.median).padStart(7)} ms  [${v.min}–${v.max}]`);
    lines.push(
      `  site/floor ${c.ratios.siteOverFloor}  deep link popup/site ${c.ratios.deepLinkPopupOverSite}`,
    );
    const cl = c.clickToPopupMs;
    lines.push(`  click → popup laid out (list): p50 ${cl.listToDom.p50} ms, p95 ${cl.listToDom.p95} ms`);
    lines.push(
      `  click → next frame painted: list p50 ${cl.list.p50} / p95 ${cl.list.p95} ms; map p50 ${cl.map.p50} / p95 ${cl.map.p95} ms`,
    );
    const ff = c.firstFrameClickMs;
    lines.push(
      `  first frame (no engine), click → card laid out p50 ${ff.toDom.p50} / p95 ${ff.toDom.p95} ms, → next frame p50 ${ff.nextFrame.p50} / p95 ${ff.nextFrame.p95} ms`,
    );
  }
  const bytes = r.bytes as {
    kinds: Record<string, { raw: number; gzip: number; brotli: number }>;
    total: { raw: number; gzip: number; brotli: number };
  };
  lines.push('\nFirst-render bytes (raw / gzip -9 / brotli -11)');
  for (const [k, v] of Object.entries(bytes.kinds))
    lines.push(
      `  ${k.padEnd(15)} ${kb(v.raw).padStart(10)} ${kb(v.gzip).padStart(10)} ${kb(v.brotli).padStart(10)}`,
    );
  lines.push(
    `  ${'total'.padEnd(15)} ${kb(bytes.total.raw).padStart(10)} ${kb(bytes.total.gzip).padStart(10)} ${kb(bytes.total.brotli).padStart(10)}`,
  );
  for (const rate of RATES) {
    const c = r[`cpu${rate}x`] as {
      visuallyCompleteMs: Record<string, { median: number; min: number; max: number }>;
      visualRatios: Record<string, number>;
      embedIntentToIdleMs: { median: number };
      embedIntentToGestureMs: { median: number };
    };
    lines.push(`\nVisually complete, CPU ×${rate} (median [min–max])`);
    for (const [k, v] of Object.entries(c.visuallyCompleteMs))
      lines.push(`  ${k.padEnd(9)} ${String(v.median).padStart(7)} ms  [${v.min}–${v.max}]`);
    lines.push(`  site/floor ${c.visualRatios.siteOverFloor}  embed/floor ${c.visualRatios.embedOverFloor}`);
    lines.push(
      `  embed: intent → first drag applied ${c.embedIntentToGestureMs.median} ms, → engine idle ${c.embedIntentToIdleMs.median} ms`,
    );
  }
  const e5 = r.embedFirst5s as { gzip: number; files: string[] };
  lines.push(`\nEmbed, first 5 s with no input: ${kb(e5.gzip)} gzip (${e5.files.join(', ')})`);
  lines.push(`\nLighthouse (site): ${JSON.stringify(r.lighthouse)}`);
  lines.push(`Lighthouse (embed): ${JSON.stringify(r.lighthouseEmbed)}`);
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
