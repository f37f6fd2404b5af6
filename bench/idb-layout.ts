/**
 * `npm run bench:idb`: why the cache is two large records and not one per synset. In a worker
 * in Chromium it writes and reads 82,115 small records (about the index's size), one 12 MB
 * record of typed arrays (the old single-record cache), and reads the 6 MB half that start-up
 * needs now. Not part of `npm run bench`: the small records alone take 6–9 s to write.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '../test/launch-chromium.js';

/** Runs in the worker; plain JavaScript, posted as a blob. */
const workerSource = `
const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
const committed = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = tx.onabort = () => reject(tx.error); });
async function open(name) {
  const r = indexedDB.open(name, 1);
  r.onupgradeneeded = () => r.result.createObjectStore('s');
  return request(r);
}
async function timed(name, work) {
  const db = await open(name);
  const start = performance.now();
  await work(db);
  const ms = performance.now() - start;
  db.close();
  return ms;
}
onmessage = async () => {
  const n = 82115;
  const big = { bytes: new Uint8Array(6e6).fill(1), words: new Uint32Array(1.5e6).fill(7) };
  const figures = {
    smallPutMs: await timed('small', (db) => {
      const tx = db.transaction('s', 'readwrite');
      for (let i = 0; i < n; i++) tx.objectStore('s').put({ i, parents: [i - 1, i - 2], lemma: 'lemma' + i, gloss: 'x'.repeat(75) }, i);
      return committed(tx);
    }),
    smallGetAllMs: await timed('small', (db) => request(db.transaction('s').objectStore('s').getAll())),
    oneLargePutMs: await timed('one', (db) => {
      const tx = db.transaction('s', 'readwrite');
      tx.objectStore('s').put(big, 1);
      return committed(tx);
    }),
    oneLargeGetMs: await timed('one', (db) => request(db.transaction('s').objectStore('s').get(1))),
  };
  await timed('two', (db) => {
    const tx = db.transaction('s', 'readwrite');
    tx.objectStore('s').put({ words: big.words }, 1);
    tx.objectStore('s').put({ bytes: big.bytes }, 2);
    return committed(tx);
  });
  figures.startupHalfGetMs = await timed('two', (db) => request(db.transaction('s').objectStore('s').get(1)));
  postMessage(figures);
};`;

const server = createServer((_request, response) => {
  response.setHeader('content-type', 'text/html');
  response.end('<!doctype html><title>IndexedDB layouts</title>');
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const figures = await page.evaluate(
    (source) =>
      new Promise<Record<string, number>>((resolve) => {
        const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
        worker.onmessage = (event: MessageEvent<Record<string, number>>) => resolve(event.data);
        worker.postMessage(null);
      }),
    workerSource,
  );
  for (const [name, ms] of Object.entries(figures)) console.log(`${name.padEnd(16)} ${ms.toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
}
