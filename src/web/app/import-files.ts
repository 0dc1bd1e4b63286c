/**
 * Uploading involvement files through the generated client, in the shape the Data screen calls
 * today (`client.importFiles`). It stands in for the hand-written client until that screen calls
 * `api` itself.
 */
import { ApiProblem, must, type Api, type ResponseBody } from '../api-fetch.js';

export type ImportReport = ResponseBody<'/v1/imports', 'post'>;

export interface ImportRequest {
  files: { name: string; content: Blob }[];
  dryRun: boolean;
  skipInvalid: boolean;
}

export interface ImportClient {
  importFiles(request: ImportRequest): Promise<ImportReport>;
}

/**
 * A rejected import (422) still carries its full report; it is returned, not thrown, because
 * showing the rejected rows is the point of the Data screen.
 */
export async function importFiles(api: Api, request: ImportRequest): Promise<ImportReport> {
  const form = new FormData();
  for (const file of request.files) form.append('files', file.content, file.name);
  try {
    const answer: unknown = await must(
      api.POST('/v1/imports', {
        params: { query: { dryRun: request.dryRun, skipInvalid: request.skipInvalid } },
        // The schema's JSON body is the alternative form; the page sends the files as multipart.
        body: form as never,
        bodySerializer: (body) => body as unknown as FormData,
      }),
    );
    if (isReport(answer)) return answer;
    throw new Error('The server is importing these files in the background. Open the Data screen again in a minute to see the result.');
  } catch (error) {
    const report = error instanceof ApiProblem ? (error.problem as { report?: ImportReport }).report : undefined;
    if (report) return report;
    throw error;
  }
}

function isReport(answer: unknown): answer is ImportReport {
  return typeof answer === 'object' && answer !== null && Array.isArray((answer as { files?: unknown }).files);
}

export function importClient(api: Api): ImportClient {
  return { importFiles: (request) => importFiles(api, request) };
}
