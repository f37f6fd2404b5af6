/**
 * An error as one line for the console: its name and message, never empty. A DOMException
 * often has no message (Chromium's QuotaExceededError), so its name stands alone then.
 */
export function errorDetail(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    const name = error.name || 'Error';
    return error.message ? `${name}: ${error.message}` : `${name} (no message)`;
  }
  return String(error) || 'an empty error';
}

/** An error's message for people: the message an error carries, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
