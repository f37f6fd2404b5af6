/**
 * Ids of the other WordNets, read wherever an id is (the CLI, the Node API, the worker, the
 * search box, a URL): `i46360` (ILI; `ili:i46360` too), `wn31:02086723-n` and `wn31:n02086723`
 * (WordNet 3.1), `oewn-02086723-n` (Open English WordNet). Each resolves to the WordNet 3.0 synset
 * through the version map (`wordnet-versions.ts`); one that names none says why.
 */
import { SynsetIdError } from './errors.js';
import { wn31Id, type NounOffsets, type WordNetVersions } from './wordnet-versions.js';

/** An id in another WordNet's form, once read: its ILI number, or its WordNet 3.1 offset. */
export type VersionedId = { kind: 'ili'; text: string; ili: number } | { kind: 'wn31' | 'oewn'; text: string; offset31: number };

const ILI_ID = /^(?:ili:)?i(\d{1,9})$/i;
const WN31_ID = /^wn31:(?:n(\d{8})|(\d{8})-n)$/i;
const OEWN_ID = /^oewn-(\d{8})-n$/i;
/** How the forms begin: an id that begins so but is not one of them is a mistyped one, said so. */
const VERSION_PREFIX = /^(wn31:|oewn-|ili:)/i;

/** Reads an id in another WordNet's form; undefined for any other id. Throws for one begun but mistyped. */
export function parseVersionedId(id: string): VersionedId | undefined {
  const text = String(id).trim();
  let match: RegExpExecArray | null;
  if ((match = ILI_ID.exec(text))) return { kind: 'ili', text, ili: Number(match[1]) };
  if ((match = WN31_ID.exec(text))) return { kind: 'wn31', text, offset31: Number(match[1] ?? match[2]) };
  if ((match = OEWN_ID.exec(text))) return { kind: 'oewn', text, offset31: Number(match[1]) };
  const prefix = VERSION_PREFIX.exec(text)?.[1]?.toLowerCase();
  if (prefix === undefined) return undefined;
  if (/^(wn31:|oewn-)(\d{8}-[a-z]|[a-z]\d{8})$/i.test(text) || /^oewn-\d{8}-[a-z]$/i.test(text)) {
    throw new SynsetIdError(`not a noun synset: ${text} (only nouns are indexed)`);
  }
  const form = prefix === 'wn31:' ? 'wn31:02086723-n or wn31:n02086723' : prefix === 'oewn-' ? 'oewn-02086723-n' : 'i46360';
  const version = prefix === 'ili:' ? 'an ILI' : prefix === 'oewn-' ? 'an Open English WordNet' : 'a WordNet 3.1';
  throw new SynsetIdError(`not ${version} id: ${text} (write ${form})`);
}

/**
 * Thrown when an id needs the version map and it has yet to be fetched (the worker's): the
 * caller fetches it, gives it to the queries and asks again. Not a {@link SynsetIdError}: no
 * query answers it as a bad id.
 */
export class VersionDataNeeded extends Error {
  override name = 'VersionDataNeeded';
  constructor() {
    super('the WordNet version map is needed and not loaded yet');
  }
}

/** Where resolving finds the version map. */
export interface VersionLookup {
  /** The map; throws {@link VersionDataNeeded} to have it fetched, {@link SynsetIdError} when it cannot be had. */
  forId(): WordNetVersions;
  /** The map for a hint, or undefined where it cannot be had (a hint is a courtesy); throws {@link VersionDataNeeded} as `forId`. */
  forHint(): WordNetVersions | undefined;
}

/**
 * The version map of one set of queries: read when first needed (Node reads its file), or
 * given once fetched (the worker, which is `fetched`: until then ids that need it throw
 * {@link VersionDataNeeded}). Without either, those ids are refused and plain wnids get no hint.
 */
export class WordNetVersionSource implements VersionLookup {
  private versions: WordNetVersions | undefined;
  private failure: string | undefined;

  constructor(private readonly how: { read?: () => WordNetVersions; fetched?: boolean } = {}) {}

  /** Whether the map is at hand. */
  get loaded(): boolean {
    return this.versions !== undefined;
  }

  provide(versions: WordNetVersions): void {
    this.versions = versions;
    this.failure = undefined;
  }

  /** The map could not be had: ids that need it are refused saying why, and hints left out, until {@link clearFailure}. */
  fail(reason: string): void {
    this.failure = reason;
  }

  /** Lets the next id that needs the map fetch it again. */
  clearFailure(): void {
    this.failure = undefined;
  }

  forId(): WordNetVersions {
    const versions = this.current();
    if (versions) return versions;
    if (this.failure !== undefined) throw new SynsetIdError(`WordNet 3.1 and ILI ids cannot be read now: ${this.failure}`);
    if (this.how.fetched) throw new VersionDataNeeded();
    throw new SynsetIdError('WordNet 3.1 and ILI ids are not available here');
  }

  forHint(): WordNetVersions | undefined {
    const versions = this.current();
    if (versions || this.failure !== undefined || !this.how.fetched) return versions;
    throw new VersionDataNeeded();
  }

  private current(): WordNetVersions | undefined {
    if (this.versions || !this.how.read || this.failure !== undefined) return this.versions;
    try {
      return (this.versions = this.how.read());
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  }
}

/** The 3.0 synset an id of another WordNet names; {@link SynsetIdError} saying why when it names none or several. */
export function resolveVersionedId(versions: WordNetVersions, id: VersionedId, nouns: NounOffsets): number {
  if (id.kind === 'ili') {
    const i = versions.synsetOfIli(id.ili);
    if (i < 0) throw new SynsetIdError(`${id.text} is not the ILI of a WordNet 3.0 noun synset`);
    return i;
  }
  const found = versions.synsetsOfWn31(id.offset31);
  const version = id.kind === 'oewn' ? 'Open English WordNet (3.1 offsets)' : 'WordNet 3.1';
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    const wnids = found.map((i) => nouns.wnidOf(i)).join(', ');
    throw new SynsetIdError(
      `${id.text} is one synset in ${version} for ${found.length} WordNet 3.0 synsets (3.1 merged them): ${wnids}; name one of those`,
    );
  }
  const lemmas = versions.newIn31Lemmas(id.offset31);
  if (lemmas)
    throw new SynsetIdError(`${id.text} (${lemmas[0]!.replace(/_/g, ' ')}) is new in WordNet 3.1: WordNet 3.0 has no such synset`);
  throw new SynsetIdError(
    `no ${version} noun synset ${wn31Id(id.offset31)}${id.kind === 'oewn' ? ' (OEWN ids keep 3.1 offsets for synsets 3.1 had)' : ''}`,
  );
}

/**
 * The end of the message for a wnid that is no WordNet 3.0 noun: when its offset is a WordNet
 * 3.1 noun, which 3.0 synset that is (an id copied from 3.1 data); '' otherwise.
 */
export function wn31Hint(versions: WordNetVersions, offset: number, nouns: NounOffsets): string {
  const found = versions.synsetsOfWn31(offset);
  const asWn31 = `wn31:${wn31Id(offset)}`;
  if (found.length === 1) {
    const i = found[0]!;
    return `; it is a WordNet 3.1 id: ${asWn31} is WordNet 3.0's ${nouns.wnidOf(i)} (${nouns.nameOf(i)})`;
  }
  if (found.length > 1) return `; it is a WordNet 3.1 id: ${asWn31} merges WordNet 3.0's ${found.map((i) => nouns.wnidOf(i)).join(', ')}`;
  const lemmas = versions.newIn31Lemmas(offset);
  return lemmas ? `; it is a WordNet 3.1 id, new in 3.1 (${lemmas[0]!.replace(/_/g, ' ')}), with no WordNet 3.0 synset` : '';
}

/** {@link wn31Hint} where the map can be had ('' where not: the message is whole without it). */
export function wn31HintOf(versions: VersionLookup | undefined, offset: number, nouns: NounOffsets): string {
  const map = versions?.forHint();
  return map ? wn31Hint(map, offset, nouns) : '';
}
