/** Success responses as the OpenAPI document shows them: a description and a media type. */
import type { z } from 'zod';

export const JSON_MEDIA_TYPE = 'application/json';

export function jsonResponse<Schema extends z.ZodType>(description: string, schema: Schema) {
  return { description, content: { [JSON_MEDIA_TYPE]: { schema } } } as const;
}
