/**
 * The language an element speaks when it is given none: the nearest `lang` attribute around it
 * (across shadow roots), else the document's `<html lang>`, else English.
 */
export function pageLanguage(element: Element): string {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument.documentElement.lang || 'en';
}
