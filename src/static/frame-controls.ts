// The site's legend and date filter on the first frame, before the engine: the engine's own
// control classes, drawn in MapLibre's top-left corner with MapLibre's stylesheet, so the map
// reads whole from the first frame and the engine's copies take their place without a move.
// Changing the dates here redraws the first frame, filters the list and updates the address (the
// engine starts from it); the first frame and these controls are retired together.
import 'maplibre-gl/dist/maplibre-gl.css';
import controls from 'virtual:first-frame-controls';
import { PALETTES, type Theme } from '../map/palette.ts';
import { onThemeChange } from '../map/theme.ts';
import { LegendControl } from '../ui/legend.ts';
import { el } from '../ui/dom.ts';
import { showNotice } from '../ui/notice.ts';
import { filterList } from '../time/apply.ts';
import { withTimeParams, type TimeRange } from '../time/range.ts';
import { TimeFilterControl } from '../time/time-control.ts';
import type { FirstFrame } from './first-frame.ts';
import { onRetire } from './handoff.ts';

export function startFrameControls(
  container: HTMLElement,
  frame: FirstFrame,
  range: TimeRange,
  theme: Theme,
  open: boolean,
): void {
  const list = document.getElementById('place-list');
  const legend = new LegendControl(controls.kinds, open, PALETTES[theme]);
  const time: TimeFilterControl = new TimeFilterControl(
    controls.dated,
    range,
    (r, problem) => {
      if (problem) showNotice(problem);
      history.replaceState(history.state, '', withTimeParams(new URL(location.href), r).href);
      frame.setRange(r);
      count(r);
    },
    open,
  );
  const count = (r: TimeRange) => {
    const { shown, dated } = list ? filterList(list, controls.dated, r) : { shown: 0, dated: 0 };
    time.setCount(shown, dated);
  };
  const corner = el('div', { class: 'maplibregl-ctrl-top-left' }, legend.onAdd(), time.onAdd());
  count(range);
  onThemeChange((t) => legend.setPalette(PALETTES[t]));
  container.append(el('div', { class: 'first-frame-controls' }, corner));
  // The engine's copies take over as the reader left these (this chunk is the site's only).
  onRetire(() => {
    const engine = container.querySelector(
      ':scope > .maplibregl-control-container > .maplibregl-ctrl-top-left',
    );
    if (engine) carryControls(corner, engine);
  });
}

/** The toggles and fields the two sets of controls share, matched by what they are. */
const SHARED = ['.legend-toggle', '.time-toggle', 'select[name=from]', 'select[name=to]'];

/**
 * The engine's legend and date filter take over as the reader left the first frame's: folded or
 * open, on the same dates, and holding the keyboard focus if one of them had it (removed, it would
 * fall to the page).
 */
function carryControls(from: Element, to: Element): void {
  const focused = document.activeElement;
  for (const selector of SHARED) {
    const was = from.querySelector<HTMLElement>(selector);
    const now = to.querySelector<HTMLElement>(selector);
    if (!was || !now) continue;
    // The control's own toggle and fields do the work, so its state stays its own business.
    const expanded = was.getAttribute('aria-expanded');
    if (expanded && expanded !== now.getAttribute('aria-expanded')) now.click();
    // Dates changed after the engine read them from the address (while it drew under the frame).
    if (
      was instanceof HTMLSelectElement &&
      now instanceof HTMLSelectElement &&
      was.value !== now.value &&
      [...now.options].some((o) => o.value === was.value)
    ) {
      now.value = was.value;
      now.dispatchEvent(new Event('change'));
    }
    if (focused === was) now.focus({ preventScroll: true });
  }
}
