// The embed dialog of the full map (loaded on first use): choose the view or the place, a size,
// and copy a ready <iframe> snippet.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceSelection } from '../map/selection.ts';
import { formatHash } from '../share/url-state.ts';
import { el } from '../ui/dom.ts';
import { withCurrentTime } from '../time/state.ts';
import { wantedHeight } from './height.ts';

/** A size in whole pixels within the dialog's 200–2000 range (fallback when not a number). */
const px = (value: number, fallback: number) =>
  Number.isFinite(value) && value !== 0 ? Math.round(Math.min(2000, Math.max(200, value))) : fallback;
import { embedSnippet, uniqueFrameId } from './snippet.ts';
import { CHROME_MAX, lensQuery } from './options.ts';

/** The caption fields: option key, label, and what the embed shows when the field is left empty. */
const CAPTION_FIELDS = [
  ['title', 'Title', 'the map’s own title'],
  ['desc', 'One-line description', 'none'],
  ['source', 'Source line', 'the two sources, named'],
  ['byline', 'Byline', 'none'],
] as const;

let dialog: HTMLDialogElement | null = null;

export function openEmbedDialog(map: MapLibreMap, selection: PlaceSelection, opener: HTMLElement): void {
  dialog?.remove();
  const place = selection.selected;
  // One random suffix per dialog: each copied snippet gets an id of its own.
  const frameSuffix = uniqueFrameId('').slice('durand-map--'.length);
  const radio = (name: string, value: string, label: string, checked: boolean) => {
    const input = el('input', { type: 'radio', name, value, id: `embed-${name}-${value}` });
    input.checked = checked;
    return el('div', { class: 'embed-choice' }, input, el('label', { for: input.id }, label));
  };
  const widthInput = el('input', {
    type: 'number',
    min: '200',
    max: '2000',
    value: '640',
    id: 'embed-width',
    inputmode: 'numeric',
  });
  const heightInput = el('input', {
    type: 'number',
    min: '200',
    max: '2000',
    value: String(wantedHeight(640)),
    id: 'embed-height',
    inputmode: 'numeric',
  });
  const captionInputs = CAPTION_FIELDS.map(([key, label, fallback]) => {
    const input = el('input', {
      type: 'text',
      id: `embed-caption-${key}`,
      name: key,
      maxlength: String(CHROME_MAX[key]),
      placeholder: `Default: ${fallback}`,
    });
    return {
      key,
      input,
      row: el('div', { class: 'embed-caption-field' }, el('label', { for: input.id }, label), input),
    };
  });
  const code = el('textarea', { readonly: '', rows: '6', id: 'embed-code', class: 'embed-code' });
  const status = el('span', { role: 'status', class: 'share-status' });
  const copy = el('button', { type: 'button', class: 'share-copy' }, 'Copy embed code');
  const close = el('button', { type: 'button', class: 'dialog-close', 'aria-label': 'Close' }, '×');
  const form = el(
    'form',
    { method: 'dialog', class: 'embed-form' },
    el(
      'fieldset',
      {},
      el('legend', {}, 'What to embed'),
      place ? radio('what', 'place', `This place: ${place.name}`, true) : null,
      radio('what', 'view', 'This view (the current camera)', !place),
      radio('what', 'default', 'The whole map (default view)', false),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Size'),
      radio(
        'size',
        'responsive',
        'Responsive: full width, height adjusts itself (adds a small script)',
        true,
      ),
      radio('size', 'fixed', 'Fixed width and height (no script)', false),
      el(
        'div',
        { class: 'embed-dims' },
        el('label', { for: 'embed-width' }, 'Width (px) '),
        widthInput,
        el('label', { for: 'embed-height' }, ' Height (px) '),
        heightInput,
      ),
    ),
    el('fieldset', {}, el('legend', {}, 'Caption inside the embed'), ...captionInputs.map((c) => c.row)),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Colours'),
      radio('theme', 'auto', 'Follow the reader’s setting (light or dark)', true),
      radio('theme', 'light', 'Always light', false),
      radio('theme', 'dark', 'Always dark', false),
    ),
    el('label', { for: 'embed-code' }, 'Embed code'),
    code,
    el('div', { class: 'share-actions' }, copy, status),
  );
  dialog = el(
    'dialog',
    { class: 'embed-dialog', 'aria-labelledby': 'embed-title' },
    close,
    el('h2', { id: 'embed-title' }, 'Embed this map'),
    form,
  );
  document.body.append(dialog);

  const update = () => {
    const what = (form.querySelector('input[name="what"]:checked') as HTMLInputElement).value;
    const responsive =
      (form.querySelector('input[name="size"]:checked') as HTMLInputElement).value === 'responsive';
    widthInput.disabled = responsive;
    const page = new URL(location.href);
    const lens = lensQuery(page.search);
    page.search = `?embed=1${lens ? `&${lens}` : ''}`;
    // The time range the reader has set is part of what the embed shows.
    const url = withCurrentTime(page);
    const theme = (form.querySelector('input[name="theme"]:checked') as HTMLInputElement).value;
    if (theme !== 'auto') url.searchParams.set('theme', theme);
    // Only what the editor typed goes into the link (as text; the embed inserts it as text).
    for (const { key, input } of captionInputs) {
      const value = input.value.replace(/\s+/g, ' ').trim();
      if (value) url.searchParams.set(key, value);
    }
    const c = map.getCenter();
    url.hash =
      what === 'place' && place
        ? formatHash({ camera: null, place: place.id })
        : what === 'view'
          ? formatHash({ camera: { zoom: map.getZoom(), lat: c.lat, lng: c.lng }, place: null })
          : '';
    const title =
      what === 'place' && place
        ? `Map: ${place.name}, what Kabul and Islamabad say`
        : 'Map: where Kabul and Islamabad each say ISKP is based';
    code.value = embedSnippet({
      src: url.href,
      title,
      responsive,
      // An empty width means full width; any number is held to the fields' own 200–2000 range.
      width: widthInput.value.trim() === '' ? null : px(Number(widthInput.value), 640),
      height: px(Number(heightInput.value), 480),
      scriptSrc: new URL('embed-resize.js', document.baseURI).href,
      frameId: `durand-map-${what === 'place' && place ? place.id : what}-${frameSuffix}`.slice(0, 64),
    });
    status.textContent = '';
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Embed code copied';
    } catch {
      code.focus();
      code.select();
      status.textContent = 'Select the code above and copy it';
    }
  });
  close.addEventListener('click', () => dialog?.close());
  dialog.addEventListener('close', () => {
    dialog?.remove();
    dialog = null;
    opener.focus();
  });
  update();
  dialog.showModal();
}
