/**
 * The package as a consumer gets it: `npm pack` (its `prepack` builds the Node code, the library
 * and the types), installed offline into an empty project, then imported, run and type-checked
 * there. Slow (the builds), so it is `npm run test:package`, not part of `npm test`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
/**
 * The bound on the packed tarball: each data set once, not twice or three times. WordNet's
 * parts (2.9 MB), the label lists, groupings, evaluation files and the WordNet version map
 * (together 4.5 MB packed) and the names again in small shards for docs pages' labels (0.85 MB)
 * make 5.5 MB; the 28 languages' words add 7.8 MB, shipped once as the browser's parts, which
 * Node reads too (their licences and catalog beside them in data/languages/). The tree's 33
 * parts come a second time as one joined file (0.91 MB), so that a first visit fetches the tree
 * in one request, not 33: 14.4 MB in all. The label lists and the evaluation files still ship
 * twice, raw for Node and as parts for the browser; Node reading the parts would save about
 * 0.6 MB.
 */
const MAX_TARBALL_BYTES = 15_000_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs and expects success, failing with what the command said. */
async function succeed(command: string, args: readonly string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/** Node running an ES module script in the consumer's project, its stdout parsed as JSON. */
async function nodeJson(script: string): Promise<unknown> {
  const file = join(consumer, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  return JSON.parse(await succeed(process.execPath, [file], consumer)) as unknown;
}

let work: string;
let consumer: string;
let tarball: string;
let entries: string[];
let installed: string;
let installLog: string;

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
}

/**
 * The consumer's lock: the package from the tarball, its dependencies at the versions of our
 * own lock. `npm install <tgz>` would fetch each dependency's full registry document, which
 * `npm ci` never caches (it reads the abbreviated one), so offline it fails on a machine set up
 * by `npm ci`; installing from a lock needs only what `npm ci` cached.
 */
function consumerLock(spec: string): unknown {
  const ours = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
    license: string;
    dependencies: Record<string, string>;
    bin: Record<string, string>;
    engines: Record<string, string>;
  };
  // Node's lookup, on lock paths: `a/node_modules/b` sees its own node_modules, then a's, then the root's.
  const resolve = (from: string, name: string): string | undefined => {
    for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
      const path = `${dir ? dir + '/' : ''}node_modules/${name}`;
      if (ours.packages[path]) return path;
      if (dir === '') return undefined;
    }
  };
  const packages: Record<string, LockEntry> = {};
  const queue = Object.keys(manifest.dependencies).map((name) => resolve('', name));
  while (queue.length > 0) {
    const path = queue.pop();
    if (path === undefined) throw new Error('a dependency of the package is not in package-lock.json');
    if (packages[path]) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = ours.packages[path]!;
    packages[path] = entry;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) queue.push(resolve(path, name));
  }
  const { version, license, dependencies, bin, engines } = manifest;
  return {
    name: 'consumer',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'consumer', dependencies: { 'synset-explorer': spec } },
      'node_modules/synset-explorer': { version, resolved: spec, license, dependencies, bin, engines },
      ...packages,
    },
  };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'synset-package-'));
  // The installed CLI keeps the bundle it joins from the parts: here, not in the home's cache.
  process.env.SYNSET_CACHE_DIR = join(work, 'cache');
  await succeed('npm', ['pack', '--pack-destination', work, '--silent'], ROOT);
  const packed = readdirSync(work).filter((name) => name.endsWith('.tgz'));
  expect(packed).toHaveLength(1);
  tarball = join(work, packed[0]!);
  entries = (await succeed('tar', ['-tzf', tarball], work)).split('\n').filter(Boolean);
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  const spec = `file:../${packed[0]!}`;
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'synset-explorer': spec } }),
  );
  writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify(consumerLock(spec)));
  // Scripts in the foreground, so that one a consumer's install ran would show in its output.
  installLog = await succeed('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--foreground-scripts'], consumer);
  installed = join(consumer, 'node_modules/synset-explorer');
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it(`is at most ${MAX_TARBALL_BYTES / 1e6} MB, with the data once and no source maps`, () => {
    expect(statSync(tarball).size).toBeLessThanOrEqual(MAX_TARBALL_BYTES);
    expect(entries.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(entries.filter((path) => path.endsWith('synsets.bin'))).toEqual([]);
    expect(entries.filter((path) => path.endsWith('parts.json'))).toEqual(['package/dist/data/generated/parts/parts.json']);
    expect(entries.filter((path) => path.endsWith('.gz') && !path.startsWith('package/dist/data/generated/parts/'))).toEqual([]);
  });

  it('holds the label set lists, the groupings and their licences', () => {
    const catalog = JSON.parse(readFileSync(join(installed, 'data/labelsets/catalog.json'), 'utf8')) as {
      sets: { file: string }[];
      names: { file: string }[];
    };
    // Every list the catalog names, 1k's and 21k's (`../imagenet/…`) too.
    const files = [...catalog.sets, ...catalog.names].map((info) => posix.join('package/data/labelsets', info.file));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((path) => !entries.includes(path))).toEqual([]);
    for (const path of [
      'data/labelsets/README.md',
      'data/groupings/README.md',
      'data/groupings/restricted-imagenet.tsv',
      'data/generated/WORDNET-LICENSE.txt',
    ]) {
      expect(entries).toContain(`package/${path}`);
    }
  });

  it('runs no script when installed', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const script of ['preinstall', 'install', 'postinstall']) expect(manifest.scripts?.[script], script).toBeUndefined();
    expect(existsSync(join(installed, 'binding.gyp'))).toBe(false);
    // npm prints '> synset-explorer@0.1.0 <script>' before each script it runs in the foreground.
    expect(installLog).not.toMatch(/^> /m);
    expect(existsSync(join(installed, 'data/generated/synsets.bin'))).toBe(false);
  });

  it('has every file each export names, types and code from the same build', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const targets: { types?: string; default: string }[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.push({ default: value });
      else if (value && typeof value === 'object' && 'default' in value) {
        const { types, default: code, ...conditions } = value as { types?: string; default: unknown };
        Object.values(conditions).forEach(collect);
        if (typeof code === 'string') targets.push(types === undefined ? { default: code } : { types, default: code });
        else collect(code);
      }
    };
    Object.values(manifest.exports).forEach(collect);
    // `./components/*`: every element whose types are shipped, and at least the seven of the first release.
    const tags = readdirSync(join(installed, 'dist/types/components')).filter((tag) =>
      existsSync(join(installed, `dist/types/components/${tag}/${tag}.d.ts`)),
    );
    expect(tags.length).toBeGreaterThanOrEqual(7);
    const expanded = targets.flatMap((target) =>
      target.default.includes('*')
        ? tags.map((tag) => ({ types: target.types?.replaceAll('*', tag), default: target.default.replaceAll('*', tag) }))
        : [target],
    );
    const missing = expanded
      .flatMap((target) => [target.types, target.default])
      .filter((path) => path && !existsSync(join(installed, path)));
    expect(missing).toEqual([]);
    // tsc writes a module's declarations beside its code in build/node/; the library build puts
    // the code in dist/ and tsconfig.lib.json the declarations in dist/types/, where the embed
    // bundle synset-explorer.js is built from embed.ts.
    const typesOf = (code: string): string =>
      code.startsWith('./build/node/')
        ? code.replace(/\.js$/, '.d.ts')
        : code
            .replace(/^\.\/dist\//, './dist/types/')
            .replace(/^\.\/dist\/types\/synset-explorer\.js$/, './dist/types/embed.js')
            .replace(/\.js$/, '.d.ts');
    for (const target of expanded) {
      if (target.types !== undefined) expect(target.types, target.default).toBe(typesOf(target.default));
    }
  });
});

describe('in Node', () => {
  it("imports 'synset-explorer' without a DOM, as the Node API", async () => {
    const keys = await nodeJson(`const api = await import('synset-explorer'); console.log(JSON.stringify(Object.keys(api)));`);
    expect(keys).toEqual(expect.arrayContaining(['openSynsets', 'mapIndices', 'exportSet', 'SynsetQueries', 'useBuiltInLabelSets']));
  });

  it("looks up a wnid and maps imagenet-r's class 17 to its 1k index, from the shipped parts", async () => {
    const answers = await nodeJson(`
      import { bundlePath, exportSet, mapIndices, openSynsets } from 'synset-explorer/node';
      import { SynsetQueries } from 'synset-explorer/core';
      const queries = openSynsets();
      console.log(JSON.stringify({
        source: bundlePath().split('/node_modules/synset-explorer/')[1],
        lemmas: queries.lookup('n01440764').lemmas,
        mapped: mapIndices('imagenet-r', '1k')[17],
        keras: Object.keys(JSON.parse(exportSet('1k', 'keras'))).length,
        core: queries instanceof SynsetQueries,
      }));`);
    expect(answers).toEqual({
      source: 'dist/data/generated/parts/parts.json',
      lemmas: ['tench', 'Tinca_tinca'],
      mapped: 76,
      keras: 1000,
      core: true,
    });
  });

  it("names a class in Chinese from the shipped language parts, with the language's licence beside them", async () => {
    const catalog = JSON.parse(readFileSync(join(installed, 'data/languages/catalog.json'), 'utf8')) as {
      languages: { code: string; file: string; licenceFile?: string }[];
    };
    expect(catalog.languages.length).toBeGreaterThan(20);
    expect(entries.filter((path) => path.startsWith('package/data/languages/') && path.endsWith('.gz'))).toEqual([]);
    expect(entries.filter((path) => path.startsWith('package/data/languages/') && path.endsWith('.LICENSE')).length).toBe(
      readdirSync(join(ROOT, 'data/languages')).filter((name) => name.endsWith('.LICENSE')).length,
    );
    // The checkout's own answer, from its language files, is the one the package must give.
    const expected = await run(process.execPath, [join(ROOT, 'bin/synset.js'), 'lookup', '207', '--lang', 'zh', '--json'], ROOT);
    const result = await run(join(consumer, 'node_modules/.bin/synset'), ['lookup', '207', '--lang', 'zh', '--json'], consumer);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(expected.stdout));
    expect(result.stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it('runs the synset command: lookup 207', async () => {
    const result = await run(join(consumer, 'node_modules/.bin/synset'), ['lookup', '207'], consumer);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('n02099601');
    expect(result.stdout).toContain('golden retriever');
  });

  it('keeps the bundle it joined from the parts, and answers the same from it next time', async () => {
    const first = await succeed(join(consumer, 'node_modules/.bin/synset'), ['lookup', 'dog.n.01', '--json'], consumer);
    const kept = readdirSync(join(work, 'cache'));
    expect(kept).toHaveLength(1);
    expect(existsSync(join(work, 'cache', kept[0]!, 'synsets.bin'))).toBe(true);
    expect(await succeed(join(consumer, 'node_modules/.bin/synset'), ['lookup', 'dog.n.01', '--json'], consumer)).toBe(first);
  });
});

describe('type declarations', () => {
  const NODE_CHECK = `import { openSynsets, type SynsetQueries } from 'synset-explorer';
import { mapIndices, setLabels, type NameStyle } from 'synset-explorer/node';
import { SynsetQueries as CoreQueries } from 'synset-explorer/core';
const queries: SynsetQueries = openSynsets();
const core: CoreQueries = queries;
const mapped: (number | null)[] = mapIndices('imagenet-r', '1k', core);
const style: NameStyle = 'unique';
const labels: string[] = setLabels('1k', style);
export { mapped, labels };
`;
  const BROWSER_CHECK = `import { SynsetLabel, getSynsetClient } from 'synset-explorer';
import { SynsetLabel as FromEmbed } from 'synset-explorer/synset-explorer.js';
import { createSynsetClient, type SynsetClient } from 'synset-explorer/client';
import { SynsetCard } from 'synset-explorer/components';
import { SynsetTree } from 'synset-explorer/components/synset-tree';
const client: SynsetClient = getSynsetClient();
const same: typeof SynsetLabel = FromEmbed;
export { client, same, createSynsetClient, SynsetCard, SynsetTree };
`;

  /** tsc on one file in the consumer's project, declarations checked too (no skipLibCheck). */
  const compile = (name: string, compilerOptions: Record<string, unknown>, source: string): Promise<Run> => {
    writeFileSync(join(consumer, `${name}.ts`), source);
    const options = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
      ...compilerOptions,
    };
    writeFileSync(join(consumer, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: options, files: [`${name}.ts`] }));
    return run(process.execPath, [TSC, '-p', `tsconfig.${name}.json`], consumer);
  };

  // The two compilers run at once (each takes 10-20 s on a loaded machine).
  let checks: { node: Promise<Run>; browser: Promise<Run> };
  beforeAll(() => {
    checks = {
      node: compile('node-check', { module: 'NodeNext', moduleResolution: 'NodeNext' }, NODE_CHECK),
      browser: compile('browser-check', { module: 'ESNext', moduleResolution: 'bundler' }, BROWSER_CHECK),
    };
  });

  it("resolve for Node's exports under NodeNext ('.' takes the node condition)", async () => {
    const result = await checks.node;
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it("resolve for the browser's exports under bundler resolution", async () => {
    const result = await checks.browser;
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
