/**
 * The explorer as `npm start` serves it: `vite build` of `index.html`, served by `vite preview`.
 * The end-to-end tests open this build rather than the dev server: a page loads a few bundled
 * files instead of a hundred transformed modules, and one build serves every file.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type Plugin, type PreviewServer } from 'vite';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `vite build` of the explorer into `outDir`, with `plugins` added and, optionally, more pages.
 * `keepOldFiles` builds over what is there, as a deploy of hashed files does: a page still
 * fetching the old build's files meanwhile finds them (emptying the folder under a running
 * server made it fail to open files it had just found).
 */
export async function buildApp(
  outDir: string,
  options: { plugins?: Plugin[]; pages?: Record<string, string>; keepOldFiles?: boolean } = {},
): Promise<void> {
  // Vite takes `import.meta.env.PROD` from NODE_ENV, which Vitest sets to `test`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      configFile: join(repoRoot, 'vite.config.ts'),
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: !options.keepOldFiles,
        ...(options.pages ? { rolldownOptions: { input: { index: join(repoRoot, 'index.html'), ...options.pages } } } : {}),
      },
      plugins: options.plugins ?? [],
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export interface Preview {
  server: PreviewServer;
  /** The server's URL, no trailing slash. */
  url: string;
  /** The paths the server was asked for, in order. */
  requests: string[];
}

/**
 * `vite preview` of `outDir` on a free port, logging the paths it is asked for and setting
 * `headers` on every response.
 */
export async function startPreview(outDir: string, headers: Record<string, string> = {}): Promise<Preview> {
  const requests: string[] = [];
  const requestLog: Plugin = {
    name: 'test-request-log',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        requests.push(new URL(request.url ?? '/', 'http://localhost').pathname);
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
  const server = await preview({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    plugins: [requestLog],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server has no local URL');
  return { server, url: url.replace(/\/$/, ''), requests };
}
