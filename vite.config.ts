import { defineConfig } from 'vite';
import { appShellServiceWorker } from './build-plugins/app-shell-service-worker.js';
import { copyDataParts } from './build-plugins/data-parts.js';

/**
 * The explorer page (`index.html`): `npm run dev` serves it from the sources, `npm start` builds
 * it into `build/app/` (`dist/` is the library's, see `vite.lib.config.ts`) and serves the build.
 */
export default defineConfig({
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  worker: { format: 'es' },
  plugins: [copyDataParts(), appShellServiceWorker()],
  build: { outDir: 'build/app', emptyOutDir: true },
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/directives/class-map.js',
      'lit/directives/style-map.js',
      'lit/directives/repeat.js',
      'comlink',
      'idb',
      'd3-hierarchy',
      'd3-shape',
      'd3-scale',
    ],
  },
});
