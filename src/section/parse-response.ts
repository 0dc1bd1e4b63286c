/**
 * The response Markdown as the blocks a word processor shows: paragraphs, headings and list
 * items made of styled text spans, each span remembering where it sits in the Markdown so
 * source-note markers can be placed right after the number a claim points at.
 */
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface ResponseSpan {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Offsets of the span in the Markdown (0-based, end exclusive). */
  start: number;
  end: number;
  /** Whether `text` is exactly the Markdown between start and end (no escapes or entities). */
  exact: boolean;
}

export interface ResponseBlock {
  kind: 'paragraph' | 'heading' | 'bullet' | 'numbered';
  /** Shown number of a numbered list item. */
  number?: number;
  spans: ResponseSpan[];
  start: number;
  end: number;
}

const parser = unified().use(remarkParse);

interface Marks {
  bold: boolean;
  italic: boolean;
}

function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

function collectSpans(nodes: readonly PhrasingContent[], marks: Marks, markdown: string, into: ResponseSpan[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const start = startOf(node);
        const end = endOf(node);
        // A soft line break inside a paragraph is a space once the paragraph is reflowed.
        const text = node.value.replace(/\s*\n\s*/g, ' ');
        into.push({ text, ...marks, start, end, exact: markdown.slice(start, end) === text });
        break;
      }
      case 'strong':
        collectSpans(node.children, { ...marks, bold: true }, markdown, into);
        break;
      case 'emphasis':
        collectSpans(node.children, { ...marks, italic: true }, markdown, into);
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        collectSpans(node.children, marks, markdown, into);
        break;
      case 'break':
        into.push({ text: ' ', ...marks, start: startOf(node), end: endOf(node), exact: false });
        break;
      default:
        // Images, HTML and footnote references have no text a reader sees in the answer box.
        break;
    }
  }
}

function blockOf(kind: ResponseBlock['kind'], node: RootContent, markdown: string, number?: number): ResponseBlock {
  const spans: ResponseSpan[] = [];
  if ('children' in node) collectSpans(node.children as PhrasingContent[], { bold: false, italic: false }, markdown, spans);
  return { kind, ...(number !== undefined ? { number } : {}), spans, start: startOf(node), end: endOf(node) };
}

function listBlocks(list: List, markdown: string, into: ResponseBlock[]): void {
  list.children.forEach((item: ListItem, index) => {
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        into.push(blockOf(list.ordered ? 'numbered' : 'bullet', child, markdown, list.ordered ? (list.start ?? 1) + index : undefined));
      } else if (child.type === 'list') {
        listBlocks(child, markdown, into);
      }
    }
  });
}

function contentBlocks(nodes: readonly RootContent[], markdown: string, into: ResponseBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') into.push(blockOf('paragraph', node, markdown));
    else if (node.type === 'heading') into.push(blockOf('heading', node as Heading, markdown));
    else if (node.type === 'list') listBlocks(node, markdown, into);
    else if (node.type === 'blockquote') contentBlocks(node.children, markdown, into);
    else if (node.type === 'code') {
      const start = startOf(node);
      into.push({ kind: 'paragraph', spans: [{ text: node.value, bold: false, italic: false, start, end: endOf(node), exact: false }], start, end: endOf(node) });
    }
  }
}

export function parseResponse(markdown: string): ResponseBlock[] {
  const tree = parser.parse(markdown) as Root;
  const blocks: ResponseBlock[] = [];
  contentBlocks(tree.children, markdown, blocks);
  return blocks;
}

/** The text of a block as a reader sees it. */
export function blockText(block: ResponseBlock): string {
  return block.spans.map((span) => span.text).join('');
}
