/**
 * A failed API call as the page handles it: the RFC 9457 problem the server answered (or one made
 * up from the status when a proxy answered with something else). Both the generated client
 * (api-fetch.ts) and the older hand-written one throw this class, so a screen tells problems apart
 * from bugs with one `instanceof`.
 */
/** A problem of any status and type (the API's problem+json), with the fields the page reads typed. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string | undefined;
  requestId?: string | undefined;
  /** Field paths of a validation error. */
  errors?: { location: string; message: string; path: string; pointer?: string | undefined }[] | undefined;
  [extension: string]: unknown;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.problem = problem;
  }
}

/** The problem behind a failed response, from its already-read body (parsed JSON or raw text). */
export function problemFromBody(response: Response, body: unknown): ApiProblem {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const fields = body as Partial<Problem>;
    return new ApiProblem({
      ...fields,
      type: fields.type ?? 'about:blank',
      title: fields.title ?? response.statusText,
      status: fields.status ?? response.status,
      detail: fields.detail ?? fields.title ?? `The server answered ${response.status}.`,
    });
  }
  return new ApiProblem({
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status} ${response.statusText}.`,
  });
}
