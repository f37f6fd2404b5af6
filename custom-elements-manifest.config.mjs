/**
 * `npm run analyze`: writes `custom-elements.json` (the package's `customElements`) from the
 * components' JSDoc, for editors and docs tools. Three fixes on top of the analyzer's Lit support,
 * so the manifest says what the elements really do.
 */
import { readFileSync } from 'node:fs';

/** Every element adopts these tokens (`tokenStyles`), but they are documented once, on a module. */
const TOKENS_MODULE = 'src/components/tokens.styles.ts';

/** `@cssproperty --name - description` lines of a module's JSDoc. */
function cssPropertiesDocumentedIn(path) {
  const source = readFileSync(new URL(path, import.meta.url), 'utf8');
  return [...source.matchAll(/@cssproperty\s+(--[\w-]+)\s+-\s+(.+)/g)].map(([, name, description]) => ({
    name,
    description: description.trim(),
  }));
}

/**
 * - Shared tokens: each element lists the `--synset-*` tokens it reads, not only its own.
 * - Events: `dispatchEvent(new SynsetSelectEvent(…))` shows up as an event with a type and no
 *   name; the `@fires` tags already name and describe it, so the nameless copy goes.
 * - Attributes: Lit observes a property's name lowercased (`collapsedCount` → `collapsedcount`)
 *   unless the property names its attribute; the analyzer keeps the camelCase name.
 */
function synsetManifestFixes() {
  const tokens = cssPropertiesDocumentedIn(TOKENS_MODULE);
  return {
    name: 'synset-manifest-fixes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const own = declaration.cssProperties ?? [];
          declaration.cssProperties = [...own, ...tokens.filter((token) => !own.some((property) => property.name === token.name))];
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.fieldName !== attribute.name) continue;
            attribute.name = attribute.name.toLowerCase();
            const field = declaration.members?.find((member) => member.name === attribute.fieldName);
            if (field) field.attribute = attribute.name;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite the file.
  packagejson: false,
  plugins: [synsetManifestFixes()],
};
