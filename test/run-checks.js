// The checks `npm test` runs before the tests: the types, the formatting and the lint, side by
// side (each leaves a core idle much of its time), each one's output printed whole once it ends.
// Exits non-zero when any failed.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['types', 'tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['formatting', 'prettier', ['--check', '.']],
  ['lint', 'eslint', ['.']],
];

function run([name, command, args]) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npx', ['--no-install', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: `${error.message}\n`, seconds: 0 }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const { name, ok, output, seconds } of results) {
  console.log(`${ok ? 'passed' : 'FAILED'}: ${name} (${seconds.toFixed(1)} s)`);
  if (!ok) process.stdout.write(output);
}
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
