// Serves a built site with `vite preview` for the scripts that drive a browser outside Playwright's
// test runner (benchmark, screenshots), and stops it again.
import { spawn } from 'node:child_process';

export interface PreviewServer {
  url: string;
  stop: () => void;
}

/** Starts `vite preview` on 127.0.0.1:port (not one of the browsers' blocked ports, e.g. 4190). */
export async function startPreview(port: number, outDir = 'dist'): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview of ${outDir}/ did not start on port ${port} (is the site built?)`);
}
