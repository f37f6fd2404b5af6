/**
 * A page of prose with 1,000 `<synset-label>`s: the ILSVRC-2012 classes, twenty to a paragraph
 * ("Class 0 is tench. Class 1 is goldfish. …"), each linking to the explorer, written by this
 * script from the class list. When every label shows its lemma (or its error) it sets the
 * `synset-labels-rendered` performance mark, whose detail says how many failed and how long it
 * took from the page's start and from the index being ready; once the worker has kept what it
 * loaded in IndexedDB, it sets `synset-labels-persisted`. `?db=name` picks the IndexedDB
 * database (tests start from an empty one).
 */
import { configureSynsets, getSynsetClient } from '../../src/client/client.js';
import '../../src/components/synset-label/synset-label.js';
import classes from '../../data/imagenet/ilsvrc2012.txt?raw';

const db = new URLSearchParams(location.search).get('db');
if (db) configureSynsets({ dbName: db });

const started = performance.now();
let readyAt = Number.NaN;
void getSynsetClient()
  .ready()
  .then(() => (readyAt = performance.now()));

const PER_PARAGRAPH = 20;
const main = document.querySelector('main')!;
const wnids = classes.split('\n').filter(Boolean);
for (let first = 0; first < wnids.length; first += PER_PARAGRAPH) {
  const paragraph = document.createElement('p');
  wnids.slice(first, first + PER_PARAGRAPH).forEach((wnid, k) => {
    const label = document.createElement('synset-label');
    label.setAttribute('wnid', wnid);
    label.setAttribute('href', '/');
    paragraph.append(`${k === 0 ? '' : ' '}Class ${first + k} is `, label, '.');
  });
  main.append(paragraph);
}

const labels = [...document.querySelectorAll('synset-label')];
const status = document.getElementById('labels-status')!;

/** A label is rendered once its lookup answered: its text is the lemma (or it shows an error). */
const rendered = (label: Element) => {
  const part = label.shadowRoot?.querySelector('[part=label]');
  return part !== null && part !== undefined && !part.classList.contains('loading');
};

function check(): void {
  if (!labels.every(rendered)) {
    requestAnimationFrame(check);
    return;
  }
  const now = performance.now();
  const failed = labels.filter((label) => label.shadowRoot!.querySelector('[part=label]')!.classList.contains('error')).length;
  const detail = { count: labels.length, failed, fromStartMs: now - started, fromReadyMs: now - readyAt, fromNavigationMs: now };
  performance.mark('synset-labels-rendered', { detail });
  status.textContent = `All ${labels.length} labels rendered ${Math.round(detail.fromStartMs)} ms after the page's script started.`;
  void getSynsetClient()
    .persisted()
    .then(() => performance.mark('synset-labels-persisted'));
}
requestAnimationFrame(check);
