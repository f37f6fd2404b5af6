/**
 * Reads the page's `<meta name="synset-data" content="…">` once, before any element asks for
 * the client: the embed bundle imports this module ahead of the components, and ES modules run
 * in import order. The URL resolves against the page (like a link), not against the script.
 */
import { configureSynsets } from './client/client.js';

/** The `name` of the meta element that points the embed at a page's own copy of the data. */
export const DATA_META_NAME = 'synset-data';

/** The data URL the page names, resolved against the page; undefined when it names none. */
export function pageDataUrl(doc: Document = document): string | undefined {
  const content = doc.querySelector(`meta[name="${DATA_META_NAME}"]`)?.getAttribute('content')?.trim();
  return content ? new URL(content, doc.baseURI).href : undefined;
}

const dataUrl = pageDataUrl();
if (dataUrl) configureSynsets({ dataUrl });
