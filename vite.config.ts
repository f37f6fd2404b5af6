import { defineConfig } from 'vite';

/** Chromium flags for this closed network: no background calls home, no sandbox as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  worker: { format: 'es' },
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
