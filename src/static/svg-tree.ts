// A tiny SVG tree: the static renderer builds one, then it becomes either a string (build time:
// index.html, preview PNGs through resvg) or DOM nodes (the browser: created element by element,
// text set as text, never parsed from a string).
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
  text?: string;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A coordinate or length as the pictures write it: one decimal, enough at screen pixels. */
export const f1 = (v: number): string => String(Math.round(v * 10) / 10);

export function h(
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  children?: SvgNode[] | string,
): SvgNode {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return typeof children === 'string'
    ? { tag, attrs: clean, text: children }
    : { tag, attrs: clean, children };
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function svgString(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const inner = node.text !== undefined ? escape(node.text) : (node.children ?? []).map(svgString).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

export function svgElement(node: SvgNode, doc: Document = document): SVGElement {
  const e = doc.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [k, v] of Object.entries(node.attrs))
    if (k !== 'xmlns') e.setAttribute(k === 'href' ? 'href' : k, String(v));
  if (node.text !== undefined) e.textContent = node.text;
  else for (const c of node.children ?? []) e.appendChild(svgElement(c, doc));
  return e;
}
