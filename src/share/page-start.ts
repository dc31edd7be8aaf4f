// The opening every built static page shares (place pages, source pages, the 404 page): the
// document type, language, encoding, viewport and the page's own Content-Security-Policy.
export function pageStart(csp: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />`;
}
