/**
 * Bench page: 1,000 `<synset-label>`s of ImageNet classes in prose, timed from the moment they
 * are added until every one shows its lemma. `?db=` names the database (warm it first).
 */
import type {} from '../page-globals.js';
import '../../src/components/index.js';
import { configureSynsets } from '../../src/client/client.js';
import classes from '../../data/imagenet/ilsvrc2012.txt?raw';

configureSynsets({ dbName: new URLSearchParams(location.search).get('db') ?? 'synset-bench' });
const wnids = classes.split('\n').filter(Boolean);
const main = document.getElementById('labels')!;
const start = performance.now();
for (const wnid of wnids) {
  const label = document.createElement('synset-label');
  label.setAttribute('wnid', wnid);
  main.append(label, ' ');
}
const labels = [...main.querySelectorAll('synset-label')];

/** A label is rendered when its part shows the lemma: no longer in its loading (or error) state. */
const rendered = (): number =>
  labels.filter((label) => {
    const part = label.shadowRoot?.querySelector('[part="label"]');
    return part !== null && part !== undefined && !part.classList.contains('loading') && !part.classList.contains('error');
  }).length;

function check(): void {
  const done = rendered();
  if (done === labels.length) {
    window.benchLabels = { ms: performance.now() - start, rendered: done };
    document.getElementById('status')!.textContent = `${done} labels in ${window.benchLabels.ms.toFixed(0)} ms`;
  } else if (performance.now() - start > 30_000) window.benchLabels = { error: `only ${done} of ${labels.length} labels rendered in 30 s` };
  else requestAnimationFrame(check);
}
requestAnimationFrame(check);
