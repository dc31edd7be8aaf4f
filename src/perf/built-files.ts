// Every file under a build's output folder, recursively: what the post-build plugins read.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function* builtFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* builtFiles(path);
    else yield path;
  }
}
