/**
 * The shipped language files (data/languages/), read in a browser test through Vitest's file
 * command: the expectations of the worker's and the elements' answers, read on their own.
 */
import { commands } from 'vitest/browser';

export interface LanguageWords {
  lemmas: string[];
  definition: string;
}

/** A language file's synsets with a lemma, by wnid. */
export async function languageFile(file: string): Promise<Map<string, LanguageWords>> {
  const base64 = await commands.readFile(`data/languages/${file}`, 'base64');
  const gzipped = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const text = await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  const words = new Map<string, LanguageWords>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [offset, definition, ...lemmas] = line.split('\t');
    if (lemmas.length > 0) words.set(`n${offset}`, { lemmas, definition: definition! });
  }
  return words;
}

/** Chinese-CLIP's names of the 1k, by class index. */
export async function curatedChineseNames(): Promise<string[]> {
  return (await commands.readFile('data/languages/zh-Hans.imagenet1k.txt', 'utf8')).split('\n').filter(Boolean);
}
