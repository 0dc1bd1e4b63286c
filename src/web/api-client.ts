/**
 * The web page's one door to the HTTP API (same origin): as a signed-in person (the HttpOnly
 * session cookie, with the session's CSRF token on every change) or with `Authorization: Bearer KEY`. Shapes are
 * the API's own zod-inferred types, imported as types only so no schema code reaches the bundle.
 * Failures arrive as RFC 9457 problem+json and are thrown as ApiProblem.
 */
import { ApiProblem } from './api-problem.js';
import type { InviteSummary, StoredSection, UserSummary } from '../access/access-schema.js';
import type { Role } from '../access/roles.js';
import type { Problem } from '../api/problems.js';
import type { CheckReport } from '../check/check-schema.js';
import type { ValidatedClaim } from '../claims/claims-schema.js';
import type { ImportReport } from '../data/import/import-schema.js';
import type { ResponseLimit } from '../section/section-schema.js';
import type { FiguresResult } from '../evidence/figures-schema.js';
import type { ScoreGrid } from '../evidence/score-self-assessment.js';

export type { CheckReport, FiguresResult, ImportReport, InviteSummary, ResponseLimit, Role, ScoreGrid, StoredSection, UserSummary };

/** What sign-in, invitation acceptance and GET /v1/session answer. */
export interface SignedIn {
  user: UserSummary;
  csrfToken: string;
  expiresAt: string;
}
/** The body of POST /v1/validations (src/api/routes/validations.ts). */
export interface ValidationResult {
  claims: ValidatedClaim[];
  ok: boolean;
}
export type ExportFormat = 'docx' | 'md';

/** One problem class for both clients, so a screen's `instanceof` holds whichever client threw. */
export { ApiProblem };

export interface CheckRequest {
  text: string;
  wordLimit?: number;
  charLimit?: number;
  period?: string;
  services?: string[];
}

export interface SectionRequest {
  question: string;
  period: string;
  services?: string[];
  limit?: ResponseLimit;
  drafter: 'template' | 'llm';
  existingDraft?: string;
}

export interface ImportRequest {
  files: { name: string; content: Blob }[];
  dryRun: boolean;
  skipInvalid: boolean;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Turns any failed response into a problem, even when a proxy answered with HTML. */
async function problemOf(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return new ApiProblem({
        type: body.type ?? 'about:blank',
        title: body.title ?? response.statusText,
        status: body.status ?? response.status,
        detail: body.detail ?? body.title ?? `The server answered ${response.status}.`,
        ...body,
      });
    } catch {
      // fall through to the generic problem below
    }
  }
  return new ApiProblem({ type: 'about:blank', title: response.statusText || 'Request failed', status: response.status, detail: `The server answered ${response.status} ${response.statusText}.` });
}

function queryOf(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, item);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

const JSON_ACCEPT = 'application/json, application/problem+json';

/** Calls that need nobody signed in yet: sign-in, accepting an invitation, asking who is signed in. */
export const sessions = {
  async signIn(email: string, password: string): Promise<SignedIn> {
    return sendPublic('/v1/session', { email, password });
  },
  async acceptInvite(token: string, name: string, password: string): Promise<SignedIn> {
    return sendPublic('/v1/invites/accept', { token, name, password });
  },
  /** The signed-in person, or null when this browser has no live session. */
  async current(): Promise<SignedIn | null> {
    const response = await fetch('/v1/session', { headers: { accept: JSON_ACCEPT }, credentials: 'same-origin' });
    if (!response.ok) throw await problemOf(response);
    const state = (await response.json()) as { signedIn: boolean } & Partial<SignedIn>;
    return state.signedIn && state.user && state.csrfToken && state.expiresAt ? { user: state.user, csrfToken: state.csrfToken, expiresAt: state.expiresAt } : null;
  },
};

async function sendPublic<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', accept: JSON_ACCEPT }, credentials: 'same-origin' });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export class ApiClient {
  readonly #key: string | undefined;
  readonly #csrfToken: string | undefined;
  readonly #fetch: Fetch;
  readonly #base: string;

  /** `key` for an API key; `csrfToken` for a signed-in person (the cookie travels by itself). */
  constructor(options: { key?: string; csrfToken?: string; base?: string; fetch?: Fetch }) {
    this.#key = options.key;
    this.#csrfToken = options.csrfToken;
    this.#base = options.base ?? '';
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async #send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#key) headers.set('authorization', `Bearer ${this.#key}`);
    else if (this.#csrfToken && !SAFE_METHODS.has((init.method ?? 'GET').toUpperCase())) headers.set('x-csrf-token', this.#csrfToken);
    if (!headers.has('accept')) headers.set('accept', JSON_ACCEPT);
    const response = await this.#fetch(`${this.#base}${path}`, { credentials: 'same-origin', ...init, headers });
    if (!response.ok) throw await problemOf(response);
    return response;
  }

  async #json<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.#send(path, init)).json()) as T;
  }

  #post<T>(path: string, body: unknown): Promise<T> {
    return this.#json<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  }

  /** Any authenticated call proves a key; the export list is the cheapest one. */
  async verifyKey(): Promise<void> {
    await this.#json('/v1/exports?limit=1');
  }

  /**
   * A rejected import (422) still carries its full report; it is returned, not thrown, because
   * showing the rejected rows is the point of the Data screen.
   */
  async importFiles(request: ImportRequest): Promise<ImportReport> {
    const form = new FormData();
    for (const file of request.files) form.append('files', file.content, file.name);
    const query = queryOf({ dryRun: String(request.dryRun), skipInvalid: String(request.skipInvalid) });
    try {
      return await this.#json<ImportReport>(`/v1/imports${query}`, { method: 'POST', body: form });
    } catch (error) {
      const report = error instanceof ApiProblem ? (error.problem as { report?: ImportReport }).report : undefined;
      if (report) return report;
      throw error;
    }
  }

  services(): Promise<{ services: { ref: string; name: string; locality: string }[] }> {
    return this.#json('/v1/services');
  }

  figures(period: string, services: string[] = []): Promise<FiguresResult> {
    return this.#json(`/v1/figures${queryOf({ period, service: services })}`);
  }

  score(period: string, services: string[] = []): Promise<ScoreGrid> {
    return this.#json(`/v1/score${queryOf({ period, service: services })}`);
  }

  check(request: CheckRequest): Promise<CheckReport> {
    return this.#post('/v1/checks', request);
  }

  validate(request: { text: string; period: string; services?: string[] }): Promise<ValidationResult> {
    return this.#post('/v1/validations', request);
  }

  buildSection(request: SectionRequest): Promise<StoredSection> {
    return this.#post('/v1/sections', request);
  }

  signOut(): Promise<{ signedOut: number }> {
    return this.#json('/v1/session', { method: 'DELETE' });
  }

  signOutEverywhere(): Promise<{ signedOut: number }> {
    return this.#json('/v1/sessions', { method: 'DELETE' });
  }

  users(): Promise<{ users: UserSummary[] }> {
    return this.#json('/v1/users');
  }

  invites(): Promise<{ invites: InviteSummary[] }> {
    return this.#json('/v1/invites');
  }

  invite(email: string, role: Role): Promise<{ invite: InviteSummary; link: string }> {
    return this.#post('/v1/invites', { email, role });
  }

  async downloadSection(id: string, format: ExportFormat): Promise<DownloadedFile> {
    const response = await this.#send(`/v1/sections/${encodeURIComponent(id)}/document.${format}`, { headers: { accept: '*/*' } });
    return { blob: await response.blob(), fileName: fileNameOf(response, `section-${id}.${format}`) };
  }
}
