/**
 * Responses checked against the API's own OpenAPI document: the status is documented for the
 * operation, the content type is one it lists, and a JSON body matches the schema. Used by the
 * API fixture on every injected request, and by the property-based pass.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type JsonSchema = Record<string, unknown>;
interface MediaType {
  schema?: JsonSchema;
  examples?: Record<string, { value: unknown }>;
}
interface ResponseObject {
  description: string;
  content?: Record<string, MediaType>;
}
export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema; description?: string }[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
}

export interface ObservedResponse {
  method: string;
  url: string;
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json$/;
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  private readonly compiled = new Map<JsonSchema, ValidateFunction>();
  private readonly templates: { template: string; pattern: RegExp; literal: number }[];

  constructor(readonly document: OpenApiDocument) {
    this.templates = Object.keys(document.paths).map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/]+?\}/g, '[^/]+')}$`),
      literal: template.replace(/\{[^/]+?\}/g, '').length,
    }));
  }

  /** The documented path template a concrete path falls under; literal paths win over templated ones. */
  templateOf(path: string): string | undefined {
    return this.templates.filter((entry) => entry.pattern.test(path)).sort((a, b) => b.literal - a.literal)[0]?.template;
  }

  validator(schema: JsonSchema): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(schema, validate);
    }
    return validate;
  }

  /** What is wrong with a response, or an empty list; undefined when no documented operation answered it. */
  check(response: ObservedResponse): string[] | undefined {
    const path = response.url.split('?')[0]!;
    const template = this.templateOf(path);
    const operation = template ? this.document.paths[template]?.[response.method.toLowerCase()] : undefined;
    if (!template || !operation) return undefined;
    const where = `${response.method} ${path.slice(0, 120)} → ${response.statusCode}`;
    const documented = operation.responses[String(response.statusCode)] ?? operation.responses[`${String(response.statusCode)[0]}XX`] ?? operation.responses.default;
    if (!documented) return [`${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
    if (!documented.content) return [];
    const contentType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
    const media = documented.content[contentType];
    if (!media) return [`${where}: content type "${contentType}" not documented (documented: ${Object.keys(documented.content).join(', ')})`];
    if (!media.schema || !JSON_MEDIA.test(contentType)) return [];
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return [`${where}: body is not JSON`];
    }
    const validate = this.validator(media.schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).slice(0, 5).map((error) => `${where}: ${error.instancePath || '(body)'} ${error.message} (${error.schemaPath})`);
  }
}
