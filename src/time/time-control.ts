// The time filter control: "Dates from […] to […]", two native selects (keyboard and touch work as
// the platform's own) offering whole years and each event's own date ("from the Peshawar mosque
// bombing, March 2022"), with the number of events shown. A URL date that is neither (?from=2023-07)
// appears as its own option, so the control always shows the range in force.
// Like the legend, it folds to one button on small maps (phones), where it would cover places; the
// button still says how many events the range shows.
import type { IControl } from 'maplibre-gl';
import type { PlaceDate } from '../data/dates.ts';
import { formatPartialDate } from '../data/dates.ts';
import '../styles/controls.css';
import { el } from '../ui/dom.ts';
import { checkedRange, type TimeRange } from './range.ts';

let counter = 0;

/** What the control needs of a place: its name and date (the atlas's places, or the first frame's). */
export interface TimedPlace {
  id: string;
  name: string;
  date?: Pick<PlaceDate, 'start' | 'end' | 'firstDay' | 'lastDay'> | null;
}

/** The years the dated places cover, first to last. */
export function yearsOf(places: readonly TimedPlace[]): number[] {
  const dates = places.flatMap((p) => (p.date ? [p.date] : []));
  if (!dates.length) return [];
  const first = Math.min(...dates.map((d) => Number(d.firstDay.slice(0, 4))));
  const last = Math.max(...dates.map((d) => Number(d.lastDay.slice(0, 4))));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Each event's date as a range end: where it starts (for "from") or ends (for "to"), earliest first. */
export function eventDatesOf(
  places: readonly TimedPlace[],
  end: 'from' | 'to',
): { value: string; label: string }[] {
  const out = new Map<string, string[]>();
  for (const p of places) {
    if (!p.date) continue;
    const value = end === 'from' ? p.date.start : p.date.end;
    out.set(value, [...(out.get(value) ?? []), p.name]);
  }
  return [...out]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([value, names]) => ({
      value,
      label: `${shortMonth(formatPartialDate(value))}: ${names.join('; ')}`,
    }));
}

/** "4 March 2022" → "4 Mar 2022": the select is narrow, and its choice shows the date first. */
function shortMonth(date: string): string {
  return date.replace(/\b([A-Z][a-z]{2})[a-z]+\b/, '$1');
}

export class TimeFilterControl implements IControl {
  private container?: HTMLElement;
  private from!: HTMLSelectElement;
  private to!: HTMLSelectElement;
  private count!: HTMLOutputElement;
  private toggle!: HTMLButtonElement;
  private panel!: HTMLElement;

  constructor(
    private places: readonly TimedPlace[],
    private initial: TimeRange,
    private onChange: (r: TimeRange, problem: string | null) => void,
    private startOpen = true,
  ) {}

  onAdd(): HTMLElement {
    const id = `time-filter-${++counter}`;
    const years = yearsOf(this.places).map(String);
    const select = (end: 'from' | 'to', value: string | null) => {
      const s = el('select', { id: `${id}-${end}`, name: end, class: 'time-select' });
      s.append(el('option', { value: '' }, end === 'from' ? 'earliest' : 'latest'));
      const byYear = el('optgroup', { label: 'Years' });
      for (const y of years) byYear.append(el('option', { value: y }, y));
      const byEvent = el('optgroup', { label: end === 'from' ? 'From an event' : 'Up to an event' });
      const events = eventDatesOf(this.places, end).filter((e) => !years.includes(e.value));
      for (const e of events) byEvent.append(el('option', { value: e.value }, e.label));
      s.append(byYear, byEvent);
      const offered = [...years, ...events.map((e) => e.value)];
      if (value && !offered.includes(value)) s.append(el('option', { value }, formatPartialDate(value)));
      s.value = value ?? '';
      s.addEventListener('change', () => this.changed(end));
      return s;
    };
    this.from = select('from', this.initial.from);
    this.to = select('to', this.initial.to);
    this.count = el('output', {
      class: 'time-count',
      for: `${this.from.id} ${this.to.id}`,
      'aria-live': 'polite',
    });
    const panel = (this.panel = el(
      'div',
      { id: `${id}-panel`, class: 'time-panel' },
      el(
        'fieldset',
        {},
        el('legend', {}, 'Dates'),
        el('label', { for: this.from.id }, 'from'),
        this.from,
        el('label', { for: this.to.id }, 'to'),
        this.to,
      ),
      this.count,
    ));
    this.toggle = el(
      'button',
      { type: 'button', class: 'time-toggle', 'aria-expanded': 'false', 'aria-controls': panel.id },
      'Dates',
    );
    this.toggle.addEventListener('click', () =>
      this.setOpen(this.toggle.getAttribute('aria-expanded') !== 'true'),
    );
    this.container = el(
      'div',
      { class: 'maplibregl-ctrl maplibregl-ctrl-group time-filter' },
      this.toggle,
      panel,
    );
    this.setOpen(this.startOpen);
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
  }

  private setOpen(open: boolean): void {
    this.toggle.setAttribute('aria-expanded', String(open));
    this.container!.classList.toggle('is-open', open);
    this.panel.hidden = !open;
  }

  /** "8 of 10 events shown" (places without a date are not counted: they always show). */
  setCount(shown: number, dated: number): void {
    const text = shown === dated ? `All ${dated} events` : `${shown} of ${dated} events`;
    this.count.textContent = text;
    // Folded, the button is all a reader sees: it says whether the map is filtered.
    this.toggle.textContent = `Dates: ${text.replace(/^All/, 'all')}`;
  }

  /** A choice that would reverse the range opens the other end instead (and says so). */
  private changed(end: 'from' | 'to'): void {
    const problems: string[] = [];
    checkedRange(this.from.value || null, this.to.value || null, problems);
    let problem: string | null = null;
    if (problems.length) {
      const other = end === 'from' ? this.to : this.from;
      other.value = '';
      problem = `The other end was before this one, so it is now open (${end === 'from' ? 'to the latest' : 'from the earliest'}).`;
    }
    this.onChange({ from: this.from.value || null, to: this.to.value || null }, problem);
  }
}
