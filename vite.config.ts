import { defineConfig } from 'vitest/config';
import { atlasPlugin } from './src/data/atlas-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [atlasPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1100,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'geodata/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
