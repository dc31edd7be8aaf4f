import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { staticHtml } from './static-html.ts';

const { list } = staticHtml(buildAtlas());

describe('the prerendered list of places', () => {
  it('ends each public-record fact with one full stop, not two', () => {
    const facts = [...list.matchAll(/<p class="record-fact">([\s\S]*?)<span class="citation">/g)].map(
      (m) => m[1],
    );
    expect(facts.length).toBeGreaterThan(5);
    for (const f of facts) expect(f, f).not.toMatch(/\.\.\s*$|\.\. /);
    expect(list).toContain('Pakistan treats it as the international border. <');
  });
});
