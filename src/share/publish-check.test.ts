import { card } from './card-text.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { oembedJson, placePageHtml } from './previews.ts';
import { previewsPlugin, siteUrlFrom } from './previews-plugin.ts';
import { publishProblems, type BuiltFile } from './publish-check.ts';

const atlas = buildAtlas();

/** The files the previews plugin writes for publication, made by the same functions. */
function built(siteUrl: string | null): BuiltFile[] {
  const saved = process.env.SITE_URL;
  if (siteUrl) process.env.SITE_URL = siteUrl;
  else delete process.env.SITE_URL;
  const plugin = previewsPlugin();
  process.env.SITE_URL = saved;
  const transform = plugin.transformIndexHtml as (html: string) => string;
  const url = siteUrlFrom(siteUrl ?? undefined);
  return [
    { path: 'index.html', text: transform(readFileSync('index.html', 'utf8')) },
    { path: 'oembed.json', text: oembedJson(null, url) },
    ...atlas.places.flatMap((p) => [
      {
        path: `place/${p.id}/index.html`,
        text: placePageHtml(p, { siteUrl: url, description: card(atlas, p).description }),
      },
      { path: `oembed/${p.id}.json`, text: oembedJson(p, url) },
    ]),
  ];
}

describe('the publishing check', () => {
  afterEach(() => delete process.env.SITE_URL);

  it('fails a build made without SITE_URL, naming the relative URLs', () => {
    const problems = publishProblems(built(null), null);
    expect(problems[0]).toMatch(/SITE_URL is not set/);
    expect(problems).toContain('place/kunar/index.html: og:image "preview.png" is relative');
    expect(problems).toContain('place/kunar/index.html: no og:url');
    expect(problems).toContain('place/kunar/index.html: no canonical');
    expect(
      problems.some((p) =>
        /^oembed\/kunar\.json: iframe src "\.\/\?embed=1#place=kunar" is relative/.test(p),
      ),
    ).toBe(true);
  });

  it('passes with SITE_URL: every place page and oEmbed answer is absolute and points at itself', () => {
    const files = built('https://news.example/maps/durand');
    expect(publishProblems(files, 'https://news.example/maps/durand/')).toEqual([]);
    const kunar = files.find((f) => f.path === 'place/kunar/index.html')!.text;
    expect(kunar).toContain(
      '<meta property="og:image" content="https://news.example/maps/durand/place/kunar/preview.png" />',
    );
    expect(kunar).toContain(
      '<meta property="og:url" content="https://news.example/maps/durand/place/kunar/" />',
    );
    expect(kunar).toContain('<link rel="canonical" href="https://news.example/maps/durand/place/kunar/" />');
    const oembed = JSON.parse(files.find((f) => f.path === 'oembed/kunar.json')!.text);
    expect(oembed.html).toContain('src="https://news.example/maps/durand/?embed=1#place=kunar"');
    expect(oembed.thumbnail_url).toBe('https://news.example/maps/durand/place/kunar/preview.png');
  });

  it('catches a single relative URL and a canonical pointing elsewhere', () => {
    const files = built('https://news.example/map/');
    const i = files.findIndex((f) => f.path === 'place/bajaur/index.html');
    files[i] = {
      ...files[i],
      text: files[i].text
        .replace('https://news.example/map/place/bajaur/preview.png', 'preview.png')
        .replace(
          '<link rel="canonical" href="https://news.example/map/place/bajaur/"',
          '<link rel="canonical" href="https://news.example/map/"',
        ),
    };
    expect(publishProblems(files, 'https://news.example/map/')).toEqual([
      'place/bajaur/index.html: og:image "preview.png" is relative',
      'place/bajaur/index.html: canonical "https://news.example/map/" is not https://news.example/map/place/bajaur/',
    ]);
  });

  it('npm run build:publish refuses to start without SITE_URL', () => {
    const env = { ...process.env };
    delete env.SITE_URL;
    const r = spawnSync('npx', ['tsx', 'scripts/build-publish.ts'], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not safe to publish[\s\S]*SITE_URL is not set/);
  });
});
