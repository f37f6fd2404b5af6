import { COMMANDS, type CommandName } from './args.js';

const COMMAND_HELP: Record<CommandName, string> = {
  lookup: `synset lookup ID... [--set SET] [--names STYLE] [--json | --format tsv|csv] [--fields F,...]
    The synset: wnid, name, ImageNet membership, lemmas and gloss (with --json also
    examples, parents, children, depths, its ILI, WordNet 3.1 and Open English WordNet
    ids, and descendant counts).`,
  search: `synset search QUERY... [--limit N] [--in SET] [--set SET] [--names STYLE] [--json]
    Synsets whose lemmas (or glosses) match each query, best first (default 10 results),
    with the gloss; within a set, also its members under a match outside it.`,
  ancestors: `synset ancestors ID... [--set SET] [--json]
    Every hypernym path from entity.n.01 down to the synset, one per line.`,
  descendants: `synset descendants ID... [--in SET] [--set SET] [--names STYLE] [--json | --format tsv|csv] [--fields F,...]
    Every distinct hyponym below the synset (only a label set's members with --in SET).`,
  lca: `synset lca A,B[,C...]... [--set SET] [--hierarchy FILE] [--json]        (or: synset lca A B)
  synset lca --set SET [--hierarchy FILE] [--json]
    The lowest common hypernyms of each line's ids (as NLTK's lowest_common_hypernyms() for
    a pair: the common hypernyms of greatest max depth), or of every class of a set; with
    --hierarchy, the LCA in that tree.`,
  distance: `synset distance A,B... [--set SET] [--hierarchy FILE] [--json | --format tsv|csv] [--header]
    Each pair's LCA, its max depth, path length, path/wup/lch similarity (NLTK's) and
    severity: H - lcaDepth, H the largest max depth of --set's classes (default 1k). With
    --hierarchy: LCA, its depth, path length and severity in that tree.`,
  severity: `synset severity [--set SET] [--hierarchy FILE] [--json] [--summary] < PREDICTIONS   (or: LINE... or -)
  synset severity [--set SET] --true Y --pred P [--json] [--summary]
  synset severity [--set SET] --confusion C [--json]
    Scores lines true,pred1[,pred2,...] (ids or class indices of the set, default 1k;
    commas, tabs or spaces between them, as np.savetxt writes), or the rows of two files
    (.npy or text), or a K x K confusion matrix (counts, rows true): the severity of each
    prediction (--json: one object per line, nothing else), then top-1 error, mistake
    severity, hier. dist@1 and @k (--summary: those alone). Every line needs the same
    number k of predictions (another count fails that line).`,
  matrix: `synset matrix --set SET --metric severity|path|wup|lch [--hierarchy FILE] [--format npy|csv|json] [--dtype T] [-o FILE]
    The N x N matrix of a metric between the set's classes, in class index order, written
    row by row: npy (default; int8 for severity and path, float32 for wup and lch, or
    --dtype int8|uint8|int16|int32|int64|float32|float64), csv (N lines of N cells) or
    json (one array of N arrays). With --hierarchy, severity or path in that tree.`,
  group: `synset group [--set SET] --depth D | --under ID,... | --count K | --grouping NAME [--split source|target]
        [--hierarchy FILE] [--all] [--json | --format tsv|csv] [--fields F,...] [--header]
    Each class of the set (default 1k) with its superclass group: its ancestor at max depth D,
    the one of the listed superclasses above it, K groups as balanced as the hierarchy allows
    (WordNet's, or --hierarchy's tree), or a published grouping (--grouping or --published:
    restricted-imagenet, breeds-entity13, breeds-entity30, breeds-living17,
    breeds-nonliving26, tiered-imagenet). --all: every class in index order, group -1 outside every group.
    Fields: input, wnid, index, group, groupWnid, groupLabel.`,
  evaluate: `synset evaluate PRED [--true val|val-imagefolder|TRUE] [--set SET] [--hierarchy FILE] [--group G]
        [--json | --format tsv|csv] [--per-class FILE]
  synset evaluate --confusion C [--set SET] [--hierarchy FILE] [--group G] [--json | --format tsv|csv] [--per-class FILE]
    Scores a model's predictions: top-1, top-5 (or top-k), ReaL top-1, mistake severity and
    hier. dist@1 and @k, per class (accuracy, ReaL accuracy, top confusions with their LCA)
    and per group (accuracy, share of errors staying in the group). PRED and TRUE: class
    indices of the set (default 1k) or wnids, one image a row, top-k in k columns: .npy
    (N or N x k), text (np.savetxt, tabs, commas) or a per-image CSV with a header naming a
    file column (file_name, file, filename, path) and prediction columns (predicted_class,
    pred, prediction; pred_2... for top-k). When PRED names validation images
    (ILSVRC2012_val_00000293.JPEG, any folders), the truth and ReaL come with the package and
    rows may come in any order; else --true val (file-name order) or val-imagefolder
    (ImageFolder order), or a file. --confusion: a K x K count matrix (rows true) gives what
    needs no image. --group: restricted-imagenet, breeds-..., depth-D, count-K or a file as
    group --all writes. --json: one object; tsv/csv: a header and a row of the figures.`,
  map: `synset map ID... --to SET|wn31|ili|oewn [--from SET] [--json | --format tsv|csv] [--fields F,...]
  synset map --from SET --to SET|wn31|ili|oewn --all [--json]
    Each class's index in another label set (null when it is not there), or its id in
    WordNet 3.1, the ILI or Open English WordNet (null, with why, for a noun 3.1 deprecated);
    --all maps every class of --from, and with --json prints one array of targets.`,
  export: `synset export --set SET [--names STYLE] [--format txt|json|jsonl|csv|tsv|keras|hf|clip|clip-py] [-o FILE]
  synset export --under ID [--in SET] [--depth N] [--format json-tree|jsonl|csv|tsv] [-o FILE]
    A label set's classes as a file for a script (default txt, unique names; keras names
    as Keras' imagenet_class_index.json does, hf on the 1k as the checkpoints' id2label;
    clip: a zero-shot head, {"classnames","templates"} with CLIP's 80 ImageNet templates
    and, on the 1k, CLIP's curated names; clip-py: the same as a Python module), or the
    subtree under a synset (default json-tree); a --depth that cut something says so.`,
  sets: `synset sets [--json]
    The built-in label sets: name, classes, description (with --json, source, licence and
    how the classes are numbered).`,
  languages: `synset languages [--json]
    The label languages --lang takes besides English (en): code (BCP 47), name, synsets with
    a lemma, of them in the 1k and in ImageNet-21k, licence (with --json also the wordnet,
    source, citation, share-alike, definitions and the 1k's curated names where there are).`,
  stats: `synset stats [--json]
    How many noun synsets, ImageNet-21k synsets and ILSVRC-2012 classes there are.`,
};

const GENERAL = `Ids may be a wnid (n02084071), a class index (207: of the 1k, or of --set), a class
of a label set (imagenet-r:17, 21k:9000), an NLTK name (dog.n.01) or WordNet's
02084071-n; indices written as floats (207.0, 2.07e+02) are read too. Ids of the WordNets
people install today name the same synset: an ILI (i46360), WordNet 3.1's (wn31:02086723-n,
wn31:n02086723) and Open English WordNet's (oewn-02086723-n); ids from CILI, CC BY 4.0. Give '-' instead of
arguments to read one per line from standard input (blank lines are skipped, or answered
with --on-error inline; for lca: ids
a,b[,c...] per line, for distance a pair a,b); answers stream out in input order.

A SET is a built-in label set (synset sets lists them) or a FILE: a list of ids, one a
line, line order = class index ('#' comments and blank lines skipped; each bad line is
reported with its number and the rest is used).

Options:
  --json              JSON Lines: one object per input, starting with "input" (the id as given)
  --format F          text (default), json, tsv or csv (export: its own formats)
  --fields F,...      columns of tsv/csv rows or JSON objects (lookup, map, descendants):
                      input, wnid, name, label, index, index1k, gloss, lemmas, ili, wn31,
                      oewn (map: from, to);
                      name is NLTK's (sax.n.02), label the human name in the --names style
  --header            a first row naming the columns (tsv, csv)
  --in all|SET        only synsets of a label set (search, descendants, export --under)
  --set SET           the set bare numbers index and "index" counts in (default 1k)
  --names STYLE       labels: wordnet (first lemma; the default), unique (made unique within
                      the set in use), simple, torchvision or clip (published 1k names),
                      keras (first lemma, underscores kept) or hf (every lemma, comma-joined)
  --on-error inline   answer a failed input in place ({"input","error"}, or a row with an
                      error column) so output row N answers input N, a blank line too
  --limit N           most search results per query (1-500, default 10)
  --depth N           levels below --under that export writes (what it cuts is counted);
                      group: the max depth of the superclasses
  --metric M          matrix: severity, path, wup or lch
  --dtype T           matrix npy cells: int8 (severity, path) or float32 (wup, lch) unless
                      int8, uint8, int16, int32, int64, float32 or float64 is asked for
  --hierarchy FILE    distance, lca, severity, matrix, group, evaluate: a tree of your own as parent
                      child lines (wnids, '#' comments), e.g. Making Better Mistakes'
                      imagenet_isa.txt, or tencent-ml-images (Tencent's own tree, from its
                      parent index); severity in it is the tree's height - the LCA's depth
  --true Y --pred P   severity: true classes and predictions in two files (.npy or text)
  --confusion C       severity, evaluate: a confusion matrix (.npy or csv; rows true, columns predicted)
  --summary           severity: the summary alone (with --json, one object)
  --true TRUE         evaluate: val, val-imagefolder or a file of true classes
  --group G           evaluate: groups to report on (a published grouping, depth-D, count-K, FILE)
  --per-class FILE    evaluate: write the per-class table (.json, .csv, else tab-separated)
  --all               group: every class of the set (map: every class of --from)
  --under ID,...      export: the subtree's root; group: the superclasses
  --count K           group: how many groups
  --grouping NAME     group: a published grouping of the 1k (--split: BREEDS' half)
  -o, --output FILE   where export and matrix write (default standard output)
  --lang CODE         lookup, search, ancestors, descendants, map, export, evaluate: labels
                      (and search) in a language of synset languages (zh, fr, ar...); a
                      synset without a lemma there keeps its English one, marked
                      "labelLang": "en" and counted
  -h, --help          this help (synset help COMMAND: one command's)
  --version           the version

"index" and unique names are in the set in use: map's --to, else --set, else --in SET,
else the 1k. A synset outside it has no index there (null) and keeps its WordNet name.

A bad input gets one line on standard error; the other inputs are still answered.
Exit status: 0 all answered, 1 some input (or a line of a list) failed, 2 usage error (or
the checkout is not built: run npm install), 70 internal error.`;

/** The usage text: every command, or one command's when asked about it. */
export function usage(command?: CommandName): string {
  if (command) return `usage: ${COMMAND_HELP[command]}\n`;
  return `usage: synset COMMAND [OPTIONS] ARGUMENTS

Commands:
${COMMANDS.map((name) => '  ' + COMMAND_HELP[name].replace(/\n/g, '\n  ')).join('\n')}

${GENERAL}
`;
}

/** The line a usage error ends with, so the fix is one command away. */
export const USAGE_HINT = `usage: synset ${COMMANDS.join('|')} ... (see 'synset --help')`;
