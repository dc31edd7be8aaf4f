// Vite plugin: the page is not drawn before its boot script (src/boot.ts) has run. That script
// decides the first layout: an embed's caption and credit instead of the site's header and panel,
// the theme, a deep link's camera in the first frame. Drawn before it, an embed showed the site's
// header for a moment and then moved its map up under the reader (CLS 0.19 in Lighthouse). The
// script is small and fetched beside the stylesheet, which blocks rendering already. Browsers
// without `blocking` draw as before; without scripts the static page is drawn.
import type { Plugin } from 'vite';

const BOOT_SCRIPT = /<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/;

export function bootFirstPlugin(): Plugin {
  return {
    name: 'boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!BOOT_SCRIPT.test(html)) throw new Error('boot-first: index.html has no boot script tag');
        return html.replace(BOOT_SCRIPT, (tag) => tag.replace('<script ', '<script blocking="render" '));
      },
    },
  };
}
