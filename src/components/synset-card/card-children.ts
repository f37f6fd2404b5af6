/**
 * The card's list of children: links that select, named in the card's language where it has a
 * word for them (English, marked, where it has none), the 1k index of each class, a button for
 * the rest of a long list, and, under a label space, which children its tree leaves out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChildPage, SynsetLabelIn, SynsetRow } from '../../worker/api.js';
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
 * @param words in another language, a child's words there once they came (undefined meanwhile, and in English)
 * @param credited whether the card credits the language already (it does when the synset itself has words there)
 */
export function renderChildren(
  page: ChildPage,
  total: number,
  hidden: ChildrenShown | null,
  on: { select: (event: MouseEvent) => void; showAll: () => void },
  words: (wnid: string) => SynsetLabelIn | undefined = () => undefined,
  credited = false,
): TemplateResult {
  if (page.total === 0) return html`<p class="muted">No narrower synsets: this is a leaf.</p>`;
  const inLanguage = credited ? undefined : page.rows.map((child) => words(child.wnid)).find((said) => said && said.labelLang !== 'en');
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
          ${renderChildLink(child, words(child.wnid))}${
            child.index1k !== null
              ? html` <span class="badge badge-1k" title="ILSVRC-2012 class ${child.index1k}">#${child.index1k}</span>`
              : nothing
          }${isOutside ? html` <span class="outside-mark" title="Not in ${hidden.space}: the tree leaves it out">outside</span>` : nothing}
        </li>`;
      })}
    </ul>
    ${inLanguage ? html`<p class="credit muted" dir="auto">${inLanguage.credit}</p>` : nothing}
    ${
      page.rows.length < page.total
        ? html`<button class="text-button" @click=${on.showAll}>Show all ${formatNumber(total)} children</button>`
        : nothing
    }`;
}

/** A child's link: its first lemma in the card's language, the English name in its title; its English lemma, marked, where the language has none. */
function renderChildLink(child: SynsetRow, words: SynsetLabelIn | undefined): TemplateResult {
  if (!words) return html`<a part="child" href="#/${child.wnid}" data-wnid=${child.wnid} title=${child.wnid}>${child.lemma}</a>`;
  if (words.labelLang === 'en')
    return html`<a part="child" href="#/${child.wnid}" data-wnid=${child.wnid} title=${child.wnid} lang="en">${child.lemma}</a>`;
  return html`<a
    part="child"
    href="#/${child.wnid}"
    data-wnid=${child.wnid}
    title="${words.englishLabel} (${child.wnid})"
    lang=${words.labelLang}
    dir="auto"
    >${words.label}</a
  >`;
}
