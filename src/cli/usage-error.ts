/** The command line itself is wrong: exit 2 with a hint at `--help`. */
export class UsageError extends Error {
  override name = 'UsageError';
}
