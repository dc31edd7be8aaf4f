// The page's entry: paints the static first frame (no map engine, no full data file), then loads
// the engine (src/main.ts): on the full page right after the first frame is on screen; in an embed
// only when the reader shows intent to use the map (src/static/intent.ts).
import './styles/fonts.css';
import './styles/app.css';
import './static/first-frame.css';
import './styles/dark.css';
import './static/first-frame-dark.css';
import sourcesFile from '../geodata/sources.json';
import { chromeText, defaultSourceLine, renderChrome } from './embed/chrome.ts';
import { parseOptions } from './embed/options.ts';
import { startHeightMessages } from './embed/height.ts';
import { FirstFrame, loadFrameData } from './static/first-frame.ts';
import { filterList } from './time/apply.ts';
import { isAllTime } from './time/range.ts';
import { onIntent } from './static/intent.ts';
import { offerEmbedList, showMapFallback } from './ui/fallback.ts';
import { controlsStartOpen } from './ui/controls-open.ts';
import { applyTheme, followTheme } from './map/theme.ts';

const options = parseOptions(location.search);
// Before anything paints: the page's colours follow ?theme= or the reader's preference.
const theme = applyTheme(options.theme);
followTheme(options.theme);
if (options.embed) {
  document.documentElement.classList.add('embed');
  // The caption and credit strips are part of the first frame: an embed says what it is at once.
  renderChrome(
    chromeText(options, {
      title: document.querySelector('.site-header h1')?.textContent?.trim() ?? '',
      desc: '',
      source: defaultSourceLine(sourcesFile),
      byline: '',
    }),
  );
  startHeightMessages(options.frame);
}
const container = document.getElementById('map')!;
const frame = FirstFrame.start(container, { lens: options.lens, range: options.time }, options.embed);

let engine: Promise<unknown> | null = null;
const loadEngine = () => (engine ??= import('./main.ts').catch(withoutEngine));

/** The engine could not load: the static map stays, and the note says why it does not move. */
function withoutEngine(e: Error): void {
  // The reader gets what happened and what to do; the browser's own message is for developers.
  console.warn('map engine:', e.message);
  showMapFallback(
    'Its files did not arrive (the connection may have dropped): reload the page to try again.',
  );
  const list = document.getElementById('place-list')!;
  // The picture is drawn for the link's dates: so is the list (the engine would have filtered it).
  if (!isAllTime(options.time))
    void loadFrameData()
      .then((d) => filterList(list, d.places, options.time))
      .catch(() => undefined);
  if (options.embed) offerEmbedList(list.children.length);
  document.documentElement.setAttribute('data-map-ready', 'fallback');
}
if (!frame) void loadEngine();
else if (options.embed) {
  onIntent(container, () => void loadEngine());
  // A deep link into an embed is a reader who asked for that place: same as intent. A story
  // embed (?story=) is driven by its article, which needs the engine to answer its commands.
  // The first frame draws the claims lens, the time filter and the dark palette like the map does.
  if (/place=/.test(location.hash) || options.story.length) void loadEngine();
} else {
  // The legend and the date filter, as the engine will draw them, from the first frame on; the
  // engine's parse would hold them back, so it is fetched once they are on the page.
  const controls = import('./static/frame-controls.ts')
    .then(({ startFrameControls }) =>
      startFrameControls(container, frame, options.time, theme, controlsStartOpen(options)),
    )
    .catch(() => undefined); // the engine brings its own
  afterFirstPaint(() => void controls.then(loadEngine));
}

/**
 * Runs `then` once the browser reports the first contentful paint (presented, not only
 * scheduled: the engine's parse would otherwise hold the first frame back), or after 3 s.
 */
function afterFirstPaint(then: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    // One more frame: the paint entry arrives as that frame is presented.
    requestAnimationFrame(() => setTimeout(then, 0));
  };
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: fall through to the timer.
  }
  setTimeout(go, 3000);
}
