/**
 * Docs pages with labels drawn at random, for the byte budget's test and the bench: `count`
 * distinct synsets of ImageNet-21k (fall11) drawn with a seeded generator, so a seed always gives
 * the same page (and its bytes are the same on every machine), each in a sentence of prose.
 */

/** mulberry32: a small seeded generator of floats in [0, 1); the same seed, the same sequence. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct wnids of `pool` (one a line, as data/imagenet/fall11.txt), drawn with `seed`. */
export function drawWnids(pool: string, count: number, seed: number): string[] {
  const wnids = pool.split('\n').filter((line) => /^n\d{8}$/.test(line));
  const random = seededRandom(seed);
  const drawn = new Set<string>();
  while (drawn.size < Math.min(count, wnids.length)) drawn.add(wnids[Math.floor(random() * wnids.length)]!);
  return [...drawn];
}

/** A page of prose naming `wnids` with `<synset-label>`s, loading the embed from `scriptUrl`. */
export function labelsPage(wnids: readonly string[], scriptUrl: string): string {
  const sentences = wnids.map((wnid, k) => `Synset ${k + 1} is the <synset-label wnid="${wnid}"></synset-label>.`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${wnids.length} labels</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${scriptUrl}"></script>
  </head>
  <body>
    <main>
      <p>${sentences.join('\n        ')}</p>
    </main>
  </body>
</html>
`;
}
