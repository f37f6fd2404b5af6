/**
 * The tree's known label issues (its `label-issues`): ReaL's agreement with the validation
 * labels at every synset, asked of the worker while they are on, and the line saying they could
 * not be loaded, with a Retry.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { getSynsetClient } from '../../client/client.js';
import { errorText } from '../error-text.js';
import { AgreementFigures } from '../label-agreement.js';

export class LabelIssuesController {
  private readonly task: Task<readonly [boolean], AgreementFigures | null>;

  /** @param on Whether the host shows the issues (asked for when it turns on). */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly on: () => boolean,
  ) {
    this.task = new Task(host, {
      task: async ([shown]) => (shown ? new AgreementFigures(await getSynsetClient().labelAgreement()) : null),
      args: () => [on()] as const,
    });
  }

  /** The agreement while the issues are on and it came; null otherwise. */
  get figures(): AgreementFigures | null {
    return this.on() ? (this.task.value ?? null) : null;
  }

  /** The notice when the agreement could not be loaded. */
  renderError(): TemplateResult | typeof nothing {
    if (!this.on() || this.task.status !== TaskStatus.ERROR) return nothing;
    return html`<p class="notice error" part="notice" role="alert">
      Could not load the known label issues: ${errorText(this.task.error)}
      <button class="text-button" @click=${() => void this.retry()}>Retry</button>
    </p>`;
  }

  private async retry(): Promise<void> {
    // The client lets calls through again at once (its back-off after a failed load ends).
    await getSynsetClient()
      .retry()
      .catch(() => undefined);
    await this.task.run();
  }
}
