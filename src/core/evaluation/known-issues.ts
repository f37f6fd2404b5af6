/**
 * Known label issues of each 1k class, from `data/evaluation/known-issues.tsv` (its README gives
 * the sources and the confirmation rule): how far ReaL keeps the class's validation labels and
 * which classes it adds, what cleanlab's crowd check found, and which classes experts found
 * confusable with it. `synset lookup --json` gives it as `knownIssues`.
 */

/** Another class and how many images (or, for confusable pairs, the experts' count). */
export interface ClassCount {
  index1k: number;
  wnid: string;
  count: number;
}

export interface KnownIssues {
  /** ReaL (Beyer et al. 2020): the class's validation images, those ReaL labels, those it keeps the label of, and their share. */
  real: { images: number; labelled: number; kept: number; agreement: number | null; added: ClassCount[] };
  /**
   * cleanlab's candidates checked by 5 crowd workers each (Northcutt et al. 2021): those whose
   * given label won no majority (the paper's label errors), those a majority relabelled as the
   * guessed class (confirmed), and what they were relabelled as.
   */
  crowd: { checked: number; givenRejected: number; confirmed: number; relabelled: ClassCount[] };
  /** Classes experts found confusable with this one or overlapping it (Vasudevan et al. 2022), with their count. */
  confusable: ClassCount[];
}

const COLUMNS = [
  'index',
  'wnid',
  'images',
  'realLabelled',
  'realKept',
  'realAdded',
  'crowdChecked',
  'crowdGivenRejected',
  'crowdConfirmed',
  'crowdRelabelled',
  'confusable',
] as const;

/** The table's rows by 1k index; throws if it is not the shipped table's shape. */
export function parseKnownIssues(text: string): KnownIssues[] {
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines[0] !== COLUMNS.join('\t')) throw new RangeError('known issues: not the table data/evaluation/known-issues.tsv ships');
  const rows = lines.slice(1).map((line) => line.split('\t'));
  const wnids = rows.map((cells) => cells[1]!);
  const counts = (cell: string): ClassCount[] =>
    cell === ''
      ? []
      : cell.split(' ').map((pair) => {
          const [index, count] = pair.split(':').map(Number) as [number, number];
          const wnid = wnids[index];
          if (wnid === undefined || !Number.isInteger(count)) throw new RangeError(`known issues: ${pair} is not index:count`);
          return { index1k: index, wnid, count };
        });
  return rows.map((cells, k) => {
    if (cells.length !== COLUMNS.length || Number(cells[0]) !== k) throw new RangeError(`known issues: row ${k + 2} is not class ${k}`);
    const number = (column: number): number => Number(cells[column]);
    const labelled = number(3);
    return {
      real: {
        images: number(2),
        labelled,
        kept: number(4),
        agreement: labelled === 0 ? null : number(4) / labelled,
        added: counts(cells[5]!),
      },
      crowd: { checked: number(6), givenRejected: number(7), confirmed: number(8), relabelled: counts(cells[9]!) },
      confusable: counts(cells[10]!),
    };
  });
}
