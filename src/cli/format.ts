import type { SynsetDetails } from '../core/synset-index.js';
import type { CliRecord } from './commands.js';

/** How long an echoed input may be in a message: enough to recognise it, never a screenful. */
const ECHO_LENGTH = 60;

/**
 * What text output needs beyond a record: labels for the wnids it lists, and the terminal's
 * width when stdout is one (lines are cut to it; pipes and files get them whole).
 */
export interface TextContext {
  labelOf(wnid: string): string;
  width: number | undefined;
}

/**
 * Makes untrusted text safe to print on one terminal line: control characters, lone surrogates
 * and the invisible or bidirectional formatting characters that could disguise it are escaped.
 */
export function escapeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += '\\x' + code.toString(16).padStart(2, '0');
    else if ((code >= 0xd800 && code <= 0xdfff) || isInvisibleFormat(code)) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += char;
  }
  return out;
}

function isInvisibleFormat(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
}

/** An input as messages echo it: quoted, escaped, cut to about 60 characters. */
export function quoteInput(text: string): string {
  // Slicing first keeps a 10 MB line from being escaped whole just to show its start.
  const escaped = escapeText(text.slice(0, ECHO_LENGTH + 1));
  const cut = escaped.length > ECHO_LENGTH || text.length > ECHO_LENGTH;
  return `"${cut ? escaped.slice(0, ECHO_LENGTH) + '…' : escaped}"`;
}

/** One JSON Lines line, with exactly the documented keys in the documented order. */
export function jsonLine(record: CliRecord): string {
  return JSON.stringify(jsonObject(record)) + '\n';
}

function jsonObject(record: CliRecord): object {
  switch (record.command) {
    case 'lookup':
      return lookupJson(record.synset);
    case 'ancestors':
      return { wnid: record.wnid, paths: record.paths };
    case 'descendants':
      return { wnid: record.wnid, in: record.in, descendants: record.descendants };
    case 'lca':
      return { a: record.a, b: record.b, lca: record.lca };
    case 'search':
      return { query: record.query, results: record.results.map((hit) => ({ wnid: hit.wnid, lemma: hit.lemma })) };
    case 'stats':
      return { nouns: record.stats.nouns, in21k: record.stats.in21k, in1k: record.stats.in1k };
  }
}

/** Built key by key rather than spread, so `lexname` (and anything added later) stays out. */
function lookupJson(s: SynsetDetails): object {
  return {
    wnid: s.wnid,
    name: s.name,
    lemmas: s.lemmas,
    gloss: s.gloss,
    examples: s.examples,
    parents: s.parents,
    children: s.children,
    minDepth: s.minDepth,
    maxDepth: s.maxDepth,
    in21k: s.in21k,
    in1k: s.in1k,
    index1k: s.index1k,
    descendants: s.descendants,
    desc21k: s.desc21k,
    desc1k: s.desc1k,
    descImageNet: s.descImageNet,
  };
}

/** The record for a person at a terminal, as newline-terminated lines. */
export function textLines(record: CliRecord, context: TextContext): string {
  switch (record.command) {
    case 'lookup':
      return fit(lookupText(record.synset), context.width) + '\n';
    case 'ancestors':
      return record.paths.map((path) => path.map((wnid) => `${context.labelOf(wnid)} (${wnid})`).join(' > ') + '\n').join('');
    case 'descendants': {
      const scope = record.in === 'all' ? '' : ` in ${record.in}`;
      const count = record.descendants.length;
      const head = `${record.wnid}  ${context.labelOf(record.wnid)}: ${count} descendant${count === 1 ? '' : 's'}${scope}\n`;
      return head + record.descendants.map((wnid) => `  ${wnid}  ${context.labelOf(wnid)}\n`).join('');
    }
    case 'lca': {
      const lca = record.lca.map((wnid) => `${wnid} ${context.labelOf(wnid)}`).join(', ');
      return `${record.a} ${context.labelOf(record.a)}  +  ${record.b} ${context.labelOf(record.b)}  ->  ${lca}\n`;
    }
    case 'search': {
      const head = `${escapeText(record.query)}:\n`;
      if (record.results.length === 0) return head + '  (no matches)\n';
      return (
        head +
        record.results.map((hit) => fit(`  ${hit.wnid}  ${membershipTag(hit).padEnd(9)}  ${hit.lemma}`, context.width) + '\n').join('')
      );
    }
    case 'stats': {
      const { nouns, in21k, in1k } = record.stats;
      const rows: [string, number][] = [
        ['WordNet 3.0 noun synsets', nouns],
        ['ImageNet-21k (fall11) synsets', in21k],
        ['ILSVRC-2012 (1k) classes', in1k],
      ];
      return rows.map(([label, count]) => `${label.padEnd(30)}${String(count).padStart(6)}\n`).join('');
    }
  }
}

/** `[1k #207]`, `[21k]` or nothing: where a synset stands in ImageNet, at a glance. */
function membershipTag(synset: { index1k: number | null; in21k: boolean }): string {
  return synset.index1k !== null ? `[1k #${synset.index1k}]` : synset.in21k ? '[21k]' : '';
}

function lookupText(s: SynsetDetails): string {
  const lemmas = s.lemmas.map((lemma) => lemma.replace(/_/g, ' ')).join(', ');
  return `${s.wnid}  ${s.name.padEnd(22)}  ${membershipTag(s).padEnd(9)}  ${lemmas} — ${s.gloss}`;
}

/** Cuts a line to the terminal's width so a long gloss does not wrap into the next synset. */
function fit(line: string, width: number | undefined): string {
  if (width === undefined || width < 20 || line.length <= width) return line;
  return line.slice(0, width - 1) + '…';
}
