/**
 * The explorer's address (`hash-route.ts`): this controller follows it into what the explorer
 * shows and moves it as the explorer changes. A hash names a synset (or two compared), a label
 * space and a grouping; the ids are resolved by the worker, and only the latest address's
 * answer is shown (`@lit/task`: a new address aborts the one before). An id in another form is
 * rewritten to its wnid, a space's alias to its name, and an unknown space or grouping gives way
 * to the default, said in a line; each in place, with no new history entry.
 */
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSynsetClient } from '../../client/client.js';
import { ERROR_NAMES } from '../../core/errors.js';
import { DEFAULT_SPACE, isCustomList, type LabelSpaceName } from '../../core/label-space-name.js';
import { ROOT_WNID } from '../../core/wnid.js';
import type { SynsetName } from '../../worker/api.js';
import { specOfName } from '../class-grouping.js';
import type { CompareController } from './compare-controller.js';
import type { GroupsController } from './groups-controller.js';
import type { RunController } from './run-controller.js';
import { hashFor, hashWithOptions, parseHash, routeIds, type HashOptions, type HashRoute } from './hash-route.js';
import { canonicalSpace } from './label-space-check.js';
import { RerunFailedTask } from '../rerun-failed-task.js';
import { whenDataLoadsAgain } from '../when-data-loads-again.js';

/** The explorer as the controller sees it: its label space, which the address names too. */
export interface RouteHost extends ReactiveControllerHost {
  filter: LabelSpaceName;
}

/** What the controller works with beside the host. */
export interface RouteParts {
  readonly compare: CompareController;
  readonly groups: GroupsController;
  /** The model's run shown and its baseline (`run=`, `base=`). */
  readonly runs: RunController;
  /** Whether the index failed to load: the error panel says so, not the route. */
  readonly indexFailed: () => boolean;
}

/** An address naming a synset, or two compared. */
type SynsetRoute = Extract<HashRoute, { kind: 'synset' | 'compare' }>;

/** A synset route's ids resolved, or why they did not. */
type Resolution =
  | { readonly route: SynsetRoute; readonly synset: SynsetName; readonly other: SynsetName | undefined }
  | { readonly route: SynsetRoute; readonly error: unknown };

export class RouteController implements ReactiveController {
  /** The synset shown: the hash's, once resolved (entity for an empty hash). */
  selected = '';
  /** The selected synset's label. */
  selectedLabel = '';
  /** Set when the hash names no synset: the id and why. */
  badRoute: { id: string; message: string } | null = null;
  /** Set when the address named a label space or a grouping that does not exist: says so until another space is picked. */
  addressNotice = '';
  /** Set when the address named a custom list this browser does not keep (a link from another browser). */
  missingList: string | null = null;
  /** The filter of an address that names none: the explorer's filter as the page set it (the URL holds any other). */
  private defaultFilter: LabelSpaceName | undefined;
  /** The filter last seen in an update, so a change is followed into the address. */
  private shownFilter: LabelSpaceName | undefined;

  /** The names of the latest address's ids: a newer address aborts an older one's, whose answer is then dropped. */
  private readonly resolving: Task<readonly [SynsetRoute], Resolution>;
  private readonly onHashChange = (): void => this.follow();

  constructor(
    private readonly host: RouteHost,
    private readonly parts: RouteParts,
  ) {
    host.addController(this);
    this.resolving = new Task(host, {
      autoRun: false,
      task: async ([route], { signal }) => {
        const resolution = await resolveRoute(route);
        // Aborted: the start page came meanwhile, and this answer is not shown.
        signal.throwIfAborted();
        return resolution;
      },
      onComplete: (resolution) => ('error' in resolution ? this.refuse(resolution.route, resolution.error) : this.show(resolution)),
    });
    // Refused while data failed to load (the client's back-off), the address is not shown yet:
    // it is followed again once data loads, rather than left naming another synset than the view.
    const resolving = this.resolving;
    const followAgain = {
      get status() {
        return resolving.status;
      },
      run: async () => this.follow(),
    };
    new RerunFailedTask(host, followAgain, whenDataLoadsAgain, () => {
      const resolution = resolving.value;
      return resolution !== undefined && 'error' in resolution && isLoadError(resolution.error);
    });
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.defaultFilter ??= this.host.filter;
    this.follow();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    // The filter lives in the URL: a change from the switch, the tree or a script moves it there.
    if (this.host.filter === this.shownFilter) return;
    this.shownFilter = this.host.filter;
    if (this.filterOf(parseHash(location.hash)) !== this.host.filter) location.hash = hashWithOptions(location.hash, this.hashOptions);
  }

  /** The options of the address for what is shown. */
  get hashOptions(): HashOptions {
    return { filter: this.named(this.host.filter), group: this.parts.groups.param, ...this.parts.runs.param };
  }

  /** The label space a page's own address names by no `in=`. */
  get fallback(): LabelSpaceName {
    return this.defaultFilter ?? DEFAULT_SPACE;
  }

  /** Follows the hash: its space and grouping at once, its ids once the worker has resolved them. */
  follow(): void {
    const route = parseHash(location.hash);
    this.host.filter = this.filterOf(route);
    this.parts.runs.choose(route.run, route.base);
    this.followGroup(route.group);
    void this.checkSpace(this.host.filter);
    if (route.kind !== 'home') {
      void this.resolving.run([route]);
      return;
    }
    // The start page needs no answer: an address still being resolved is dropped.
    this.resolving.abort();
    this.parts.compare.compared = '';
    this.setShown(ROOT_WNID, 'entity', null);
    document.title = 'Synset explorer';
  }

  /**
   * What a shift-click compares with: the synset the address names, which right after a pick
   * the view may not show yet (it waits for the worker to resolve it); the selection on the
   * start page, or when the address names no synset.
   */
  get comparedFrom(): string {
    const route = parseHash(location.hash);
    if (route.kind === 'home' || this.badRoute?.id === route.id) return this.selected;
    return route.id;
  }

  /** A synset picked: through the URL, so back and forward walk the selections. */
  select(wnid: string): void {
    // After "compare with…", the pick is the second synset.
    const first = this.parts.compare.takeFirst();
    const hash = first && first !== wnid ? hashFor(first, this.hashOptions, wnid) : hashFor(wnid, this.hashOptions);
    if (location.hash !== hash) location.hash = hash;
    else if (this.selected !== wnid) this.follow();
  }

  /** Another label space was picked: what the address said about the one before goes. */
  clearNotices(): void {
    this.addressNotice = '';
    this.missingList = null;
    this.host.requestUpdate();
  }

  /** The filter an address asks for. */
  private filterOf(route: HashRoute): LabelSpaceName {
    return route.filter ?? this.defaultFilter ?? this.host.filter;
  }

  /** The filter as the address names it: none for the default. */
  private named(filter: LabelSpaceName): LabelSpaceName | undefined {
    return filter === this.defaultFilter ? undefined : filter;
  }

  private setShown(selected: string, label: string, badRoute: RouteController['badRoute']): void {
    this.selected = selected;
    this.selectedLabel = label;
    this.badRoute = badRoute;
    this.host.requestUpdate();
  }

  /** The resolved ids shown; ids in another form become wnids, in place. */
  private show({ route, synset, other }: Extract<Resolution, { synset: SynsetName }>): void {
    this.setShown(synset.wnid, synset.label, null);
    this.parts.compare.compared = other?.wnid ?? '';
    document.title = `${synset.label}${other ? ` and ${other.label}` : ` (${synset.name})`} · Synset explorer`;
    // Only the ids: a back or a link followed while the names were asked for may have moved the
    // address, whose options are then its own.
    const now = parseHash(location.hash);
    if (routeIds(now) !== routeIds(route)) return;
    const canonical = hashFor(synset.wnid, { ...now, filter: this.named(this.filterOf(now)) }, other?.wnid);
    if (location.hash !== canonical) history.replaceState(history.state, '', canonical);
  }

  /** The ids did not resolve: the route says why. A failed load is the index's to show (the error panel), not the route's. */
  private refuse(route: SynsetRoute, error: unknown): void {
    if (this.parts.indexFailed() || isLoadError(error)) return;
    this.parts.compare.compared = '';
    this.setShown(this.selected, this.selectedLabel, { id: route.id, message: error instanceof Error ? error.message : String(error) });
    document.title = 'Not found · Synset explorer';
  }

  /** Shows the grouping the address names; an unknown one is said in a line and leaves the address, in place. */
  private followGroup(name: string | undefined): void {
    const spec = name === undefined ? null : specOfName(name);
    if (name !== undefined && !spec) {
      this.addressNotice = `There is no grouping “${name}”: showing none.`;
      this.host.requestUpdate();
    }
    this.parts.groups.choose(spec);
    if (name !== this.parts.groups.param) history.replaceState(history.state, '', hashWithOptions(location.hash, this.hashOptions));
  }

  /**
   * Checks the space the address names once the index answers: an alias gives way to the name
   * it stands for, an unknown name to the default, said in a line; both in place, no new
   * history entry.
   */
  private async checkSpace(name: LabelSpaceName): Promise<void> {
    if (name === this.defaultFilter) return;
    // A failed load is the index's to show: the space stands until it can be checked.
    const known = await canonicalSpace(name).catch(() => name);
    const now = parseHash(location.hash);
    // The address may have moved meanwhile (back, a link): then it is no longer this one's to mend.
    if (name !== this.host.filter || known === name || this.filterOf(now) !== name) return;
    if (!known && isCustomList(name)) this.missingList = name;
    else if (!known) this.addressNotice = `There is no label space “${name}”: showing ${this.fallback} instead.`;
    history.replaceState(history.state, '', hashWithOptions(location.hash, { ...now, filter: this.named(known ?? this.fallback) }));
    this.host.filter = known ?? this.fallback;
    this.host.requestUpdate();
  }
}

function isLoadError(error: unknown): boolean {
  return error instanceof Error && error.name === ERROR_NAMES.load;
}

/** The names of a route's ids, from the worker, or why they do not resolve. */
async function resolveRoute(route: SynsetRoute): Promise<Resolution> {
  const client = getSynsetClient();
  try {
    const [synset, other] = await Promise.all([
      client.nameBatched(route.id),
      route.kind === 'compare' ? client.nameBatched(route.other) : undefined,
    ]);
    return { route, synset, other };
  } catch (error) {
    return { route, error };
  }
}
