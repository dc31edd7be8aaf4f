// Each side's general position, shown once: a two-line "Kabul says / Islamabad says" key under the
// page's headline, and every general quote at the top of the side panel. Places then show only
// the quotes that concern them.
import type { Atlas } from '../data/atlas-types.ts';
import type { Quote } from '../data/schema.ts';
import { CLAIMANTS, generalPositions, SIDE_LABEL } from '../data/positions.ts';
import { el } from './dom.ts';
import { citeView, quoteView } from './quote-view.ts';

/**
 * Who speaks in the key line. Only a side's own quoted words follow "says"; a source's report or
 * argument is introduced as that source's words, so a paraphrase never reads as the side's own.
 */
function speaker(side: string, q: Quote): string {
  if (q.voice === 'direct') return `${side} says, in its own words quoted by source ${q.source}`;
  if (q.voice === 'argued') return `${side}’s case, as source ${q.source} argues it`;
  return `${side}’s position, in source ${q.source}’s words`;
}

/** The two-line key: each side's headline claim, as a verbatim clause with its citation. */
export function positionsKey(atlas: Pick<Atlas, 'quotes'>): HTMLElement {
  const positions = generalPositions(atlas);
  return el(
    'div',
    { class: 'positions-key-lines' },
    ...CLAIMANTS.map((side) => {
      const q = positions[side].lead;
      return el(
        'p',
        { class: `key-line side-${side}`, 'data-position': side },
        el('strong', {}, speaker(SIDE_LABEL[side], q)),
        `: “${q.short ?? q.text}” `,
        citeView(q),
      );
    }),
  );
}

/** Every general quote of each side, once. Not data-side sections: those are a place's content. */
export function positionsPanel(atlas: Pick<Atlas, 'quotes'>): HTMLElement[] {
  const positions = generalPositions(atlas);
  return [
    el('h2', { id: 'positions-heading' }, 'Each side’s general position'),
    el(
      'p',
      { class: 'positions-intro' },
      'What each side says about where ISKP is based, in general. It is shown here once; each place shows only the quotes that concern it.',
    ),
    ...CLAIMANTS.map((side) =>
      el(
        'details',
        { class: `position side-${side}`, 'data-position': side },
        el('summary', {}, `${SIDE_LABEL[side]}: ${positions[side].quotes.length} general quotes`),
        ...positions[side].quotes.map((q) => quoteView(q, false)),
      ),
    ),
  ];
}

/** Fills the key and the panel (prerendered into index.html at build; built here when missing). */
export function renderPositions(
  key: HTMLElement | null,
  panel: HTMLElement | null,
  atlas: Pick<Atlas, 'quotes'>,
) {
  if (key && !key.firstElementChild) key.replaceChildren(positionsKey(atlas));
  if (panel && !panel.firstElementChild) panel.replaceChildren(...positionsPanel(atlas));
}
