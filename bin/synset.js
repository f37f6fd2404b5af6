#!/usr/bin/env node
// The `synset` command: a shim over the compiled CLI (see src/cli/main.ts). It runs the CLI bundled
// into one script (build/cli/synset.cjs: Node loads one file, not some 120 modules), compiled with
// V8's code cache beside it, and, where only the compiled modules are there (a build:node
// interrupted, an older checkout), those.
//
// This file is CommonJS (bin/package.json says so): Node starts an ES module entry through its
// module loader, ~7 ms more than `node -e 0`, and Node's built-ins imported as modules build
// facades of all their exports (`node:fs`'s load the file streams).
'use strict';
const { existsSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const bundled = join(__dirname, '../build/cli/synset.cjs');
const modules = join(__dirname, '../build/node/src/cli/main.js');

/**
 * The bundle run as Node runs a CommonJS file, but through `vm.Script` so that V8 can start from
 * the code it compiled on an earlier run (`synset.cjs.cache`): compiling the 370 KB script
 * afresh is ~10 ms of a start of ~20 over `node -e 0`. A cache V8 rejects (another Node, a new
 * bundle, a damaged file) costs nothing but the compile; `saveCache` then writes a new one.
 */
function loadBundled(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: this run compiles and writes it.
  }
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    // After the command ran, the cache holds the functions it compiled too. Written whole or not
    // at all (a rename), and not at all where the package folder is read-only.
    const temporary = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      rmSync(temporary, { force: true });
    }
  };
  return { cli: module.exports, saveCache };
}

async function start() {
  let cli;
  let saveCache = () => {};
  if (existsSync(bundled)) ({ cli, saveCache } = loadBundled(bundled));
  else if (existsSync(modules)) cli = await import(pathToFileURL(modules).href);
  else {
    process.stderr.write("synset: the CLI is not built yet: run 'npm install' (or 'npm run build:node') in the synset-explorer checkout\n");
    process.exit(2);
  }
  await cli.run(process.argv.slice(2));
  saveCache();
}

start();
