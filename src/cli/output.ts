import type { Writable } from 'node:stream';

/** Flush when this much text waits, even while input is still arriving. */
const HIGH_WATER = 64 * 1024;

/**
 * Collects output and writes it in large pieces: one `write` per line costs a system call each,
 * which is most of the time of a 50,000-line run. It still flushes once the current batch of
 * input has been answered (on `setImmediate`), so someone typing ids sees each answer at once.
 */
export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;
  private scheduled = false;
  /** Set when the reader went away (`EPIPE`, as with `| head`): nothing more is worth writing. */
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // EPIPE is the reader's choice, not our failure; any other write error ends output too,
      // and there is no stream left to report it on.
      this.closed = true;
      if (error.code !== 'EPIPE') this.failure = error;
    });
  }

  /** A write error other than EPIPE, for the exit code. */
  failure: Error | undefined;

  write(text: string): void {
    if (this.closed) return;
    this.parts.push(text);
    this.size += text.length;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Whether enough waits that the writer should {@link drain} before going on. */
  get full(): boolean {
    return this.size >= HIGH_WATER;
  }

  /** Writes what waits, and waits for the stream when it asks to (or when a lot is pending). */
  async drain(force = false): Promise<void> {
    if (!force && this.size < HIGH_WATER) return;
    if (!this.flush() && !this.closed) await waitForDrain(this.stream);
  }

  /** Writes what waits now; false when the stream asks the writer to wait for `drain`. */
  flush(): boolean {
    this.scheduled = false;
    if (this.size === 0 || this.closed) return true;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return this.stream.write(text);
  }
}

/** Resolves when the stream asks for more (or ends, or fails: there is nothing more to wait for then). */
export function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
