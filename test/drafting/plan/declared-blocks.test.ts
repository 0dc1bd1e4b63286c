/**
 * Questions the case records cannot answer (carers, recruitment, training) are answered from
 * the organisation's practice library: each entry in its own words with owner, cadence, source
 * and last check, its count in the same sentence; an out-of-date entry is not quoted and the
 * writer is told why; with no entry at all the answer does not fill up with unrelated figures.
 */
import { describe, expect, it } from 'vitest';
import { composeSection } from '../../../src/drafting/compose-section.js';
import { declaredEntries, declaredSentence, writtenBefore } from '../../../src/drafting/plan/declared-blocks.js';
import { normaliseSentence } from '../../../src/shared/english-text.js';
import { libraryEntriesFor } from '../../../src/drafting/plan/answer-parts.js';
import { buildDraftingContext } from '../../../src/drafting/drafting-context.js';
import { questionParts } from '../../../src/drafting/question/question-parts.js';
import { buildBlock, emptyBidMemory, entriesBlock } from '../../../src/drafting/plan/topic-blocks.js';
import { entry, figuresWith, place } from '../support/practice-library.js';
import { catalogueFields } from '../../support/catalogue-fields.js';

const CARERS_QUESTION = { text: "How do you support unpaid carers' wellbeing, including access to a carer's assessment?" };
const asked = entry('P1', 'carers', 'Key workers ask each family member who helps the person whether they want a carer’s assessment, and refer them to the council the same week.', {
  measure: { label: 'carers offered a referral', count: 14, of: 16, share: 87.5, asOf: '2026-09-30' },
});
const evening = entry('P2', 'carers', 'A carers’ evening each quarter lets relatives meet the team and local carer support groups.', { cadence: 'quarterly', cadenceText: 'every quarter', source: 'the events log' });

/** An interview-panel entry at one of three services: the other two do not do it yet. */
function panelAtOneOfThreeServices() {
  const panel = entry('P4', 'recruitment', 'A person who uses the service sits on each interview panel for support workers.', { cadence: 'when-triggered', cadenceText: 'for each vacancy', source: 'the recruitment file', serviceRef: 'S-E' });
  const base = figuresWith([panel]);
  const figures = { ...base, services: [...base.services, { ref: 'S-W', name: 'Westbrook home care', locality: 'Westbrook' }, { ref: 'S-N', name: 'Northgate day service', locality: 'Northgate' }] };
  return { panel, figures };
}

/** The training library entry the bid tests quote: a yearly Mental Capacity Act refresher. */
function refresherEntry(text = 'Every support worker completes a yearly Mental Capacity Act refresher with one assessment written up and marked.') {
  return entry('T1', 'training', text, { cadence: 'annually', cadenceText: 'every year', source: 'the training matrix' });
}

describe('answers from the practice library', () => {
  it('says every entry briefly before it drops one, when the limit is tight', () => {
    const full = entriesBlock('carers', [asked, evening], 0);
    const brief = full.shorter!;
    // Both entries and the count, without the owner and the last check.
    expect(brief.text).toContain('refer them to the council the same week; on 30 September 2026 it held for 14 of 16 carers offered a referral (88%).');
    expect(brief.text).toMatch(/a carers’ evening each quarter lets relatives meet the team and local carer support groups\.$/);
    expect(brief.text).not.toMatch(/last checked|verified|responsible/);
    expect(brief.text.length).toBeLessThan(full.text.length);
    // Then one entry, briefly.
    expect(brief.shorter!.text).not.toMatch(/carers’ evening/);
    expect(brief.shorter!.shorter).toBeUndefined();
  });

  it('quotes each entry with its owner, cadence, source and last check, and its count in the same sentence', async () => {
    const section = await composeSection({ figures: figuresWith([asked, evening]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.responseText).toContain(declaredSentence(asked, 0).slice(0, 60));
    expect(section.responseText).toMatch(
      /the Registered Manager is responsible for it at every review; it is recorded in the carers register, last checked in August 2026; on 30 September 2026 it held for 14 of 16 carers offered a referral \(88%\)\./,
    );
    expect(section.responseText).toMatch(/A carers’ evening each quarter/i);
    expect(section.plan?.covered.map((item) => `${item.topic}/${item.element}`)).toContain('carers/declared-practices');
    // An entry's last verification is the answer's assurance: no general sampling line is added for it.
    expect(section.responseText).not.toMatch(/cases per service/);
    // Every quoted entry validates against the library, its count included.
    const statuses = section.validation.claims.map((claim) => [claim.text, claim.status]);
    expect(statuses).toContainEqual(['14 of 16', 'supported']);
    expect(statuses).toContainEqual(['88%', 'supported']);
    expect(section.validation.claims.filter((claim) => claim.status === 'declared')).toHaveLength(2);
    // The section keeps which entry backs each, so the report and the pack can name it.
    expect(section.validation.claims.filter((claim) => claim.text === '14 of 16' || claim.status === 'declared').map((claim) => claim.declaredPracticeId)).toEqual([asked.id, asked.id, evening.id]);
    expect(section.validation.claims.filter((claim) => !['supported', 'standard', 'declared', 'practised'].includes(claim.status))).toEqual([]);
  });

  it('names the service a one-service practice holds for, so it does not read as the whole organisation\'s', async () => {
    const oneService = { ...evening, serviceRef: 'S-E', wholeOrganisation: false };
    const whole = { ...asked, place: 'Eastfield Care Ltd', wholeOrganisation: true };
    // "each quarter" in its own words: the cadence is not said again.
    expect(declaredSentence(oneService, 0)).toBe('At Eastfield supported living, a carers’ evening each quarter lets relatives meet the team and local carer support groups: the Registered Manager is responsible for it; it is recorded in the events log, and a check in August 2026 verified it was in place.');
    // The check is worded in turn, naming who made it where the library says.
    expect(declaredSentence(oneService, 1)).toBe('At Eastfield supported living, a carers’ evening each quarter lets relatives meet the team and local carer support groups, led by the Registered Manager; the Nominated Individual verified it against the events log in August 2026.');
    expect(declaredSentence(oneService, 2)).toBe('At Eastfield supported living, a carers’ evening each quarter lets relatives meet the team and local carer support groups: the Registered Manager is responsible for it; it is recorded in the events log, where the Nominated Individual last verified it in August 2026.');
    expect(declaredSentence(oneService, 3)).toBe('At Eastfield supported living, a carers’ evening each quarter lets relatives meet the team and local carer support groups, led by the Registered Manager; a check of the events log in August 2026 found it in place.');
    // A checker the library gives no role for is not written as a placeholder.
    expect(declaredSentence({ ...oneService, checkedBy: 'other' }, 1)).toBe('At Eastfield supported living, a carers’ evening each quarter lets relatives meet the team and local carer support groups, led by the Registered Manager; a check against the events log in August 2026 verified it.');
    expect(declaredSentence({ ...oneService, checkedBy: 'other' }, 2)).toMatch(/; it is recorded in the events log, where it was last verified in August 2026\.$/);
    // A source its own words name is not named again, and a first visit is "at referral".
    const carerPage = { ...oneService, text: 'The key worker asks whether a relative gives unpaid care at the first visit and records the answer on the carer page.', cadence: 'at-referral', cadenceText: 'at referral', source: 'the carer page' };
    for (const variant of [0, 1, 2, 3]) {
      expect(declaredSentence(carerPage, variant)).not.toMatch(/recorded in the carer page|against the carer page|of the carer page/);
      expect(declaredSentence(carerPage, variant)).not.toMatch(/at referral/);
      expect(declaredSentence(carerPage, variant)).toMatch(/August 2026/);
    }
    // An owner its own words name is not named again.
    const reports = { ...oneService, text: 'The registered manager reports open complaints to the director.', cadenceText: 'every month' };
    expect(declaredSentence(reports, 0)).toBe('At Eastfield supported living, the Registered Manager reports open complaints to the director, every month; it is recorded in the events log, and a check in August 2026 verified it was in place.');
    // A practice done when it is needed goes without "each time it is needed".
    const disagree = { ...oneService, text: 'When a relative and the person disagree, the key worker records both views.', cadence: 'when-triggered', cadenceText: 'each time it is needed' };
    expect(declaredSentence(disagree, 0)).toBe('At Eastfield supported living, when a relative and the person disagree, the key worker records both views: the Registered Manager is responsible for it; it is recorded in the events log, and a check in August 2026 verified it was in place.');
    expect(declaredSentence({ ...disagree, text: 'The key worker records both views of a disagreement.' }, 0)).toMatch(/: the Registered Manager is responsible for it; it is recorded/);
    // "Every" with a count that falls short is stated as the standard, and the count as how far it held.
    const panels = { ...oneService, text: 'A person who uses the service sits on every interview panel.', cadenceText: 'for each vacancy', measure: { label: 'panels', count: 7, of: 8, share: 87.5, asOf: '2026-09-30' } };
    expect(declaredSentence(panels, 0)).toMatch(/^At Eastfield supported living, our standard is that a person who uses the service sits on every interview panel: .*; on 30 September 2026 it held for 7 of 8 panels \(88%\)\.$/);
    // Its check was made, but "verified it was in place" would contradict the count beside it.
    for (const variant of [0, 1, 2, 3]) expect(declaredSentence(panels, variant)).toMatch(/last checked (?:it against the events log )?in August 2026/);
    expect(declaredSentence({ ...panels, measure: { ...panels.measure, count: 8, share: 100 } }, 0)).toMatch(/^At Eastfield supported living, a person .* the count was 8 of 8 panels/);
    expect(declaredSentence({ ...oneService, text: 'Review summaries go to families only by secure email.' }, 0)).toMatch(/^At Eastfield supported living, review summaries go/);
    expect(declaredSentence({ ...oneService, text: 'MCA refreshers are booked for every support worker.' }, 0)).toMatch(/^At Eastfield supported living, MCA refreshers/);
    // Words that open with the place, or say "at" it later, in full or by its name alone, are not
    // given it twice; a name used otherwise does not say the practice is kept only there, so the
    // place still leads.
    expect(declaredSentence({ ...oneService, text: 'Eastfield residents chair their own house meetings.' }, 0)).toMatch(/^Eastfield residents chair their own house meetings: /);
    expect(declaredSentence({ ...oneService, text: 'Each quarter the quality lead audits 10 plans at Eastfield.' }, 0)).toMatch(/^Each quarter the quality lead audits 10 plans at Eastfield: /);
    expect(declaredSentence({ ...oneService, text: 'The quality lead reviews one Eastfield policy each month.' }, 0)).toMatch(/^At Eastfield supported living, the quality lead reviews one Eastfield policy/);
    expect(declaredSentence({ ...oneService, text: 'Parents at Eastfieldside meet monthly.' }, 0)).toMatch(/^At Eastfield supported living, parents at Eastfieldside/);
    // A cadence the practice says in other words is not added again ("the annual submission, every year").
    const annual = { ...oneService, text: 'The Nominated Individual signs the annual submission.', cadence: 'annually', cadenceText: 'every year' } as typeof oneService;
    expect(declaredSentence(annual, 1)).not.toMatch(/every year/);
    expect(declaredSentence({ ...annual, text: 'The Nominated Individual signs the submission.' }, 1)).toMatch(/submission, every year/);
    // A practice for new staff says when it happens: ", at induction" after it reads as a stray slot.
    const induction = { ...oneService, text: 'The Registered Manager gives each new staff member the involvement policy in their first week.', cadence: 'at-induction', cadenceText: 'at induction' } as typeof oneService;
    expect(declaredSentence(induction, 1)).not.toMatch(/at induction/);
    expect(declaredSentence({ ...induction, text: 'The Registered Manager gives each worker the involvement policy.' }, 1)).toMatch(/at induction/);
    expect(declaredSentence(whole, 0)).toMatch(/^Our standard is that key workers ask each family member .*: the Registered Manager is responsible for it at every review/);
    const section = await composeSection({ figures: figuresWith([oneService]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.validation.claims.filter((claim) => claim.status === 'declared')).toHaveLength(1);
  });

  it('tells the writer when an entry says "every" but its own count falls short', async () => {
    const panels = entry('P9', 'carers', 'Every carer is offered a carer’s assessment at the first review.', {
      measure: { label: 'carers offered an assessment', count: 7, of: 8, share: 87.5, asOf: '2026-09-30' },
    });
    const section = await composeSection({ figures: figuresWith([panels]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.responseText).toMatch(/Every carer is offered/i);
    expect(section.notes.join('\n')).toMatch(/P9 says it happens every time .* its own count is 7 of 8 carers offered an assessment/);
    const allOffered = entry('P10', 'carers', 'Every carer is offered a carer’s assessment at the first review.', {
      measure: { label: 'carers offered an assessment', count: 8, of: 8, share: 100, asOf: '2026-09-30' },
    });
    const whole = await composeSection({ figures: figuresWith([allOffered]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(whole.notes.join('\n')).not.toMatch(/says it happens every time/);
  });

  it('does not quote an entry whose last check is out of date, and tells the writer', async () => {
    const old = { ...evening, stale: true, lastCheckedOn: '2025-02-01' };
    const section = await composeSection({ figures: figuresWith([old]), question: CARERS_QUESTION, limit: { kind: 'words', value: 250 } });
    expect(section.responseText).not.toContain('carers’ evening');
    expect(section.notes.join('\n')).toMatch(/out of date .*last checked on 2025-02-01.*check them and update the library/);
  });

  it('answers what sets off an early review with a dated commitment when the records hold only how often reviews happen', async () => {
    const base = figuresWith([]);
    const monthly = { id: 'cadence-monthly', label: 'People with a review every month', value: 80, unit: 'percent' as const, numerator: 32, denominator: 40, period: '2026-Q3', place, source: 'review records: 32 of 40 people, Q3 2026', ...catalogueFields('cadence-monthly', 40) };
    const figures = { ...base, figures: [...base.figures, monthly] };
    const section = await composeSection({ figures, question: { text: 'For people with mental health needs, what triggers an early review, and how can the person ask for one?' }, limit: { kind: 'words', value: 300 } });
    // How often reviews happen is shown elsewhere; it does not answer what sets off an early one.
    expect(section.responseText).toMatch(/Our records for Q3 2026 do not yet show what prompted each review held earlier than planned/);
    expect(section.responseText).toMatch(/Starting in Q4 2026, key workers will record the reason for every review held outside the usual rhythm, including when the person asked for it themselves/);
    expect(section.plan?.parts?.find((part) => /triggers an early review/.test(part.text))?.answeredBy).toBe('commitment');
  });

  it('does not take an entry filed under a topic the question does not ask about for a part, whatever words they share', () => {
    const crisis = entry('P20', 'review-triggers', 'Before every meeting the key worker reads the written crisis plan with the person and adapts it to their communication needs.');
    const formats = entry('P21', 'accessibility', 'Each person’s communication needs are written on the front of their plan and every meeting is adapted to them.');
    const question = "Describe how you adapt meetings and written information to each person's communication needs.";
    const context = buildDraftingContext({ figures: figuresWith([crisis, formats]), question });
    const [part] = questionParts(question);
    expect(part?.lead).toBe('accessibility');
    // Both share "meeting", "write", "adapt" and "communication" with the part; only one is filed under what it asks.
    expect(libraryEntriesFor(context, part!, emptyBidMemory(), []).map((found) => found.id)).toEqual(['P21']);
  });

  it('quotes an entry on a topic the question names only as people taking part where it shares the question\'s words, not as padding', () => {
    const visits = entry('P40', 'advocacy', 'Each visit by the representative of a person whose deprivation of liberty the court authorised is logged with what was raised.');
    const leaflet = entry('P41', 'advocacy', 'At the first review the key worker explains independent advocacy with a picture leaflet, and an advocate the person chooses is invited to each review.');
    const question = 'How often are reviews held, and how quickly do written summaries go out after each review? Who is invited, for example family or an advocate?';
    const context = buildDraftingContext({ figures: figuresWith([visits, leaflet]), question });
    const built = buildBlock('declared-practices', 'advocacy', { context, quotedInCore: new Set(), memory: emptyBidMemory() });
    // The leaflet shares "review", "invite" and "advocate" with the question; the visit log shares nothing.
    expect('text' in built ? built.text : '').not.toMatch(/deprivation of liberty/);
    expect('text' in built ? built.text : built.reason).toMatch(/picture leaflet/);
    // Asked about outright, both are its answer.
    const asked = buildDraftingContext({ figures: figuresWith([visits, leaflet]), question: 'How do you work with independent advocates and representatives?' });
    const both = buildBlock('declared-practices', 'advocacy', { context: asked, quotedInCore: new Set(), memory: emptyBidMemory() });
    expect('text' in both ? both.text : '').toMatch(/deprivation of liberty[^]*picture leaflet|picture leaflet[^]*deprivation of liberty/);
  });

  it('answers a part with the entry filed under its subject, and adds a second only if it shares the part\'s words', () => {
    const leaflet = entry('P50', 'advocacy', 'At the first review the key worker explains independent advocacy with a picture leaflet and records whether the person wants a referral.');
    const visits = entry('P51', 'advocacy', 'Each visit by the representative of a person whose deprivation of liberty the court authorised is logged with what was raised.');
    const question = 'Describe your approach to disagreements, including when and how you involve an independent advocate.';
    const context = buildDraftingContext({ figures: figuresWith([leaflet, visits]), question });
    const part = questionParts(question).find((candidate) => candidate.lead === 'advocacy');
    expect(part).toBeDefined();
    expect(libraryEntriesFor(context, part!, emptyBidMemory(), []).map((found) => found.id)).toEqual(['P50']);
    // With nothing sharing its words, the part still gets the best entry filed under its subject.
    const alone = buildDraftingContext({ figures: figuresWith([visits]), question });
    expect(libraryEntriesFor(alone, part!, emptyBidMemory(), []).map((found) => found.id)).toEqual(['P51']);
  });

  it('does not quote a practice kept only at a service for other people than the question is about', () => {
    const question = 'How do you keep plans current for people with mental health needs, and what sets off an early review?';
    const atLd = entry('P30', 'review-triggers', 'The key worker reads the crisis plan with the person at every review.', { place: 'Fernlea learning disability service', serviceRef: 'S-F' });
    const atMh = entry('P31', 'review-triggers', 'An early review is held within a week of a hospital admission.', { place: 'Greyholme mental health support', serviceRef: 'S-G' });
    const atPlain = entry('P32', 'review-triggers', 'The person can ask their key worker for an early review at any time.', { place: 'Eastfield supported living', serviceRef: 'S-E' });
    const wanted = (text: string) => declaredEntries(buildDraftingContext({ figures: figuresWith([atLd, atMh, atPlain]), question: text }), 'review-triggers').usable.map((found) => found.id).sort();
    expect(wanted(question)).toEqual(['P31', 'P32']);
    // A question that names nobody in particular takes them all.
    expect(wanted('What sets off an early review of a person\'s plan?')).toEqual(['P30', 'P31', 'P32']);
  });

  it('adds a dated commitment for a part the topic\'s own entries do not answer, after them, without saying nothing is there', async () => {
    const identified = entry('P40', 'carers', 'The key worker asks at the first visit whether a relative gives unpaid care and records the answer on the carer page.');
    const question = 'How do you identify unpaid carers, and how do you point them to local support for themselves?';
    const section = await composeSection({ figures: figuresWith([identified]), question: { text: question }, limit: { kind: 'words', value: 400 } });
    const paragraphs = section.responseText.split('\n\n');
    const said = paragraphs.findIndex((paragraph) => /asks at the first visit whether a relative gives unpaid care/.test(paragraph));
    const proposed = paragraphs.findIndex((paragraph) => /^(?:In addition, from Q4 2026 key workers at Eastfield supported living will|From Q4 2026, key workers at Eastfield supported living will also) .*local carers' centre/.test(paragraph));
    expect(said).toBeGreaterThanOrEqual(0);
    expect(proposed).toBeGreaterThan(said);
    expect(section.responseText).not.toMatch(/do not yet show which relatives and friends give unpaid care/);
    expect(section.notes.join('\n')).toMatch(/show some of carers' wellbeing and support, but nothing on "how do you point them to local support for themselves"/);
    expect(section.plan?.parts?.at(-1)?.answeredBy).toBe('commitment');
  });

  it('does not say the records are silent on a topic the library holds an entry on, kept for other people than the question is about', () => {
    // A home care service's carers entry, in a mental health question: not quoted, and not denied either.
    const homeCare = entry('P42', 'carers', 'The key worker asks family members whether they give unpaid care at the first visit.', { place: 'Fernlea home care', serviceRef: 'S-F' });
    const question = 'How would you support the mother of a person with mental health needs who is her unpaid carer?';
    const commitment = (entries: ReturnType<typeof entry>[], again = 0) => {
      const built = buildBlock('gap-commitment', 'carers', { context: buildDraftingContext({ figures: figuresWith(entries), question }), quotedInCore: new Set(), memory: emptyBidMemory(), again });
      return 'text' in built ? built.text : '';
    };
    expect(declaredEntries(buildDraftingContext({ figures: figuresWith([homeCare]), question }), 'carers').usable).toEqual([]);
    for (const again of [0, 1]) {
      expect(commitment([homeCare], again)).toMatch(/will ask at every review whether anyone gives unpaid care/);
      expect(commitment([homeCare], again)).not.toMatch(/not yet|do not yet show/);
    }
    expect(commitment([homeCare], 0)).not.toEqual(commitment([homeCare], 1));
    expect(commitment([])).toMatch(/do not yet show which relatives and friends give unpaid care/);
  });

  it('proposes beside an entry only what the entry does not already say is done', async () => {
    const plans = entry('P41', 'review-triggers', "The key worker reads each person's advance statement and crisis plan with them at every review and updates both.");
    const question = 'How do you keep advance statements and crisis plans up to date, and what prompts an early review when someone becomes unwell?';
    const commitment = (entries: ReturnType<typeof entry>[]) => {
      const built = buildBlock('gap-commitment', 'review-triggers', { context: buildDraftingContext({ figures: figuresWith(entries), question }), quotedInCore: new Set(), memory: emptyBidMemory(), beyondRecords: true });
      return 'text' in built ? built.text : '';
    };
    expect(commitment([plans])).toMatch(/count, from the plans read at each review, how many people have an advance statement/);
    expect(commitment([plans])).not.toMatch(/offer each person the chance to write an advance statement/);
    // With nothing in the library on the topic, the whole commitment.
    expect(commitment([])).toMatch(/offer each person the chance to write an advance statement/);
  });

  it('gives the honest gap and a dated commitment for a topic the library holds nothing on, even when other material answers the question', async () => {
    const question = 'Using evidence where you have it, show how the people you support and their families have shaped both their own support plans and the design, running and evaluation of the service, and how you would know if that involvement were tokenistic.';
    const section = await composeSection({ figures: figuresWith([]), question: { text: question }, limit: { kind: 'characters', value: 4000 } });
    expect(section.responseText).toMatch(/do not yet show people who use the service and their families taking part in designing, running or evaluating the service at Eastfield supported living\. Starting in Q4 2026, the Registered Manager will bring together/);
  });

  it('names the practice library as the place to add a practice the records cannot show', async () => {
    const section = await composeSection({ figures: figuresWith([]), question: { text: 'How do you involve the people you support in recruiting staff?' }, limit: { kind: 'words', value: 300 } });
    expect(section.notes.join('\n')).toMatch(/neither the records nor the practice library hold anything on involving people in recruiting/);
    // Nothing is claimed as done: the answer says the records do not show it yet, and what is
    // proposed is in the future tense, with its owner and dates, flagged for the writer to agree.
    const recruiting = section.responseText.split('\n\n').filter((paragraph) => /recruit|interview|inducting/i.test(paragraph));
    expect(recruiting).toEqual([
      'Our records for Q3 2026 do not yet show people who use the service taking part in choosing, inducting or appraising the staff who support them at Eastfield supported living. Starting in Q4 2026, the Registered Manager will invite people who use the service to sit on interview panels, with time beforehand to agree the questions they want to ask, and ask each person for their views on their key worker before that worker\'s supervision. We will report how many interview panels included a person who uses the service in April 2027.',
    ]);
    // The validator finds nothing in it to check against the records: no number, no claimed practice.
    const start = section.responseText.indexOf(recruiting[0]!);
    expect(section.validation.claims.filter((claim) => (claim.offset ?? -1) >= start && (claim.offset ?? -1) < start + recruiting[0]!.length)).toEqual([]);
    expect(section.notes.join('\n')).toMatch(/Proposed commitment, not from the records: .*Agree it with its owner before submitting/);
    expect(section.plan?.parts).toEqual([{ text: 'How do you involve the people you support in recruiting staff', answeredBy: 'commitment' }]);
  });

  it('quotes the library entries on what a question is about even when an earlier answer of the bid quoted them in passing', async () => {
    const refresher = refresherEntry();
    const figures = figuresWith([refresher]);
    const memory = emptyBidMemory();
    const first = await composeSection({ figures, question: { text: 'How do you involve people in running the service, for example in delivering training or shaping policies?' }, limit: { kind: 'words', value: 400 }, memory });
    expect(first.responseText).toContain('Mental Capacity Act refresher');
    const between = await composeSection({ figures, question: { text: 'How do you make sure new and existing staff have the skills to run accessible, person-led review meetings?' }, limit: { kind: 'words', value: 300 }, memory });
    expect(between.responseText).toContain('Mental Capacity Act refresher');
    const second = await composeSection({ figures, question: { text: 'What training do your staff receive on the Mental Capacity Act and working with advocates? How do you check it is applied in practice?' }, limit: { kind: 'words', value: 400 }, memory });
    expect(second.responseText).toContain('Mental Capacity Act refresher');
    expect(second.plan?.parts?.[0]?.answeredBy).toBe('library');
  });

  it('knows an entry was written before when an earlier sentence quotes its words, said as the standard worked to', () => {
    const refresher = refresherEntry('Every support worker completes a yearly Mental Capacity Act refresher.');
    const standard = normaliseSentence('Our standard is that every support worker completes a yearly Mental Capacity Act refresher; on 30 September 2026 it held for 41 of 45 support workers.');
    expect(writtenBefore(refresher, new Set([standard]))).toBe(true);
    expect(writtenBefore(refresher, new Set([normaliseSentence('Every support worker completes a first-aid course.')]))).toBe(false);
  });

  it('does not quote again an entry an earlier answer of the bid quoted where its topic is not what the question is about', async () => {
    const refresher = refresherEntry();
    const figures = figuresWith([refresher]);
    const memory = emptyBidMemory();
    const first = await composeSection({ figures, question: { text: 'What training do your staff receive on the Mental Capacity Act?' }, limit: { kind: 'words', value: 300 }, memory });
    expect(first.responseText).toContain('Mental Capacity Act refresher');
    // About advocacy first, training after: the entry was said in the answer about training.
    const later = await composeSection({ figures, question: { text: 'How do you involve independent advocates in reviews and best-interests decisions, and what training do staff have?' }, limit: { kind: 'words', value: 400 }, memory });
    expect(later.responseText).not.toContain('Mental Capacity Act refresher');
  });

  it('proposes nothing where the library or an earlier answer of the bid says something on the topic', async () => {
    const recruiting = { text: 'How do you involve the people you support in recruiting staff?' };
    const panel = entry('P3', 'recruitment', 'A person who uses the service sits on each interview panel.', { cadence: 'when-triggered', cadenceText: 'for each vacancy', source: 'the recruitment file' });
    const withEntry = await composeSection({ figures: figuresWith([panel]), question: recruiting, limit: { kind: 'words', value: 300 } });
    expect(withEntry.responseText).not.toMatch(/do not yet show/);
    expect(withEntry.notes.join('\n')).not.toMatch(/Proposed commitment/);
    // The second answer of a bid on the same subject does not contradict the first with "our records do not show".
    const memory = emptyBidMemory();
    const figures = figuresWith([panel]);
    await composeSection({ figures, question: recruiting, limit: { kind: 'words', value: 300 }, memory });
    const second = await composeSection({ figures, question: { text: 'Explain how people help to recruit the staff who support them.' }, limit: { kind: 'words', value: 300 }, memory });
    expect(second.responseText).not.toMatch(/do not yet show/);
  });

  it('answers "where this is not yet in place" with the services that do not do it yet, who will start it there and when', async () => {
    const { panel, figures } = panelAtOneOfThreeServices();
    const question = { text: 'How are people who use your services involved in recruiting the staff who support them? Where this is not yet in place in every service, explain your plans and timescales for extending it.' };
    const section = await composeSection({ figures, question, limit: { kind: 'words', value: 300 } });
    expect(section.responseText).toContain('sits on each interview panel');
    expect(section.responseText).toMatch(/Westbrook home care and Northgate day service do not do this yet: from Q4 2026 the Registered Manager of each will invite people who use the service to sit on interview panels/);
    expect(section.responseText).toMatch(/We will report how many interview panels included a person who uses the service at every service in April 2027\./);
    expect(section.plan?.parts?.map((part) => part.answeredBy)).toEqual(['library', 'commitment']);
    expect(section.notes.join('\n')).toMatch(/Proposed commitment: the practice library shows this at some services only/);
    // Where every service does it, there is nothing to propose.
    const everywhere = { ...figures, declaredPractices: figures.services.map((service, index) => ({ ...panel, id: `P${10 + index}`, serviceRef: service.ref, place: service.name })) };
    const all = await composeSection({ figures: everywhere, question, limit: { kind: 'words', value: 300 } });
    expect(all.responseText).not.toMatch(/do not do this yet/);
    expect(all.notes.join('\n')).not.toMatch(/Proposed commitment/);
  });

  it('answers "one measurable commitment for the first year" with the services that do not do it yet, briefly in a tight limit', async () => {
    const { figures } = panelAtOneOfThreeServices();
    const question = { text: 'Set out how people who use your services help recruit their staff, and identify one measurable commitment you will deliver in the first year of the contract.' };
    const section = await composeSection({ figures, question, limit: { kind: 'words', value: 120 } });
    expect(section.plan?.parts?.map((part) => part.text)).toEqual(['Set out how people who use your services help recruit their staff', 'identify one measurable commitment you will deliver in the first year of the contract']);
    expect(section.responseText).toContain('sits on each interview panel');
    expect(section.responseText).toMatch(/From Q4 2026, the Registered Managers at Westbrook home care and Northgate day service will put the same in place, and we will report how many interview panels included a person who uses the service in April 2027\./);
    expect(section.plan?.parts?.map((part) => part.answeredBy)).toEqual(['library', 'commitment']);
  });

  it('keeps entries of different topics apart in one answer', async () => {
    const training = entry('P3', 'training', 'Every new worker shadows two reviews and then runs one with a senior watching before leading reviews alone.', {
      owner: 'the training lead',
      ownerRole: 'training-lead',
      cadence: 'at-induction',
      cadenceText: 'at induction',
      source: 'the induction sign-off sheets',
    });
    const section = await composeSection({
      figures: figuresWith([asked, training]),
      question: { text: "How are staff trained to support carers, and how do you support unpaid carers' wellbeing?" },
      limit: { kind: 'words', value: 400 },
    });
    expect(section.responseText).toMatch(/Every new worker shadows two reviews/i);
    expect(section.responseText).toMatch(/Key workers ask each family member/i);
  });
});
