import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { textAnalysisOf, type AnalysedSentence } from '../analyse-text.js';
import { defaultReadabilityChecks, readabilitySettings, simplifyIgnore } from '../data/readability-settings.js';
import { checkContext, reportFinding, ruleUrl, type CheckRule } from '../rule.js';

const RULE_ID = 'readable-sentences';

// The retext transformers are made once and run on a scratch file, so their messages
// (and plugin rule ids) never reach the report; we re-word them in our own grammar.
const findPassive = retextPassive();
const findHardSentences = retextReadability({
  age: readabilitySettings.targetAge,
  threshold: readabilitySettings.formulaThreshold,
  minWords: readabilitySettings.minWords,
});
const findSimplerWords = retextSimplify({ ignore: simplifyIgnore });

function openingWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

function offsetsOf(position: Position | undefined): { start: number; end: number } | undefined {
  const start = position?.start.offset;
  const end = position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** An agent ("by the key worker") after the passive verb means the sentence says who acts. */
function namesAgentAfter(sentence: Sentence, offset: number): boolean {
  return sentence.children.some(
    (child) => child.type === 'WordNode' && (child.position?.start.offset ?? -1) >= offset && toString(child).toLowerCase() === 'by',
  );
}

/** Very long sentences, passive voice that hides who acts, hard-to-read sentences, wordy phrases. */
export const readableSentences: CheckRule = {
  ruleId: RULE_ID,
  category: 'readability',
  url: ruleUrl(RULE_ID),
  description: 'Very long sentences, passive voice that hides who acts, hard-to-read sentences and wordy phrases.',
  stage: 'retext',
  examples: {
    ok: [
      { text: 'The key worker sends the summary within five working days.' },
      { text: 'Summaries are sent by the key worker within five working days.' },
    ],
    notOk: [
      {
        text: 'Summaries are sent within five working days.',
        options: { readability: { passive: true } },
        message: 'Unexpected `sent`, passive voice hides who acts: say who does it',
      },
      {
        text: 'The key worker prepares the agenda with the person and their sister, sends it in easy-read three to five days before the review, chairs the thirty-minute meeting at the time the person prefers and then writes a plain summary.',
        message: 'Unexpected `The key worker prepares the agenda …` (39 words), split it into sentences of at most 35 words',
      },
      {
        text: 'We will commence the review in March.',
        options: { readability: { wordy: true } },
        message: 'Unexpected `commence`, use `begin`, `start` instead',
      },
    ],
  },
  transform(tree, file) {
    const analysis = textAnalysisOf(tree, file);
    const bySentence = new Map<Sentence, AnalysedSentence>(analysis.sentences.map((item) => [item.node, item]));
    const longSentences = new Set<Sentence>();

    for (const sentence of analysis.sentences) {
      if (sentence.wordCount <= readabilitySettings.maxSentenceWords) continue;
      longSentences.add(sentence.node);
      const opening = openingWords(sentence.mapped.text);
      reportFinding(file, readableSentences, {
        reason: `Unexpected \`${opening}\` (${sentence.wordCount} words), split it into sentences of at most ${readabilitySettings.maxSentenceWords} words`,
        place: sentence.node.position,
        actual: sentence.mapped.text,
        expected: [`Split it into sentences of at most ${readabilitySettings.maxSentenceWords} words, one action each.`],
      });
    }

    const checks = { ...defaultReadabilityChecks, ...checkContext(file).readability };
    const scratch = new VFile();
    if (checks.passive) findPassive(tree, scratch);
    if (checks.hardToRead) {
      // A sentence already reported as too long gets no hard-to-read message, so it is not scored at all.
      const scored = analysis.sentences.filter((sentence) => !longSentences.has(sentence.node)).map((sentence) => sentence.node);
      findHardSentences({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: scored }] }, scratch);
    }
    if (checks.wordy) findSimplerWords(tree, scratch);

    for (const found of scratch.messages) {
      const parent = found.ancestors?.at(-1);
      const sentence = parent && parent.type === 'SentenceNode' ? bySentence.get(parent as Sentence) : undefined;
      const place = found.place && 'start' in found.place ? found.place : undefined;

      if (found.source === 'retext-passive') {
        const span = offsetsOf(place);
        if (!sentence || !span || namesAgentAfter(sentence.node, span.end)) continue;
        // Already reported as vague or tokenism ("families are kept informed"): one message is enough.
        if (sentence.flags.length > 0) continue;
        reportFinding(file, readableSentences, {
          reason: `Unexpected \`${found.actual ?? ''}\`, passive voice hides who acts: say who does it`,
          place,
          actual: found.actual ?? '',
          expected: ['Start with who acts, e.g. "The key worker sends …".'],
        });
      } else if (found.source === 'retext-readability') {
        if (!sentence || longSentences.has(sentence.node)) continue;
        const opening = openingWords(sentence.mapped.text);
        reportFinding(file, readableSentences, {
          reason: `Unexpected \`${opening}\`, hard to read (${found.reason.replace(/^.*according to /, '')}): use shorter words and sentences`,
          place,
          actual: sentence.mapped.text,
          expected: ['Use shorter, everyday words and one idea per sentence.'],
        });
      } else if (found.source === 'retext-simplify') {
        reportFinding(file, readableSentences, {
          reason: found.reason,
          place,
          actual: found.actual ?? '',
          expected: found.expected ?? [],
        });
      }
    }
  },
};
