/**
 * The explorer's index: the first load with its progress, a failed load and its retry, and the
 * rest of the data loaded behind the first view, noting when this browser could not keep a copy.
 * The explorer shows {@link IndexLoadController.state} in place of its workspace until it is ready.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSynsetClient, type IndexReady, type LoadProgress } from '../../client/client.js';
import { errorDetail } from '../../core/error-detail.js';
import type { SynsetStats } from '../../worker/api.js';

export type IndexState =
  | { status: 'loading'; progress: LoadProgress | null }
  | { status: 'ready'; ready: IndexReady; stats: SynsetStats; ms: number }
  | { status: 'error'; error: unknown };

export class IndexLoadController implements ReactiveController {
  private current: IndexState = { status: 'loading', progress: null };
  private warning: string | undefined;
  private stopProgress: (() => void) | undefined;
  /** The latest progress not yet shown, and the frame that will show it. */
  private latestProgress: LoadProgress | null = null;
  private progressFrame: number | undefined;
  private stopLoadErrors: (() => void) | undefined;

  /** @param onReady Called each time the index is ready. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onReady: () => void,
  ) {
    host.addController(this);
  }

  get state(): IndexState {
    return this.current;
  }

  private set state(state: IndexState) {
    this.current = state;
    this.host.requestUpdate();
  }

  /** Why this browser could not keep a copy of the data, once the client says so. */
  get storageWarning(): string | undefined {
    return this.warning;
  }

  hostConnected(): void {
    const client = getSynsetClient();
    // A later visit reads its 34 parts within a frame or two: the explorer shows the latest
    // progress once per frame rather than rendering itself again for each part (44 times).
    this.stopProgress = client.onProgress((progress) => {
      if (this.state.status !== 'loading') return;
      this.latestProgress = progress;
      this.progressFrame ??= requestAnimationFrame(() => {
        this.progressFrame = undefined;
        if (this.state.status === 'loading') this.state = { status: 'loading', progress: this.latestProgress };
      });
    });
    // Data loaded again (another view's query after the back-off): the index may be there now.
    this.stopLoadErrors = client.onLoadError((error) => {
      if (!error && this.state.status === 'error') void this.load(() => client.ready());
    });
    void this.load(() => client.ready());
  }

  hostDisconnected(): void {
    if (this.progressFrame !== undefined) cancelAnimationFrame(this.progressFrame);
    this.progressFrame = undefined;
    this.stopProgress?.();
    this.stopLoadErrors?.();
  }

  /** The failed load's Retry. */
  retry(): Promise<void> {
    return this.load(() => getSynsetClient().retry());
  }

  private async load(open: () => Promise<IndexReady>): Promise<void> {
    const started = performance.now();
    this.latestProgress = null;
    this.state = { status: 'loading', progress: null };
    try {
      const ready = await open();
      const stats = await getSynsetClient().stats();
      this.state = { status: 'ready', ready, stats, ms: performance.now() - started };
      void this.keepCopy();
      this.onReady();
    } catch (error) {
      console.warn(`the synset index could not be loaded: ${errorDetail(error)}`);
      this.state = { status: 'error', error };
    }
  }

  /**
   * Loads the rest of the data (every definition, search's tables) behind the first view, and
   * notes when this browser could not keep it: after the first view's data, then after the rest.
   */
  private async keepCopy(): Promise<void> {
    const client = getSynsetClient();
    const check = async (): Promise<void> => {
      const outcome = await client.persisted().catch(() => undefined);
      if (!outcome || outcome.stored || this.warning !== undefined) return;
      this.warning = outcome.storageWarning;
      if (this.warning !== undefined) this.host.requestUpdate();
    };
    await check();
    await client.preload().catch((error: unknown) => console.warn(`could not load all of the synset data: ${errorDetail(error)}`));
    await check();
  }
}
