/**
 * The card's list of children: links that select, the 1k index of each class, a button for the
 * rest of a long list, and, under a label space, which children its tree leaves out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChildPage } from '../../worker/api.js';
import { formatNumber } from '../../core/number-format.js';

/** The children a space's tree shows, and how the space is named (`ILSVRC-2012 (1k)`). */
export interface ChildrenShown {
  readonly space: string;
  readonly shown: ReadonlySet<string>;
}

/**
 * @param page the children listed so far (a first page, or all of them)
 * @param total how many children the synset has
 * @param hidden under a label space, the children its tree shows; null: the tree shows them all
 */
export function renderChildren(
  page: ChildPage,
  total: number,
  hidden: ChildrenShown | null,
  on: { select: (event: MouseEvent) => void; showAll: () => void },
): TemplateResult {
  if (page.total === 0) return html`<p class="muted">No narrower synsets: this is a leaf.</p>`;
  const outside = hidden ? total - hidden.shown.size : 0;
  return html`${
      hidden && outside > 0
        ? html`<p class="muted outside-note">
            ${formatNumber(outside)} of ${formatNumber(total)} lie outside ${hidden.space}, with no class of it at or below them: the tree
            under ${hidden.space} leaves them out (marked “outside”).
          </p>`
        : nothing
    }
    <ul class="children" @click=${on.select}>
      ${page.rows.map((child) => {
        const isOutside = hidden !== null && !hidden.shown.has(child.wnid);
        return html`<li class=${isOutside ? 'outside' : ''}>
          <a part="child" href="#/${child.wnid}" data-wnid=${child.wnid} title=${child.wnid}>${child.lemma}</a>${
            child.index1k !== null
              ? html` <span class="badge badge-1k" title="ILSVRC-2012 class ${child.index1k}">#${child.index1k}</span>`
              : nothing
          }${isOutside ? html` <span class="outside-mark" title="Not in ${hidden.space}: the tree leaves it out">outside</span>` : nothing}
        </li>`;
      })}
    </ul>
    ${
      page.rows.length < page.total
        ? html`<button class="text-button" @click=${on.showAll}>Show all ${formatNumber(total)} children</button>`
        : nothing
    }`;
}
