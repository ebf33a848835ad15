/**
 * Body paragraphs -> HTML through unified. The tree is built from the paragraphs as text nodes,
 * so no character of the article is read as markup ("# 1", "1986. A year", "```" stay text),
 * and remark-html runs with sanitising on.
 */
import type { Root } from 'mdast';
import remarkHtml from 'remark-html';
import { unified } from 'unified';

const processor = unified().use(remarkHtml, { sanitize: true });

/** Renders plain-text paragraphs to safe HTML. */
export function renderBody(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p }] })),
  };
  return String(processor.stringify(tree));
}
