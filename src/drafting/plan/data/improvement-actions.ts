/**
 * What is done about a figure below its standard or threshold, and who owns it. An answer that
 * states a weak figure says this beside it, with the date it will be measured again, so the
 * weakness reads as managed rather than hidden. Written in the future tense: a commitment,
 * not a claim about what the records already show.
 *
 * Keyed by figure catalogue id; a figure without an entry gets the general action.
 */
export interface ImprovementAction {
  owner: string;
  action: string;
}

export const IMPROVEMENT_ACTIONS: Readonly<Record<string, ImprovementAction>> = {
  'advocate-response': { owner: 'The Registered Manager', action: 'will review every referral that missed the standard with the advocacy provider and the referring key worker' },
  'disputes-resolved': { owner: 'The Registered Manager', action: 'will review each disagreement still open after the standard and agree a date with the person' },
  'summaries-on-time': { owner: 'The Registered Manager', action: 'will check overdue summaries every week and reallocate writing when a key worker is away' },
  'summaries-within-10': { owner: 'The Registered Manager', action: 'will check overdue summaries every week' },
  'actions-on-time': { owner: 'Key workers', action: 'will review open actions at every mini-review, and the Registered Manager will chase those past their due date' },
  'agenda-notice': { owner: 'The Registered Manager', action: 'will check the meeting calendar each week so agendas go out in time' },
  'accessible-formats': { owner: 'Key workers', action: 'will confirm each person\'s format before every meeting, with the Registered Manager checking a sample each month' },
  // Reminding people of the ways to join, not offering them as new: the ways may already be there.
  participation: { owner: 'Key workers', action: 'will ask each person before every review who they want there and remind those people, with the agenda, that they can join by video or phone or send their views in writing' },
  'participation-family': { owner: 'Key workers', action: 'will contact each family member or friend the person has chosen a week before the review and agree how they will take part, in the room, by video or phone, or in writing' },
  'advocate-at-complex': { owner: 'The Registered Manager', action: 'will check before each complex review whether the person needs an advocate and make the referral' },
  'participation-advocate': { owner: 'The Registered Manager', action: 'will check at each complex review whether an advocate should be there' },
  cadence: { owner: 'The Registered Manager', action: 'will check at the start of each quarter that every person has their monthly reviews and a deep-dive booked' },
  'cadence-monthly': { owner: 'The Registered Manager', action: 'will check the review calendar each month and rebook any missed review for the following month' },
  'feel-involved': { owner: 'The Registered Manager', action: 'will ask people who score low what would help and act on it at their next review' },
  'feel-involved-agree': { owner: 'The Registered Manager', action: 'will ask people who do not agree what would help and act on it at their next review' },
  'changes-from-feedback': { owner: 'The Nominated Individual', action: 'will re-check each change made from feedback in the quarter after it is made' },
  'ni-sampling': { owner: 'The Nominated Individual', action: 'will book the sampling visits for the coming quarter at its start' },
};

export const GENERAL_ACTION: ImprovementAction = { owner: 'The Registered Manager', action: 'will review the cases behind this figure and agree what changes' };
