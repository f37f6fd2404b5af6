import type { CommandName } from './args.js';

const COMMAND_HELP: Record<CommandName, string> = {
  lookup: `synset lookup ID... [--json]
    The synset: wnid, name, ImageNet membership, lemmas and gloss (with --json also
    examples, parents, children, depths and descendant counts).`,
  search: `synset search QUERY... [--limit N] [--in all|21k|1k] [--json]
    Synsets whose lemmas (or glosses) match each query, best first (default 10 results).`,
  ancestors: `synset ancestors ID... [--json]
    Every hypernym path from entity.n.01 down to the synset, one per line.`,
  descendants: `synset descendants ID... [--in all|21k|1k] [--json]
    Every distinct hyponym below the synset (only ImageNet's with --in 21k or 1k).`,
  lca: `synset lca A,B... [--json]        (or: synset lca A B)
    The lowest common hypernyms of each pair, as NLTK's lowest_common_hypernyms().`,
  stats: `synset stats [--json]
    How many noun synsets, ImageNet-21k synsets and ILSVRC-2012 classes there are.`,
};

const GENERAL = `Ids may be a wnid (n02084071), an ILSVRC-2012 class index (0-999), an NLTK name
(dog.n.01) or WordNet's 02084071-n. Give '-' instead of arguments to read one per line from
standard input (for lca: one pair a,b per line); answers stream out in input order.

Options:
  --json           JSON Lines: one object per input
  --in all|21k|1k  only synsets of ImageNet-21k or ILSVRC-2012 (search, descendants)
  --limit N        most search results per query (1-500, default 10)
  -h, --help       this help (synset help COMMAND: one command's)
  --version        the version

A bad input gets one line on standard error; the other inputs are still answered.
Exit status: 0 all answered, 1 some input failed, 2 usage error (or the checkout is not
built: run npm install), 70 internal error.`;

/** The usage text: every command, or one command's when asked about it. */
export function usage(command?: CommandName): string {
  if (command) return `usage: ${COMMAND_HELP[command]}\n`;
  return `usage: synset COMMAND [OPTIONS] ARGUMENTS

Commands:
${Object.values(COMMAND_HELP)
  .map((text) => '  ' + text.replace(/\n/g, '\n  '))
  .join('\n')}

${GENERAL}
`;
}

/** The line a usage error ends with, so the fix is one command away. */
export const USAGE_HINT = "usage: synset lookup|search|ancestors|descendants|lca|stats ... (see 'synset --help')";
