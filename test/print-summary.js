// Prints vitest's totals; the last line is the plain "N passed, N failed" (", N skipped" when any
// were) that CI reads. `npm test` removes the report first, so a run stopped before vitest
// (types, formatting) prints no totals. Its argument is vitest's exit status.
import { existsSync, readFileSync } from 'node:fs';

const path = new URL('../test-results/vitest.json', import.meta.url);
if (!existsSync(path)) {
  console.log('no test results: the checks before the tests failed (see above)');
} else {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  // A file that fails outside its tests (an import, a hook) has no failed test to count: count it as one.
  const failedFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const file of failedFiles) console.log(`failed outside its tests: ${file.name}`);
  // Vitest fails a run on errors outside any test (an unhandled rejection, say) and still
  // reports success: its exit status, passed by `npm test`, tells. Count them as one failure.
  const exitStatus = Number(process.argv[2] ?? 0);
  const outside = exitStatus !== 0 && report.numFailedTests + failedFiles.length === 0 ? 1 : 0;
  if (outside) console.log(`failed outside any test: vitest exited with ${exitStatus} (see "Unhandled Errors" above)`);
  const skipped = report.numPendingTests + report.numTodoTests;
  const failed = report.numFailedTests + failedFiles.length + outside;
  console.log(`${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
}
