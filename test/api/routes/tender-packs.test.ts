/** POST /v1/tender-packs: upload a buyer's pack, get its questions back. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, setUpApi, type ApiFixture } from '../api-fixture.js';

const PACKS = new URL('../../../fixtures/tender-packs/', import.meta.url);
let fx: ApiFixture;

beforeAll(async () => {
  fx = await setUpApi('pglite');
}, 60_000);
afterAll(async () => {
  await fx?.close();
});

function multipart(name: string, content: Buffer, fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----assured-test-boundary';
  const parts: Uint8Array[] = Object.entries(fields).map(([field, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('POST /v1/tender-packs', () => {
  it('reads an uploaded workbook into its questions', async () => {
    const { payload, headers } = multipart('merged-headers-pack.xlsx', await readFile(new URL('merged-headers-pack.xlsx', PACKS)), { period: '2026-Q2' });
    const response = await fx.app.inject({ method: 'POST', url: '/v1/tender-packs', payload, headers: { ...headers, ...bearer(fx.a.key) } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.format).toBe('xlsx');
    expect(body.questions.map((question: { number: string; limit: unknown }) => [question.number, question.limit])).toEqual([
      ['1', { kind: 'words', value: 250 }],
      ['2', { kind: 'characters', value: 2500 }],
      ['3', { kind: 'pages', value: 2 }],
      ['4', { kind: 'characters-no-spaces', value: 1200 }],
    ]);
  });

  it('reads a Word pack sent as JSON in base64', async () => {
    const content = (await readFile(new URL('numbered-list-pack.docx', PACKS))).toString('base64');
    const response = await fx.app.inject({ method: 'POST', url: '/v1/tender-packs', payload: { name: 'numbered-list-pack.docx', content }, headers: bearer(fx.a.key) });
    expect(response.statusCode).toBe(200);
    expect(response.json().questions.map((question: { number: string }) => question.number)).toEqual(['1', '2', '3']);
  });

  it('answers 400 problem+json naming the file when it is not a tender pack', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/tender-packs', payload: { name: 'pack.docx', content: Buffer.from('plain words').toString('base64') }, headers: bearer(fx.a.key) });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().detail).toMatch(/^pack\.docx: is not a Word document \(\.docx\)/);
  });

  it('needs an API key', async () => {
    const response = await fx.app.inject({ method: 'POST', url: '/v1/tender-packs', payload: { name: 'a.docx', content: 'AA==' } });
    expect(response.statusCode).toBe(401);
  });
});
