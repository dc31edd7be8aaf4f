// Fetches the data bundle the build emitted (validated at build time; here only its version is checked).
import type { Atlas } from './atlas-types.ts';

export async function loadAtlas(url = new URL('data/atlas.json', document.baseURI).href): Promise<Atlas> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load the map data (${res.status} ${res.statusText})`);
  const atlas = (await res.json()) as Atlas;
  if (atlas?.version !== 1 || !Array.isArray(atlas.places))
    throw new Error('the map data has an unexpected format');
  return atlas;
}
