/** Shapes of the bid routes, read from the generated API types so they cannot drift. */
import type { Client } from 'openapi-fetch';
import type { paths } from '../../api-schema.js';

type Json<Op> = Op extends { responses: infer R } ? (R extends { 200: { content: { 'application/json': infer B } } } ? B : R extends { 201: { content: { 'application/json': infer B } } } ? B : never) : never;
type Body<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Bid = Json<paths['/v1/bids/{bidId}']['get']>;
export type BidQuestion = Bid['questions'][number];
export type QuestionStatus = BidQuestion['status'];
export type BidListItem = Json<paths['/v1/bids']['get']>['bids'][number];
export type CreateBidBody = Body<paths['/v1/bids']['post']>;
export type TypedQuestion = NonNullable<CreateBidBody['questions']>[number];
export type TenderLimit = NonNullable<TypedQuestion['limit']>;
export type AnswerHistory = Json<paths['/v1/bids/{bidId}/questions/{questionId}/history']['get']>;
export type TenderPack = Json<paths['/v1/tender-packs']['post']>;
export type PortalText = Json<paths['/v1/bids/{bidId}/portal-text']['get']>;
export type ConsistencyReport = Json<paths['/v1/bids/{bidId}/consistency']['get']>;

export const STATUS_LABELS: Readonly<Record<QuestionStatus, string>> = {
  'not-started': 'Not started',
  drafted: 'Drafted',
  'in-review': 'In review',
  returned: 'Returned',
  approved: 'Approved',
};

export const STATUS_BADGES: Readonly<Record<QuestionStatus, string>> = {
  'not-started': 'badge',
  drafted: 'badge badge-info',
  'in-review': 'badge badge-warning',
  returned: 'badge badge-error',
  approved: 'badge badge-ok',
};

export const LIMIT_UNITS: Readonly<Record<TenderLimit['kind'], string>> = {
  words: 'words',
  characters: 'characters',
  'characters-no-spaces': 'characters without spaces',
  pages: 'pages of A4',
};

export function limitText(limit: TenderLimit | null | undefined): string {
  return limit ? `${limit.value.toLocaleString('en-GB')} ${LIMIT_UNITS[limit.kind]}` : 'no limit given';
}

export function dayText(day: string | null): string {
  return day ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : '';
}

export function dateTimeText(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The name the server gave a download: the UTF-8 `filename*` when present, else `filename`. */
export function downloadFileName(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/iu.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name falls back to the plain one.
    }
  }
  return /filename="([^"]+)"/u.exec(disposition)?.[1] ?? fallback;
}

/** The bid page's address for a bid. */
export function bidPath(id: string): string {
  return `/bid?id=${encodeURIComponent(id)}`;
}

export type BidApi = Client<paths>;
export type Role = Json<paths['/v1/users']['get']>['users'][number]['role'];

/** A failed call in words: the API's problem detail (RFC 9457), with its status and title kept. */
export class BidApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  constructor(status: number, title: string, detail: string) {
    super(detail);
    this.name = 'BidApiProblem';
    this.status = status;
    this.title = title;
  }
}

/** The body of a successful call, or its problem thrown, so an action is one try/catch. */
export async function answerOf<Data>(pending: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<NonNullable<Data>> {
  const outcome = await pending;
  if (outcome.response.ok && outcome.error === undefined && outcome.data !== undefined) return outcome.data as NonNullable<Data>;
  const problem = (outcome.error ?? {}) as { title?: unknown; detail?: unknown };
  const title = typeof problem.title === 'string' ? problem.title : `The server answered ${outcome.response.status}`;
  const detail = typeof problem.detail === 'string' ? problem.detail : 'The request failed; try again in a moment.';
  throw new BidApiProblem(outcome.response.status, title, detail);
}
