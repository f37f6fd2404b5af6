import { SynsetIdError, type SynsetIndex } from './synset-index.js';

/** Finds the synsets of a lemma in sense order (the search tables know; see `SynsetSearch`). */
export interface SenseFinder {
  sensesOf(lemma: string): number[];
}

const MAX_ID_LENGTH = 200;

/**
 * Resolves any id form to a synset number: a wnid (`n02084071`), an ILSVRC-2012 class index
 * (`207`), an NLTK name (`dog.n.01`: the lemma's first noun sense in `index.noun` order) or
 * WordNet's `02084071-n`. Throws {@link SynsetIdError} saying why not, in words for people.
 */
export function resolveId(index: SynsetIndex, senses: SenseFinder, id: string): number {
  const text = String(id).trim();
  if (text.length === 0) throw new SynsetIdError('empty id');
  if (text.length > MAX_ID_LENGTH) throw new SynsetIdError(`id too long (${text.length} characters)`);
  let match: RegExpExecArray | null;
  if ((match = /^n(\d{8})$/i.exec(text)) || (match = /^(\d{8})-n$/i.exec(text))) {
    const i = index.numberOfOffset(Number(match[1]));
    if (i < 0) throw new SynsetIdError(`no WordNet 3.0 noun synset ${text}`);
    return i;
  }
  if (/^\d{1,4}$/.test(text)) {
    const classIndex = Number(text);
    if (classIndex >= index.classes1k.length) {
      throw new SynsetIdError(`no ILSVRC-2012 class ${classIndex} (classes are 0–${index.classes1k.length - 1})`);
    }
    return index.classes1k[classIndex]!;
  }
  if ((match = /^(.+)\.n\.(\d{1,3})$/i.exec(text))) {
    const lemma = match[1]!.toLowerCase().replace(/ /g, '_');
    const found = senses.sensesOf(lemma);
    const sense = Number(match[2]);
    if (found.length === 0) throw new SynsetIdError(`no noun lemma '${lemma}' in WordNet 3.0`);
    const synset = found[sense - 1];
    if (sense < 1 || synset === undefined) {
      throw new SynsetIdError(`'${lemma}' has ${found.length} noun sense${found.length === 1 ? '' : 's'}, not ${sense}`);
    }
    return synset;
  }
  if (/^[a-z]\d{8}$/i.test(text) || /^\d{8}-[a-z]$/i.test(text) || /^.+\.[avrs]\.\d{1,3}$/i.test(text)) {
    throw new SynsetIdError(`not a noun synset: ${text} (only nouns are indexed)`);
  }
  throw new SynsetIdError('not a synset id: expected a wnid (n02084071), a class index (0–999), a name (dog.n.01) or 02084071-n');
}
