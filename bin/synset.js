#!/usr/bin/env node
// The `synset` command: a shim over the compiled CLI in build/node (see src/cli/main.ts).
import { existsSync } from 'node:fs';

const entry = new URL('../build/node/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("synset: the CLI is not built yet: run 'npm install' (or 'npm run build:node') in the synset-explorer checkout\n");
  process.exit(2);
}
const { run } = await import(entry.href);
await run(process.argv.slice(2));
