/**
 * The elements' API, for the tables on each element's page: the custom-elements manifest,
 * analysed from the components' JSDoc at docs build time (the same `npm run analyze`
 * configuration), so the docs cannot drift from the code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineLoader } from 'vitepress';

export interface ApiEntry {
  name: string;
  description: string;
  type?: string;
  default?: string;
}

export interface ElementApi {
  tagName: string;
  className: string;
  description: string;
  attributes: ApiEntry[];
  events: ApiEntry[];
  cssParts: ApiEntry[];
  cssProperties: ApiEntry[];
}

export type ElementApis = Record<string, ElementApi>;

declare const data: ElementApis;
export { data };

interface ManifestEntry {
  name?: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  name: string;
  description?: string;
  attributes?: ManifestEntry[];
  events?: ManifestEntry[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const outdir = 'docs/.vitepress/cache/cem';

function entries(list: ManifestEntry[] | undefined): ApiEntry[] {
  return (list ?? []).map((entry) => ({
    name: entry.name ?? '',
    description: entry.description ?? '',
    ...(entry.type ? { type: entry.type.text } : {}),
    ...(entry.default !== undefined ? { default: entry.default } : {}),
  }));
}

export default defineLoader({
  watch: ['../../../src/components/**/*.ts', '../../../custom-elements-manifest.config.mjs'],
  load(): ElementApis {
    const analyzer = join(dirname(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
    execFileSync(process.execPath, [analyzer, 'analyze', '--outdir', outdir, '--quiet'], { cwd: repoRoot, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(repoRoot, outdir, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: ManifestDeclaration[] }[];
    };
    const apis: ElementApis = {};
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (!declaration.customElement || !declaration.tagName) continue;
      apis[declaration.tagName] = {
        tagName: declaration.tagName,
        className: declaration.name,
        description: declaration.description ?? '',
        attributes: entries(declaration.attributes),
        events: entries(declaration.events),
        cssParts: entries(declaration.cssParts),
        cssProperties: entries(declaration.cssProperties),
      };
    }
    return apis;
  },
});
