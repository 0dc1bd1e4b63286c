/**
 * The words providers' systems and spreadsheets use for Assured's columns, per column name.
 * A header equal to one of these (after normalising: lower case, punctuation and bracketed
 * hints such as "(Y/N)" dropped) is a confident match; anything else is only compared by
 * similarity. `*` applies to every record type; a type's own entry comes first.
 */
import type { RecordTypeName } from '../record-types/index.js';

export type HeaderSynonyms = Readonly<Record<string, readonly string[]>>;

const COMMON: HeaderSynonyms = {
  person_id: ['service user ref', 'service user reference', 'service user id', 'client id', 'client ref', 'client reference', 'person ref', 'person reference', 'resident id', 'customer id', 'su ref', 'person'],
  service_id: ['service ref', 'service reference', 'service code', 'location id', 'location ref', 'scheme id', 'service'],
  review_id: ['review ref', 'review reference', 'review', 'meeting id', 'meeting ref'],
};

export const HEADER_SYNONYMS: Readonly<Partial<Record<RecordTypeName | '*', HeaderSynonyms>>> = {
  '*': COMMON,
  services: {
    id: ['service id', 'service ref', 'service reference', 'service code', 'location id'],
    name: ['service name', 'location name', 'scheme name'],
    locality: ['area', 'town', 'locality', 'location', 'patch'],
    service_type: ['service type', 'type of service', 'care type'],
  },
  people: {
    id: ['service user ref', 'service user id', 'client id', 'client ref', 'person ref', 'resident id'],
    accessible_format: ['communication format', 'preferred format', 'accessible information format', 'communication needs', 'format'],
    started_on: ['start date', 'admission date', 'date started', 'service start date', 'package start'],
    ended_on: ['end date', 'discharge date', 'date ended', 'service end date', 'date left'],
  },
  reviews: {
    id: ['review id', 'review ref', 'review reference', 'meeting id', 'meeting ref', 'review no'],
    type: ['review type', 'type of review', 'meeting type'],
    held_on: ['date of review', 'review date', 'meeting date', 'date of meeting', 'date held', 'held on'],
    duration_minutes: ['duration', 'duration mins', 'length mins', 'minutes', 'meeting length'],
    chair_role: ['chaired by', 'chair', 'chair role'],
    agenda_sent_on: ['agenda sent', 'agenda sent date', 'date agenda sent', 'invite sent'],
    agenda_format: ['agenda format', 'format of agenda', 'invite format'],
    accessible_format_used: ['accessible format used', 'accessible format', 'format used'],
    summary_sent_on: ['summary sent', 'summary sent date', 'date summary sent', 'minutes sent', 'date minutes sent', 'outcome letter sent'],
  },
  participants: {
    id: ['participant id', 'attendee id', 'attendance id', 'attendance ref'],
    role: ['attendee role', 'relationship', 'participant role', 'attendee type', 'who'],
    advocate_type: ['advocate type', 'type of advocate'],
    mode: ['attendance', 'attendance mode', 'how attended', 'took part'],
  },
  actions: {
    id: ['action id', 'action ref', 'action reference', 'task id'],
    owner_role: ['assignee role', 'owner', 'owner role', 'assigned to', 'responsible', 'action owner'],
    due_on: ['due date', 'due', 'target date', 'deadline', 'date due'],
    closed_on: ['closed date', 'date closed', 'completed date', 'date completed', 'completed on', 'closed'],
  },
  'advocate-referrals': {
    id: ['referral id', 'referral ref'],
    advocate_type: ['advocate type', 'type of advocacy'],
    trigger: ['referral reason', 'reason', 'trigger'],
    referred_at: ['referral date', 'date referred', 'referred'],
    advocate_involved_at: ['advocate involved', 'date advocate involved', 'first contact'],
    outcome: ['outcome', 'result', 'what changed', 'difference made'],
  },
  disagreements: {
    id: ['disagreement id', 'dispute id', 'complaint id'],
    logged_on: ['date logged', 'logged', 'date raised', 'raised on'],
    topic: ['subject', 'topic', 'about'],
    escalation_level: ['escalated to', 'escalation', 'level'],
    resolved_on: ['date resolved', 'resolved', 'resolution date'],
    outcome: ['outcome', 'result', 'how resolved', 'resolution'],
  },
  feedback: {
    id: ['feedback id', 'response id'],
    responded_on: ['date', 'response date', 'date received', 'received on'],
    respondent_role: ['respondent', 'from', 'who responded'],
    feel_involved: ['i feel involved', 'feel involved score', 'involvement score'],
    kind: ['feedback type', 'type'],
    comment: ['comments', 'feedback', 'text'],
  },
  changes: {
    id: ['change id', 'you said we did id'],
    raised_on: ['date raised', 'raised'],
    raised_by_role: ['raised by'],
    changed_on: ['date changed', 'change date', 'date implemented'],
    verified_on: ['date verified', 'verified'],
  },
  enablement: {
    id: ['outcome id', 'goal id'],
    measure: ['outcome measure', 'what is measured'],
    before_value: ['before', 'baseline'],
    after_value: ['after', 'current', 'now'],
    started_on: ['start date', 'date started'],
    consent_to_share: ['consent to share', 'consent', 'consented'],
    goal: ['what the person wanted', "person's goal", 'what they wanted', 'outcome wanted'],
    support: ['support given', 'what was done', 'support provided', 'how we supported', 'what we did'],
    agreed_with: ['plan agreed with', 'agreed by', 'who agreed', 'who agreed the plan'],
  },
  'governance-samples': {
    id: ['sample id', 'audit id'],
    sampled_on: ['date sampled', 'audit date', 'sample date'],
    cases_sampled: ['cases', 'number of cases', 'files audited', 'cases audited'],
    sampled_by_role: ['sampled by', 'auditor role', 'audited by'],
  },
  practices: {
    id: ['practice id', 'practice ref', 'library id'],
    topic: ['theme', 'area'],
    practice: ['what we do', 'description', 'statement'],
    owner_role: ['owner', 'owned by', 'lead', 'responsible', 'accountable'],
    cadence: ['frequency', 'how often'],
    in_place_since: ['since', 'in place since', 'start date', 'introduced', 'date introduced'],
    source: ['evidence', 'evidence source', 'where recorded', 'recorded in'],
    last_checked_on: ['last reviewed', 'last checked', 'date last checked', 'date reviewed', 'reviewed on'],
    checked_by: ['reviewed by', 'checked by', 'verified by'],
    measure_count: ['count', 'number'],
    measure_of: ['out of', 'total'],
    measure_as_of: ['count date', 'measured on', 'as of'],
  },
};
