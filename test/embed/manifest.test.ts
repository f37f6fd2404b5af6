/**
 * The custom-elements manifest that editors and docs tools read (`npm run analyze`), generated
 * here from the current sources with the repository's analyzer config: every element is in it,
 * and every public attribute, event, part and custom property says in a line what it is.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './embed-harness.js';

interface Described {
  name?: string;
  description?: string;
}

interface ElementDeclaration {
  tagName: string;
  attributes?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const TAGS = [
  'synset-card',
  'synset-class-run',
  'synset-compare',
  'synset-explorer',
  'synset-export-menu',
  'synset-groups',
  'synset-label',
  'synset-label-issues',
  'synset-list-dialog',
  'synset-path',
  'synset-run-changes',
  'synset-run-picker',
  'synset-search',
  'synset-space-picker',
  'synset-sunburst',
  'synset-tree',
];
const outdir = 'build/test-cem';

const elements = new Map<string, ElementDeclaration>();

beforeAll(async () => {
  await promisify(execFile)('npx', ['cem', 'analyze', '--outdir', outdir, '--quiet'], { cwd: repoRoot });
  const manifest = JSON.parse(readFileSync(join(repoRoot, outdir, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: (ElementDeclaration & { customElement?: boolean })[] }[];
  };
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.customElement) elements.set(declaration.tagName, declaration);
  }
}, 120_000);

/** `kind name` of each entry without a name or a one-line description. */
function undescribed(kind: string, entries: Described[] | undefined): string[] {
  return (entries ?? [])
    .filter((entry) => !entry.name || !entry.description?.trim() || entry.description.includes('\n'))
    .map((entry) => `${kind} ${entry.name ?? '(no name)'}`);
}

describe('custom-elements.json', () => {
  it('lists the sixteen elements', () => {
    expect([...elements.keys()].sort()).toEqual(TAGS);
  });

  it.each(TAGS)('describes every attribute, event, part and custom property of <%s>', (tag) => {
    const element = elements.get(tag)!;
    // The list dialog is opened by its show() method and has no attributes.
    if (tag !== 'synset-list-dialog') expect(element.attributes?.length, 'attributes').toBeGreaterThan(0);
    expect(element.cssParts?.length, 'parts').toBeGreaterThan(0);
    expect([
      ...undescribed('attribute', element.attributes),
      ...undescribed('event', element.events),
      ...undescribed('part', element.cssParts),
      ...undescribed('custom property', element.cssProperties),
    ]).toEqual([]);
  });

  it('names the events the elements fire', () => {
    const events = (tag: string) => elements.get(tag)!.events?.map((event) => event.name) ?? [];
    for (const tag of ['synset-path', 'synset-explorer']) expect(events(tag), tag).toEqual(['synset-select']);
    expect(events('synset-sunburst')).toEqual(['synset-select', 'synset-group-hover']);
    expect(events('synset-card')).toEqual(['synset-select', 'synset-compare-pick']);
    expect(events('synset-search')).toEqual(['synset-select', 'synset-compare']);
    expect(events('synset-tree')).toEqual(['synset-select', 'synset-compare', 'synset-filter-change']);
    expect(events('synset-compare')).toEqual(['synset-select', 'synset-compare-close']);
    expect(events('synset-space-picker')).toEqual(['synset-filter-change', 'synset-names-change', 'synset-list-remove']);
    expect(events('synset-list-dialog')).toEqual(['synset-list-add']);
    expect(events('synset-groups')).toEqual(['synset-grouping-change', 'synset-group-hover']);
    expect(events('synset-label')).toEqual([]);
  });

  it('gives the attribute names Lit observes, and the shared tokens on every element', () => {
    expect(elements.get('synset-path')!.attributes?.map((attribute) => attribute.name)).toContain('collapsedcount');
    for (const tag of TAGS)
      expect(
        elements.get(tag)!.cssProperties?.map((property) => property.name),
        tag,
      ).toContain('--synset-color-accent');
    expect(elements.get('synset-tree')!.cssProperties?.map((property) => property.name)).toContain('--synset-tree-row-height');
  });
});
