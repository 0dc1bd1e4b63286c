/**
 * Block wordings a commissioner reads as slot-filled: a percentage on a count of one, and two
 * weak readings of the same question each followed by its own, near-identical action.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/check/check-draft.js';
import type { Figure } from '../../../src/evidence/evidence-pack-schema.js';
import { buildDraftingContext } from '../../../src/drafting/drafting-context.js';
import { buildBlock, emptyBidMemory, normaliseSentence, type Block } from '../../../src/drafting/plan/topic-blocks.js';
import { catalogueFields } from '../../support/catalogue-fields.js';
import { figuresWith, place } from '../support/practice-library.js';

function figure(id: string, numerator: number, denominator: number, extra: Partial<Figure> = {}): Figure {
  return {
    id,
    label: id,
    value: Math.round((numerator / denominator) * 1000) / 10,
    unit: 'percent',
    numerator,
    denominator,
    period: '2026-Q3',
    place,
    source: `records: ${numerator} of ${denominator}, Q3 2026`,
    ...catalogueFields(id, denominator),
    ...extra,
  };
}

/** A count figure (no numerator or denominator), such as a number of referrals by type. */
function count(catalogueId: string, value: number, extra: Partial<Figure> = {}): Figure {
  return { ...figure(catalogueId, 1, 1), value, unit: 'count', numerator: undefined, denominator: undefined, ...extra } as Figure;
}

function blockText(figures: Figure[], element: Parameters<typeof buildBlock>[0], topic: Parameters<typeof buildBlock>[1]): string {
  const base = figuresWith([]);
  const context = buildDraftingContext({ figures: { ...base, figures: [...base.figures.filter((kept) => !figures.some((given) => given.id === kept.id)), ...figures] } });
  const built = buildBlock(element, topic, { context, quotedInCore: new Set(), memory: emptyBidMemory() });
  expect('text' in built).toBe(true);
  return (built as Block).text;
}

describe('topic block wording', () => {
  it('gives a count of one without a percentage, and keeps the percentage from five up', () => {
    const one = blockText([figure('advocate-at-complex', 1, 1, { smallSample: true })], 'advocates-at-reviews', 'consent-capacity');
    expect(one).toMatch(/1 of 1 complex and best-interests reviews[^.]*\(small numbers\)/);
    expect(one).not.toMatch(/100%/);
    const more = blockText([figure('advocate-at-complex', 9, 10)], 'advocates-at-reviews', 'consent-capacity');
    expect(more).toMatch(/9 of 10 complex and best-interests reviews[^.]*\(90%/);
  });

  it('says agendas went out in the person\'s own format only where the records show it done, in every wording', () => {
    const formats = [count('agenda-format', 30, { id: 'agenda-format-audio', subject: 'review agendas sent in audio' }), count('agenda-format', 21, { id: 'agenda-format-pictorial', subject: 'review agendas sent in pictures' })];
    const wordings = (numerator: number) => {
      const base = figuresWith([]);
      const profile = { id: 'accessible-format', label: 'agendas in the agreed format', numerator, denominator: 100, share: numerator, threshold: 90, period: '2026-Q3', provenance: { records: 'review records', noun: 'reviews', rows: 100, batches: [] } };
      const context = buildDraftingContext({ figures: { ...base, figures: [...base.figures, figure('accessible-formats', numerator, 100), ...formats], practices: [profile] } });
      // As a bid says it again and again: each answer takes a wording no earlier answer used.
      const memory = emptyBidMemory();
      return [0, 1, 2, 3].map((again) => {
        const { text } = buildBlock('formats-in-use', 'accessibility', { context, quotedInCore: new Set(), memory, again }) as Block;
        memory.sentences.add(normaliseSentence(text));
        return text;
      });
    };
    // Below the standard, "key workers sent agendas in the person's own format" is a practice the records contradict.
    for (const text of wordings(87)) expect(text).not.toMatch(/own format/);
    expect(wordings(98).some((text) => /in the person's own format/.test(text))).toBe(true);
  });

  it('says the person leads as the standard, not as what happens, when people say they do not feel involved', () => {
    expect(blockText([figure('feel-involved-agree', 1, 5)], 'person-leads', 'person-led-planning')).toMatch(/^Our standard is that /);
    expect(blockText([figure('feel-involved-agree', 5, 5)], 'person-leads', 'person-led-planning')).not.toMatch(/standard/);
  });

  it('gives inviting the family to every review as the standard, not as what happens, when few reviews have family input', () => {
    expect(blockText([figure('participation-family', 40, 100)], 'family-participation', 'family-friends')).toMatch(/^Our standard is that /);
    expect(blockText([figure('participation-family', 90, 100)], 'family-participation', 'family-friends')).not.toMatch(/standard/);
  });

  it('says again how staff practice is checked in the tense the sampling records allow: a plan where none is recorded', () => {
    const base = figuresWith([]);
    const unrecorded = base.figures.map((kept) => ((kept.catalogueId ?? kept.id) === 'ni-sampling' ? { ...kept, value: 0, numerator: 0, samplingRecorded: false } : kept));
    const context = buildDraftingContext({ figures: { ...base, figures: unrecorded } });
    for (const again of [0, 1]) {
      const built = buildBlock('competence-checks', 'training', { context, quotedInCore: new Set(), memory: emptyBidMemory(), again }) as Block;
      expect(built.text).toMatch(/^From Q\d 20\d\d the Nominated Individual's [^.]*case sampling will /);
    }
  });

  it('words the positive-risk paragraph differently for different organisations, and the same for one', () => {
    const textFor = (slug: string, element: Parameters<typeof buildBlock>[0], topic: Parameters<typeof buildBlock>[1]) => {
      const base = figuresWith([]);
      const context = buildDraftingContext({ figures: { ...base, organisation: { ...base.organisation, slug } } });
      const built = buildBlock(element, topic, { context, quotedInCore: new Set(), memory: emptyBidMemory() });
      expect('text' in built).toBe(true);
      return (built as Block).text;
    };
    const slugs = ['northgate-care', 'eastfield-support', 'riverside-living', 'oak-tree-care'];
    for (const [element, topic] of [['positive-risk', 'outcomes']] as const) {
      expect(new Set(slugs.map((slug) => textFor(slug, element, topic))).size, element).toBe(2);
      expect(textFor('riverside-living', element, topic)).toBe(textFor('riverside-living', element, topic));
    }
  });

  it('tells a single advocacy referral as one, not as "1 referrals … one referral each"', () => {
    const count = (catalogueId: string, extra: Partial<Figure> = {}): Figure => ({ ...figure(catalogueId, 1, 1), value: 1, unit: 'count', numerator: undefined, denominator: undefined, ...extra }) as Figure;
    const text = blockText(
      [
        count('advocate-referrals'),
        count('advocate-referrals-type', { id: 'advocate-referrals-type-care-act', group: 'care-act', subject: 'referrals to Care Act advocates', detail: true }),
        count('advocate-referrals-trigger', { id: 'advocate-referrals-trigger-care-act-assessment', group: 'care-act-assessment', subject: 'advocate referrals prompted by a Care Act assessment', detail: true }),
      ],
      'advocate-triggers',
      'advocacy',
    );
    expect(text).toMatch(/we made 1 referral for independent advocacy, to a Care Act advocate, prompted by a Care Act assessment\./);
    expect(text).not.toMatch(/1 referrals|one referral each/i);
  });

  it('tells a type with one referral as one in every wording, beside types with several', () => {
    const figures = [
      count('advocate-referrals', 4),
      count('advocate-referrals-type', 3, { id: 'advocate-referrals-type-imca', group: 'imca', subject: 'referrals to IMCAs', detail: true }),
      count('advocate-referrals-type', 1, { id: 'advocate-referrals-type-rpr', group: 'rpr', subject: "referrals to Relevant Person's Representatives", detail: true }),
    ];
    const base = figuresWith([]);
    const context = buildDraftingContext({ figures: { ...base, figures: [...base.figures.filter((kept) => !figures.some((given) => given.id === kept.id)), ...figures] } });
    for (const again of [0, 1, 2]) {
      const built = buildBlock('advocate-triggers', 'advocacy', { context, quotedInCore: new Set(), memory: emptyBidMemory(), again }) as Block;
      expect(built.text, String(again)).toMatch(/one was a referral to a Relevant Person's Representative/);
      expect(built.text, String(again)).not.toMatch(/\b1 were/);
    }
  });

  it('says when an IMHA is asked for, and names the referrals to one and what prompted them', () => {
    const text = blockText(
      [
        count('advocate-referrals', 2),
        count('advocate-referrals-type', 2, { id: 'advocate-referrals-type-imha', group: 'imha', subject: 'referrals to IMHAs', detail: true }),
        count('advocate-referrals-trigger', 2, { id: 'advocate-referrals-trigger-mental-health-act', group: 'mental-health-act', subject: 'advocate referrals prompted by detention or a community treatment order under the Mental Health Act', detail: true }),
      ],
      'advocate-triggers',
      'advocacy',
    );
    expect(text).toMatch(/for an IMHA when a person is detained under the Mental Health Act or on a community treatment order/);
    expect(text).toMatch(/2 were referrals to IMHAs|referrals to IMHAs/);
  });

  it('lists the disagreements at each level in the order a disagreement climbs them', () => {
    const text = blockText(
      [
        count('disputes-logged', 3),
        count('disputes-level', 1, { id: 'disputes-level-ni', group: 'ni', subject: 'disagreements taken to the Nominated Individual', detail: true }),
        count('disputes-level', 1, { id: 'disputes-level-key-worker', group: 'key-worker', subject: 'disagreements settled with the key worker', detail: true }),
        count('disputes-level', 1, { id: 'disputes-level-rm', group: 'rm', subject: 'disagreements taken to the Registered Manager', detail: true }),
      ],
      'escalation-route',
      'disagreements',
    );
    expect(text).toMatch(/1 settled with the key worker, 1 taken to the Registered Manager and 1 taken to the Nominated Individual/);
  });

  it('tells one change made from feedback as one in every wording, never "0 of the 1 change … have been"', () => {
    const made = figure('changes-from-feedback', 0, 1);
    const base = figuresWith([]);
    const context = buildDraftingContext({ figures: { ...base, figures: [...base.figures.filter((kept) => kept.id !== made.id), made] } });
    for (const uses of [0, 1, 2, 3, 4, 5]) {
      const memory = emptyBidMemory();
      memory.figures.set(made.id, uses);
      const built = buildBlock('re-audit', 'feedback', { context, quotedInCore: new Set(), memory });
      expect('text' in built && built.text, String(uses)).toMatch(/one change|the change made/i);
      expect('text' in built && built.text, String(uses)).not.toMatch(/of the 1 change/);
    }
  });

  it('does not say changes are re-checked as a matter of course beside a count showing none were', () => {
    const wordings = (made: Figure) => {
      const base = figuresWith([]);
      const context = buildDraftingContext({ figures: { ...base, figures: [...base.figures.filter((kept) => kept.id !== made.id), made] } });
      const memory = emptyBidMemory();
      const texts: string[] = [];
      // Each wording in turn: what one answer says is marked as written, so the next takes another.
      for (let turn = 0; turn < 6; turn += 1) {
        const built = buildBlock('re-audit', 'feedback', { context, quotedInCore: new Set(), memory });
        const text = 'text' in built ? built.text : '';
        texts.push(text);
        for (const sentence of text.split(/(?<=\.)\s+/)) memory.sentences.add(normaliseSentence(sentence));
      }
      return texts.join('\n');
    };
    const none = wordings(figure('changes-from-feedback', 0, 2, { unit: 'count', value: 0 }));
    expect(none).not.toMatch(/When a change is made, a manager goes back later to check it held/);
    expect(none).toMatch(/Our standard is that a manager goes back after each change to check it held: 0 of the 2 changes/);
    expect(wordings(figure('changes-from-feedback', 2, 2, { unit: 'count', value: 2 }))).toMatch(/When a change is made, a manager goes back later to check it held: 2 of the 2 changes/);
  });

  it('follows two weak "I feel involved" readings with one action, not one each', () => {
    const score = figure('feel-involved', 13, 5, { value: 2.6, unit: 'score', numerator: undefined, denominator: 5, scale: { min: 1, max: 5 } } as Partial<Figure>);
    const agree = figure('feel-involved-agree', 0, 5);
    const text = blockText([score, agree], 'feel-involved', 'feedback');
    expect(text).toMatch(/2\.6 out of 5/);
    expect(text).toMatch(/0% \(0 of 5/);
    expect(text.match(/will ask people/g)).toHaveLength(1);
  });

  it('leaves treatment and a move of home to the clinician or the council, not to our review chair', async () => {
    const base = buildDraftingContext({ figures: figuresWith([]) });
    const context = { ...base, practice: { ...base.practice, complexChair: 'the Registered Manager' } };
    for (const [element, topic, again] of [
      ['best-interests-chair', 'consent-capacity', 0],
      ['best-interests-chair', 'consent-capacity', 1],
      ['positive-risk', 'outcomes', 0],
    ] as const) {
      const text = (buildBlock(element, topic, { context, quotedInCore: new Set(), memory: emptyBidMemory(), again }) as Block).text;
      // Under the Mental Capacity Act a best-interests decision rests with whoever proposes it:
      // the provider's review chair decides only what is the provider's to decide.
      expect(text, `${element}, again ${again}`).toMatch(/Registered Manager/);
      expect(text, `${element}, again ${again}`).not.toMatch(/(^|\. )(Best-interests decisions are|Any best-interests decision is then) taken at a complex review/);
      if (element === 'best-interests-chair') {
        expect(text).toMatch(/treatment[^.]*(clinician|council)/);
        // Who is consulted, and when an IMCA is asked for, are part of every best-interests answer.
        expect(text).toMatch(/anyone the person has named[^.]*attorney or deputy/);
        expect(text).toMatch(/serious medical treatment or a long-term move[^.]*instruct an IMCA/);
        // Our own checker passes it: who does it and when are named.
        expect((await checkDraft({ text })).messages.filter((message) => message.ruleId === 'no-vague-involvement')).toEqual([]);
      }
      else expect(text).toMatch(/ours to make/);
    }
  });

  it('says how sharing without agreement is decided in four different wordings, so a later answer on sharing can still say it', () => {
    const context = buildDraftingContext({ figures: figuresWith([]) });
    const texts = [0, 1, 2, 3].map((again) => (buildBlock('information-sharing', 'information-sharing', { context, quotedInCore: new Set(), memory: emptyBidMemory(), again }) as Block).text);
    expect(new Set(texts).size).toBe(4);
    for (const text of texts) expect(text).toMatch(/without (?:the person's )?agreement/);
  });

  it('answers the format of the written record when a summaries question asks for it', () => {
    const text = blockText([figure('accessible-formats', 43, 49)], 'formats-met', 'summaries');
    expect(text).toMatch(/written record[^.]*communication format/);
    expect(text).toMatch(/43 of 49/);
  });

  it('says why a verified outcome is not described when the person has not agreed to it being shared', () => {
    const verified = figure('enablement-verified', 1, 1, { value: 1, unit: 'count', numerator: undefined, denominator: undefined } as Partial<Figure>);
    const text = blockText([verified], 'outcome-measures', 'outcomes');
    expect(text).toMatch(/1 outcome[^.]*, but the person has not agreed to it being shared, so it is not described here\./);
  });

  it('asks for agreement to share, not for starting points, when outcomes were checked but none may be described', () => {
    const verified = figure('enablement-verified', 1, 1, { value: 1, unit: 'count', numerator: undefined, denominator: undefined } as Partial<Figure>);
    const text = blockText([verified], 'example-gap', 'outcomes');
    expect(text).toMatch(/no outcome checked in [^,]+ is one the person has agreed we may describe/);
    expect(text).not.toMatch(/record where the person starts/);
    expect(blockText([], 'example-gap', 'outcomes')).toMatch(/record where the person starts/);
  });
});

