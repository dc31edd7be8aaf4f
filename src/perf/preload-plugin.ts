// Vite plugin: lets the browser fetch the data and the label fonts while MapLibre's script is still
// downloading and compiling. Without it both are requested only once the app has started (the
// fonts even later, when the page first asks for them), a serial chain on a slow connection.
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The faces MapLibre draws labels from (src/styles/fonts.css): first render needs both. */
export const LABEL_FONTS = /noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

export interface PreloadOptions {
  /** The data file's URL as the page requests it (relative to the page), if it is on the first render's path. */
  dataUrl?: string;
  /** Built font files to preload, matched by name (pages sit at the build's root, base './'). */
  fonts: RegExp;
}

export function preloadPlugin({ dataUrl, fonts }: PreloadOptions): Plugin {
  return {
    name: 'preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // `crossorigin` makes the preload match fetch()'s default CORS mode, so it is reused.
        const tags: HtmlTagDescriptor[] = dataUrl
          ? [
              {
                tag: 'link',
                attrs: { rel: 'preload', href: dataUrl, as: 'fetch', crossorigin: '' },
                injectTo: 'head',
              },
            ]
          : [];
        for (const file of Object.keys(ctx.bundle ?? {})
          .filter((f) => fonts.test(f))
          .sort())
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head',
          });
        return tags;
      },
    },
  };
}
