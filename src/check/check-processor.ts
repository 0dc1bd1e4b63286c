import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { textAnalysisOf } from './analyse-text.js';
import { checkRules } from './rules/index.js';
import { parseMarkdown } from '../text/read-markdown.js';

/**
 * unified pipeline: the shared Markdown reader (remark-parse with the nesting limits) → mdast
 * rules → remark-retext (retext-english) → nlcst rules.
 * Built once per process and reused: plugins read per-check options from file.data.
 */
function buildCheckProcessor() {
  const retext = unified()
    .use(retextEnglish)
    .use(function analyse() {
      return (tree: NlcstRoot, file: VFile) => {
        textAnalysisOf(tree, file);
      };
    });
  for (const rule of checkRules) {
    if (rule.stage === 'retext') retext.use(() => (tree: NlcstRoot, file: VFile) => rule.transform(tree, file));
  }

  const remark = unified().use(function sharedMarkdownReader(this: Processor) {
    (this as unknown as Processor<MdastRoot>).parser = (document: string) => parseMarkdown(document);
  }) as unknown as Processor<MdastRoot, MdastRoot, MdastRoot>;
  remark.use(function recordHeadings() {
    return (tree: MdastRoot, file: VFile) => {
      file.data.assuredHeadings = tree.children.flatMap((node) =>
        node.type === 'heading' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined
          ? [{ start: node.position.start.offset, end: node.position.end.offset }]
          : [],
      );
    };
  });
  for (const rule of checkRules) {
    if (rule.stage === 'remark') remark.use(() => (tree: MdastRoot, file: VFile) => rule.transform(tree, file));
  }
  return remark.use(remarkRetext, retext as unknown as Processor<NlcstRoot>).freeze();
}

let processor: ReturnType<typeof buildCheckProcessor> | undefined;

export function checkProcessor(): ReturnType<typeof buildCheckProcessor> {
  processor ??= buildCheckProcessor();
  return processor;
}
