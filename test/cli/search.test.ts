/** `synset search` within label spaces: indices, glosses and members found under a match outside the set. */
import { describe, expect, it } from 'vitest';
import { jsonLines, lines } from './run-cli.js';
import { runMain } from './run-main.js';

interface Hit {
  wnid: string;
  lemma: string;
  label?: string;
  gloss: string;
  index1k: number | null;
  index?: number | null;
  via: { wnid: string; label: string; relation: string } | null;
}

async function hits(args: string[]): Promise<{ answer: Record<string, unknown>; results: Hit[] }> {
  const run = await runMain(['search', ...args, '--json']);
  expect(run.status).toBe(0);
  const [answer] = jsonLines(run.stdout);
  return { answer: answer!, results: answer!.results as Hit[] };
}

describe('search within a set', () => {
  it('finds airliner (#404) under airplane, marked with what it sits under', async () => {
    const { answer, results } = await hits(['airplane', '--in', '1k']);
    expect(answer.set).toBe('1k');
    const airliner = results.find((hit) => hit.index1k === 404)!;
    expect(airliner).toMatchObject({ wnid: 'n02690373', index: 404, via: { wnid: 'n02691156', label: 'airplane', relation: 'below' } });
    expect(airliner.gloss).toMatch(/airplane that carries passengers/);
    expect(results.every((hit) => hit.index1k !== null)).toBe(true);
  });

  it('finds television (#851) for tv, a near sense', async () => {
    const { results } = await hits(['tv', '--in', '1k']);
    expect(results.find((hit) => hit.index1k === 851)?.via?.relation).toBe('sense');
  });

  it('shows it as text: "airliner — under airplane"', async () => {
    const run = await runMain(['search', 'airplane', '--in', '1k', '--limit', '3']);
    expect(lines(run.stdout)[0]).toBe('airplane:');
    expect(run.stdout).toMatch(/^ {2}n02690373 {2}\[1k #404\] +airliner — under airplane$/m);
  });

  it('gives the gloss of a direct match in text', async () => {
    const run = await runMain(['search', 'tench', '--limit', '1']);
    expect(lines(run.stdout)[1]).toMatch(/^ {2}n01440764 {2}\[1k #0\] +tench — freshwater dace-like game fish/);
  });

  it('gives the index in --set beside index1k, null outside it', async () => {
    const { answer, results } = await hits(['goldfish', '--set', 'imagenet-r', '--limit', '3']);
    expect(answer.set).toBe('imagenet-r');
    expect(results[0]).toMatchObject({ wnid: 'n01443537', index1k: 1, index: 0 }); // imagenet-r's first class
    const { results: tench } = await hits(['tench', '--set', 'imagenet-r', '--limit', '1']);
    expect(tench[0]).toMatchObject({ index1k: 0, index: null, via: null });
  });

  it('gives labels with --names', async () => {
    const { results } = await hits(['crane', '--in', '1k', '--names', 'unique', '--limit', '2']);
    expect(results).toHaveLength(2);
    for (const hit of results) expect(hit.label).toMatch(/^crane \(.+\)$/);
    expect(results[0]!.label).not.toBe(results[1]!.label);
  });
});
