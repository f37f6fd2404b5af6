/**
 * Bench page: the floor. It starts an empty module worker and sends it one message; the moment
 * the reply arrives (`window.benchFloor`, ms from navigation) is the least any page of ours can
 * take before its worker answers, whatever the worker does.
 */
import type {} from '../page-globals.js';

const worker = new Worker(new URL('./floor.worker.ts', import.meta.url), { type: 'module', name: 'synset-bench-floor' });
worker.addEventListener('message', () => {
  window.benchFloor = performance.now();
  document.getElementById('status')!.textContent = `the worker answered at ${window.benchFloor.toFixed(1)} ms`;
});
worker.postMessage('ping');
