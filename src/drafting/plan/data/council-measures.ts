/**
 * The measures a buyer would receive in a report on involvement, named by what they show, without
 * numbers of their own (a standard's number in a name would be read as a claim), in the order they
 * are offered. `asked` holds the words a question uses when its own list of measures names one
 * ("the number of people who had a review", "complaints and compliments"): those named come first.
 *
 * To extend: add a figure catalogue id with its name and the words that ask for it.
 */
export interface CouncilMeasure {
  id: string;
  name: string;
  /** Regular-expression source, matched case-insensitively on whole words. */
  asked: string;
}

export const COUNCIL_MEASURES: readonly CouncilMeasure[] = [
  { id: 'participation', name: 'how many reviews had family, friend or advocate input', asked: '(?:famil(?:y|ies)|friends?|advocates?|they)\\b[^.;]{0,40}\\b(?:took part|take part|taking part|attend\\w*|contribut\\w*|involved)|participation' },
  { id: 'cadence-monthly', name: 'how often each person has a review', asked: '(?:had|have|has|received) (?:a |their )?reviews?|reviewed\\b[^.;]{0,30}\\b(?:in|during|within) the (?:period|quarter)|(?:whose|with|of) (?:support |care )?plans? (?:was |were |is |are )?reviewed|review (?:rates?|frequency|timeliness)|reviews? (?:on time|when due)' },
  { id: 'summaries-on-time', name: 'how quickly summaries reach people', asked: 'summar(?:y|ies)|minutes|record of (?:the )?(?:review|meeting)' },
  { id: 'actions-on-time', name: 'agreed actions closed by their due date', asked: 'actions? (?:agreed|closed|completed|followed)|(?:agreed|review) actions?' },
  { id: 'advocate-response', name: 'how quickly an advocate is involved after a referral', asked: 'advoca\\w*\\b[^.;]{0,40}\\b(?:time|quickly|delays?|wait\\w*)|(?:time|quickly|delays?|wait\\w*)\\b[^.;]{0,40}\\badvoca\\w*' },
  { id: 'advocate-referrals', name: 'how many advocacy referrals of each type were made', asked: '(?:referrals?|prompted)\\b[^.;]{0,40}\\badvoca\\w*|advoca\\w*\\b[^.;]{0,20}\\breferrals?' },
  { id: 'feel-involved-agree', name: 'whether people say they feel involved', asked: 'surveys?|questionnaires?|feel(?:s)? involved|satisf\\w*' },
  { id: 'involvement-compliments', name: 'compliments received about feeling included', asked: 'compliments?' },
  { id: 'disputes-resolved', name: 'disagreements resolved within our standard', asked: 'disagree\\w*|disputes?|complaints?' },
  { id: 'changes-from-feedback', name: 'changes made from feedback and whether they held', asked: 'you said|changes? (?:made|you made)|what (?:has |you )?changed|act(?:ion)? on (?:what|it)' },
];

/** The measures in the order a report offers them: those the question names first, in its own order, then the rest. */
export function measuresFor(question: string): CouncilMeasure[] {
  // A title line ("Evidence and reporting: involvement, advocacy and complaints") names subjects, not the list.
  const body = question.replace(/^[^\n?]{1,100}\n\s*\n/, '');
  const at = (measure: CouncilMeasure) => new RegExp(`\\b(?:${measure.asked})\\b`, 'i').exec(body)?.index ?? Number.POSITIVE_INFINITY;
  return COUNCIL_MEASURES.map((measure, order) => ({ measure, order, at: at(measure) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ measure }) => measure);
}
