import { describe, expect, it } from 'vitest';
import { cachedUntilFailure } from './cached-until-failure.ts';

describe('cachedUntilFailure', () => {
  it('loads once for every caller while the load succeeds', async () => {
    let calls = 0;
    const get = cachedUntilFailure(async () => ++calls);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(await get()).toBe(1);
    expect(calls).toBe(1);
  });

  it('tries again after a failure, and keeps the success that follows', async () => {
    const answers = [new Error('offline'), 'data'];
    let calls = 0;
    const get = cachedUntilFailure(async () => {
      const a = answers[calls++];
      if (a instanceof Error) throw a;
      return a;
    });
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('data');
    expect(await get()).toBe('data');
    expect(calls).toBe(2);
  });
});
