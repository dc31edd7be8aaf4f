/**
 * A loader whose result is shared by every caller, except a failure: a fetch that failed on a
 * patchy connection is tried again by the next caller (a reader's next click) instead of failing
 * for the rest of the page's life.
 */
export function cachedUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}
