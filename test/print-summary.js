// Prints vitest's totals as one plain "N passed, N failed" line, the form CI reads. `npm test`
// removes the report first, so a run stopped before vitest (types, formatting) prints no totals.
import { existsSync, readFileSync } from 'node:fs';

const path = new URL('../test-results/vitest.json', import.meta.url);
if (!existsSync(path)) {
  console.log('no test results: the checks before the tests failed (see above)');
} else {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
}
