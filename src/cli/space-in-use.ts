import { classLabels, fileStyleLabel, type ClassNameStyle, type NameList, type NameStyle } from '../core/class-names.js';
import type { LabelSet } from '../core/label-set.js';
import { ENGLISH } from '../core/language-catalog.js';
import type { LanguageLabels } from '../core/language-labels.js';
import { SynsetIdError } from '../core/errors.js';
import type { SynsetIndex } from '../core/synset-index.js';
import type { VersionLookup } from '../core/versioned-ids.js';
import type { VersionIds } from '../core/wordnet-versions.js';

/**
 * The label space a command speaks in: the one its `index` field counts in and its `unique`
 * names are made unique within. It is `--to` for map, else `--set`, else `--in` when that names
 * a set, else the 1k. A synset outside the space has no index there and keeps its WordNet name
 * (or, for the published 1k lists, its name in that list when it is a 1k class).
 */
export class SpaceInUse {
  private labels: string[] | undefined;

  /**
   * @param set the space
   * @param style how classes are named
   * @param chosen whether the command line named the space (`--set`, `--in SET`, `--to`): then
   *   JSON answers carry its name and index beside the 1k's
   * @param nameList a published 1k name list (`simple`, `torchvision`, `clip`)
   * @param versions the map to other WordNets' ids, for the `ili`, `wn31` and `oewn` fields
   * @param language `--lang`: labels in that language (English where it has no lemma), in any style
   */
  constructor(
    readonly index: SynsetIndex,
    readonly set: LabelSet,
    readonly style: ClassNameStyle,
    readonly chosen: boolean,
    private readonly nameList: (style: NameStyle) => NameList | undefined,
    private readonly versions?: VersionLookup,
    readonly language?: LanguageLabels,
  ) {}

  /** The language labels are in: `--lang`'s code, or `en`. */
  get lang(): string {
    return this.language?.code ?? ENGLISH;
  }

  /**
   * The synset's label for text lines and JSON records that name synsets (paths, LCAs): its first
   * lemma in `--lang`'s language, else in English.
   */
  shownLabel(i: number): string {
    return this.language ? this.language.labelOf(i) : this.index.labelOf(i);
  }

  /** The language the synset's label is really in: `--lang`'s, or `en` where it fell back (or without --lang). */
  labelLangOf(i: number): string {
    return this.language ? this.language.label(i).labelLang : ENGLISH;
  }

  /** The synset's ILI, WordNet 3.1 and Open English WordNet ids; {@link SynsetIdError} when the map cannot be had. */
  versionIds(i: number): VersionIds {
    if (!this.versions) throw new SynsetIdError('WordNet 3.1 and ILI ids are not available here');
    return this.versions.forId().idsOf(i);
  }

  get name(): string {
    return this.set.name;
  }

  /** The synset's class index in the space, or null. */
  indexOf(i: number): number | null {
    const k = this.set.indexOf(i);
    return k < 0 ? null : k;
  }

  /** The names of the space's classes in index order (a hole of a custom list: ''). */
  classLabels(): string[] {
    // In another language every style is its labels: the styles are ways of writing English names.
    if (this.language) return (this.labels ??= Array.from(this.set.classes, (i) => (i < 0 ? '' : this.language!.labelOf(i))));
    return (this.labels ??= classLabels(this.index, this.set, this.style, this.nameList));
  }

  /**
   * The synset's name in the style. The names of the space's classes are computed once, on the
   * first label asked for (a 21k set's unique names take a few hundred milliseconds), so a
   * label costs a lookup however many inputs there are.
   */
  labelOf(i: number): string {
    if (this.language) return this.language.labelOf(i);
    if (this.style === 'wordnet') return this.index.labelOf(i);
    if (this.style === 'keras' || this.style === 'hf') return fileStyleLabel(this.index, i, this.style);
    const k = this.set.indexOf(i);
    if (k >= 0) return this.classLabels()[k]!;
    const k1 = this.index.index1k[i]!;
    const published = this.style === 'unique' || k1 < 0 ? undefined : this.nameList(this.style);
    return published?.[k1] ?? this.index.labelOf(i);
  }
}
