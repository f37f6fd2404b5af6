/**
 * Starts the index worker from wherever its script lives. Browsers refuse `new Worker(url)` for
 * a script on another origin (the embed served from a CDN), but a module worker may import one:
 * so for a foreign URL the worker starts from a same-origin blob that only imports the real
 * script. That script then runs with its own URL as `import.meta.url`, so its chunks and the
 * default data bundle still resolve next to it (the host must send CORS headers for them).
 */
export function startIndexWorker(url: string | URL, name: string): Worker {
  const scriptUrl = new URL(url, location.href);
  if (!needsTrampoline(scriptUrl)) return new Worker(scriptUrl, { type: 'module', name });
  // The blob revokes itself once it runs: by then the browser has read it.
  const source = `URL.revokeObjectURL(import.meta.url);\nimport ${JSON.stringify(scriptUrl.href)};\n`;
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(blobUrl, { type: 'module', name });
}

/** A worker script on another origin must be imported from a same-origin one. */
function needsTrampoline(scriptUrl: URL): boolean {
  if (scriptUrl.protocol === 'blob:' || scriptUrl.protocol === 'data:') return false;
  return scriptUrl.origin !== location.origin;
}
