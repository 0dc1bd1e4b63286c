/**
 * The page's typed API client: openapi-fetch over the types generated from the OpenAPI document
 * (api-schema.ts), so a request or response the API does not document fails to compile.
 */
import createClient from 'openapi-fetch';
import type { paths } from './api-schema.js';

export type ApiPaths = paths;

export function createApiClient(options: { baseUrl?: string; headers?: Record<string, string> } = {}) {
  return createClient<paths>({ baseUrl: options.baseUrl ?? '', ...(options.headers ? { headers: options.headers } : {}) });
}
