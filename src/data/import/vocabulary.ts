/** Accepted values of the coded columns (README "Data formats" lists them for users). */
export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export const SERVICE_TYPES = ['domiciliary-care', 'supported-living', 'learning-disability', 'mental-health', 'residential', 'other'] as const;
export const ACCESSIBLE_FORMATS = ['none', 'easy-read', 'audio', 'bsl', 'large-print', 'translation', 'pictorial'] as const;
export const AGENDA_FORMATS = ['standard', ...ACCESSIBLE_FORMATS.filter((format) => format !== 'none')] as const;
export const REVIEW_TYPES = ['goal-setting', 'mini-review', 'deep-dive', 'complex', 'debrief'] as const;
export const CHAIR_ROLES = ['key-worker', 'rm', 'ni', 'person', 'other'] as const;
export const PARTICIPANT_ROLES = ['person', 'family', 'friend', 'advocate', 'key-worker', 'rm', 'ni', 'professional', 'other'] as const;
export const ADVOCATE_TYPES = ['imca', 'care-act', 'rpr', 'imha', 'other'] as const;
export const PARTICIPATION_MODES = ['in-person', 'remote', 'async'] as const;
export const ACTION_OWNERS = ['key-worker', 'rm', 'ni', 'person', 'family', 'advocate', 'other'] as const;
export const REFERRAL_TRIGGERS = [
  'serious-medical-treatment',
  'accommodation-change',
  'no-appropriate-person',
  'dols-lps',
  'safeguarding',
  'care-act-assessment',
  'best-interests',
  'mental-health-act',
  'other',
] as const;
export const DISAGREEMENT_TOPICS = ['support-plan', 'medication', 'finances', 'contact', 'risk', 'accommodation', 'other'] as const;
export const ESCALATION_LEVELS = ['key-worker', 'rm', 'ni'] as const;
/** What an advocate's involvement led to, as the referral log records it. */
export const ADVOCACY_OUTCOMES = ['decision-changed', 'plan-changed', 'wishes-recorded', 'decision-challenged', 'no-change', 'other'] as const;
/** How a disagreement ended, as the log records it. */
export const DISAGREEMENT_OUTCOMES = ['plan-changed', 'part-agreed', 'agreed-after-explanation', 'not-upheld', 'other'] as const;
export const RESPONDENT_ROLES = ['person', 'family', 'friend', 'advocate', 'professional'] as const;
export const FEEDBACK_KINDS = ['compliment', 'concern', 'comment', 'survey'] as const;
export const RAISED_BY_ROLES = ['person', 'family', 'friend', 'advocate', 'staff', 'professional'] as const;
export const VERIFIER_ROLES = ['rm', 'ni', 'key-worker', 'other'] as const;
export const ENABLEMENT_DOMAINS = ['community-access', 'daily-living', 'communication', 'health', 'work-learning', 'relationships', 'other'] as const;
export const ENABLEMENT_UNITS = ['ratio', 'count', 'per-week', 'minutes', 'score', 'weeks', 'months'] as const;
export const SAMPLER_ROLES = ['ni', 'rm', 'other'] as const;
export const PRACTICE_TOPICS = [
  'person-led-planning',
  'family-friends',
  'carers',
  'advocacy',
  'accessibility',
  'meetings',
  'summaries',
  'disagreements',
  'complaints',
  'consent-capacity',
  'feedback',
  'outcomes',
  'governance',
  'safeguarding',
  'information-sharing',
  'training',
  'recruitment',
  'co-production',
  'review-triggers',
  'workload',
] as const;
export const OWNER_ROLES = ['rm', 'ni', 'key-worker', 'team-leader', 'quality-lead', 'training-lead', 'other'] as const;
export const PRACTICE_CADENCES = ['each-review', 'weekly', 'monthly', 'quarterly', 'six-monthly', 'annually', 'at-induction', 'at-referral', 'when-triggered', 'ongoing'] as const;
