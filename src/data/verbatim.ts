// Checks that a quote is verbatim: every segment (split on " … ") appears, in order, in the stated
// paragraph. Nothing is normalized but Unicode NFC: curly quotes stay curly, dashes stay dashes.

/** The body of a source file in geodata/sources/: everything after the attribution header's --- line. */
export function sourceBody(fileText: string): string {
  const marker = '\n---\n';
  const at = fileText.indexOf(marker);
  if (!fileText.startsWith('#') || at < 0)
    throw new Error('source file lacks its attribution header and --- line');
  return fileText.slice(at + marker.length);
}

/** Paragraph N (1-based) is the N-th non-empty line. */
export function paragraphs(body: string): string[] {
  return body
    .normalize('NFC')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

export const ELLIPSIS_JOIN = ' … ';

/** Returns null when the quote is verbatim, or a reason it is not. */
export function verbatimProblem(quote: string, paragraph: string | undefined): string | null {
  if (paragraph === undefined) return 'the paragraph does not exist';
  const segments = quote.normalize('NFC').split(ELLIPSIS_JOIN);
  let from = 0;
  for (const seg of segments) {
    if (!seg.trim()) return 'an empty segment around …';
    const at = paragraph.indexOf(seg, from);
    if (at < 0)
      return `"${seg.length > 60 ? `${seg.slice(0, 60)}…` : seg}" is not in the paragraph${from ? ' after the previous segment' : ''}`;
    from = at + seg.length;
  }
  return null;
}
