/**
 * Robustness: 2,400 generated malformed requests (wrong types, missing fields, huge strings, bad
 * encodings, malformed multipart, path traversal in file names and ids, odd headers) from a
 * seeded generator. None may answer 5xx, and every failure must be problem+json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { PROBLEM_TYPE_BASE } from '../../src/api/problems.js';
import { DATABASE_KINDS } from '../support/test-database.js';
import { bearer, multipartBody, setUpApi, type ApiFixture } from './api-fixture.js';

const REQUESTS = 2_400;
const SEED = 20_260_701;

/** mulberry32: small, fast, deterministic. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const NASTY_STRINGS = [
  '',
  ' ',
  '../../etc/passwd',
  '..\\..\\windows\\system32\\config',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '\u0000',
  'reviews.csv\u0000.exe',
  '\ud800',
  '😀'.repeat(50),
  '<script>alert(1)</script>',
  "'; DROP TABLE review; --",
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  '2026-Q5',
  '9999-99-99..0000-00-00',
  'FY2025-99',
  'NaN',
  '-1',
  '1e309',
  'null',
];

function randomString(random: Random): string {
  switch (random.int(5)) {
    case 0:
      return random.pick(NASTY_STRINGS);
    case 1:
      return 'x'.repeat(random.pick([1, 100, 5_001, 70_000]));
    case 2:
      return Array.from({ length: random.int(40) }, () => String.fromCharCode(random.int(0xffff))).join('');
    case 3:
      return `${random.pick(['2026-Q2', '2026-05', 'FY2025-26'])}${random.pick(['', ' ', '/', '\n'])}`;
    default:
      return String(random.int(1_000_000));
  }
}

function randomValue(random: Random, depth = 0): unknown {
  switch (random.int(depth > 2 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.pick([0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308]);
    case 3:
    case 4:
      return randomString(random);
    case 5:
      return undefined;
    case 6:
      return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
    case 7:
      return { [random.pick(['text', 'period', 'files', '__proto__', 'constructor', 'limit'])]: randomValue(random, depth + 1) };
    default:
      return { text: randomValue(random, depth + 1), period: randomValue(random, depth + 1) };
  }
}

/** A body that is right in places and wrong in others, for each JSON endpoint. */
function jsonBody(random: Random, url: string): unknown {
  const maybe = (value: unknown) => (random.next() < 0.5 ? value : randomValue(random));
  const omit = (body: Record<string, unknown>) => {
    const keys = Object.keys(body);
    if (keys.length > 0 && random.next() < 0.5) delete body[random.pick(keys)];
    return body;
  };
  switch (url) {
    case '/v1/checks':
      return omit({ text: maybe('We involve families.'), wordLimit: maybe(250), charLimit: maybe(undefined), period: maybe(undefined) });
    case '/v1/validations':
      return omit({ text: maybe('96% of summaries on time.'), period: maybe('2026-Q2'), pack: maybe({ figures: [randomValue(random)] }) });
    case '/v1/sections':
      return omit({ question: maybe(randomValue(random)), period: maybe(randomString(random)), limit: maybe({ kind: randomValue(random), value: randomValue(random) }), drafter: maybe('llm'), services: maybe([randomValue(random)]) });
    default:
      return omit({
        files: maybe([{ name: maybe(random.pick(NASTY_STRINGS)), content: maybe(randomString(random)), encoding: maybe('base64') }]),
        dryRun: maybe(true),
        skipInvalid: maybe('yes'),
      });
  }
}

/** encodeURIComponent throws on lone surrogates; a URL can only carry well-formed text. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

const CSV = 'id,person_id,type,held_on\nR-1,P-001,mini-review,01/05/2026\n';

function multipartCase(random: Random, key: string): InjectOptions {
  const filename = random.next() < 0.7 ? random.pick(NASTY_STRINGS) : random.pick(['reviews.csv', 'people.xlsx', 'a.json', 'x']);
  const query = '?dryRun=true';
  switch (random.int(7)) {
    case 0: {
      // path traversal (and other nasty names) in the file name
      const { payload, headers } = multipartBody([{ name: 'file', filename, content: random.next() < 0.5 ? CSV : randomString(random) }]);
      return { method: 'POST', url: `/v1/imports${query}`, headers: { ...headers, ...bearer(key) }, payload };
    }
    case 1: {
      // truncated body: cut anywhere
      const { payload, headers } = multipartBody([{ name: 'file', filename, content: CSV }]);
      return { method: 'POST', url: `/v1/imports${query}`, headers: { ...headers, ...bearer(key) }, payload: payload.subarray(0, random.int(payload.length)) };
    }
    case 2: {
      // wrong or missing boundary
      const { payload } = multipartBody([{ name: 'file', filename, content: CSV }]);
      const contentType = random.pick(['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=other', 'multipart/mixed; boundary=assuredTestBoundary']);
      return { method: 'POST', url: `/v1/imports${query}`, headers: { 'content-type': contentType, ...bearer(key) }, payload };
    }
    case 3: {
      // unexpected and malformed fields
      const { payload, headers } = multipartBody([
        { name: random.pick(['dryRun', 'skipInvalid', 'organisation', '../x', '']), content: randomString(random).slice(0, 2_000) },
        { name: 'file', filename: 'reviews.csv', content: CSV },
      ]);
      return { method: 'POST', url: '/v1/imports', headers: { ...headers, ...bearer(key) }, payload };
    }
    case 4: {
      // too many files
      const parts = Array.from({ length: 25 }, (_, index) => ({ name: 'file', filename: `f${index}.csv`, content: 'a,b\n1,2\n' }));
      const { payload, headers } = multipartBody(parts);
      return { method: 'POST', url: `/v1/imports${query}`, headers: { ...headers, ...bearer(key) }, payload };
    }
    case 5: {
      // binary garbage as a file
      const bytes = Buffer.from(Array.from({ length: random.int(3_000) }, () => random.int(256)));
      const { payload, headers } = multipartBody([{ name: 'file', filename: random.pick(['reviews.csv', 'people.xlsx', 'enablement.json']), content: bytes }]);
      return { method: 'POST', url: `/v1/imports${query}`, headers: { ...headers, ...bearer(key) }, payload };
    }
    default: {
      // no file part at all, or a header without the blank line
      const payload = Buffer.from(random.pick(['--assuredTestBoundary--\r\n', '--assuredTestBoundary\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n', 'not multipart at all']));
      return { method: 'POST', url: `/v1/imports${query}`, headers: { 'content-type': 'multipart/form-data; boundary=assuredTestBoundary', ...bearer(key) }, payload };
    }
  }
}

function randomRequest(random: Random, keys: { valid: string; other: string }): InjectOptions {
  const key = random.next() < 0.85 ? keys.valid : random.pick([keys.other, 'asd_' + 'x'.repeat(43), 'garbage', '']);
  const auth = key === '' ? {} : bearer(key);
  const kind = random.int(10);
  if (kind <= 2) {
    // JSON endpoints with wrong types and missing fields
    const url = random.pick(['/v1/checks', '/v1/validations', '/v1/sections', '/v1/imports']);
    return { method: 'POST', url, headers: { 'content-type': 'application/json', ...auth }, payload: JSON.stringify(jsonBody(random, url)) ?? '' };
  }
  if (kind === 3) {
    // bad encodings and bodies that are not JSON
    const url = random.pick(['/v1/checks', '/v1/validations', '/v1/imports', '/v1/sections']);
    const payload = random.pick([
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
      Buffer.from('{"text": "unterminated'),
      Buffer.from('\ufeff{"text":"bom"}'),
      Buffer.from('{"text":"a"}{"text":"b"}'),
      Buffer.from('[]'),
      Buffer.from('"just a string"'),
      Buffer.from('{"__proto__":{"polluted":true},"text":"x"}'),
      Buffer.from('<xml/>'),
      Buffer.alloc(0),
    ]);
    const contentType = random.pick(['application/json', 'application/json; charset=latin1', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16']);
    return { method: 'POST', url, headers: { 'content-type': contentType, ...auth }, payload };
  }
  if (kind === 4) {
    // huge strings
    const size = random.pick([5_001, 50_000, 200_000]);
    const url = random.pick(['/v1/checks', '/v1/validations']);
    return { method: 'POST', url, headers: { 'content-type': 'application/json', ...auth }, payload: JSON.stringify({ text: 'vague '.repeat(size / 6), period: '2026-Q2' }) };
  }
  if (kind <= 6) return multipartCase(random, key);
  if (kind === 7) {
    // query strings
    const path = random.pick(['/v1/figures', '/v1/score', '/v1/exports']);
    const query = random.pick([
      `period=${encode(randomString(random).slice(0, 300))}`,
      `period=2026-Q2&service=${encode(random.pick(NASTY_STRINGS))}`,
      `period=2026-Q2&cases=${encode(randomString(random).slice(0, 20))}`,
      'period=%E0%A4%A',
      'period[]=2026-Q2&period[]=2026-Q1',
      `period=2026-Q2&${'service=x&'.repeat(60)}`,
      `sectionId=${encode(random.pick(NASTY_STRINGS))}&limit=${random.pick(['0', '-5', 'abc', '100000'])}`,
      '',
    ]);
    return { method: 'GET', url: `${path}?${query}`, headers: auth };
  }
  if (kind === 8) {
    // path parameters: traversal, junk, long ids
    const id = random.pick(['..%2F..%2Fetc%2Fpasswd', '../../../etc/passwd', '%00', 'x'.repeat(random.pick([10, 250, 5_000])), "1' OR '1'='1", '00000000-0000-0000-0000-000000000000', '%ZZ']);
    const suffix = random.pick(['', '/document.docx', '/document.md', '/document.pdf', '/../../exports']);
    return { method: 'GET', url: `/v1/sections/${id}${suffix}${random.next() < 0.3 ? '?allowUnverified=' + encode(randomString(random).slice(0, 600)) : ''}`, headers: auth };
  }
  // odd methods and headers
  return {
    method: random.pick(['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'GET'] as const),
    url: random.pick(['/v1/checks', '/v1/imports', '/v1/sections', '/v1/', '/v1', '/ready', '/docs/../v1/figures']),
    headers: { authorization: random.pick([`Bearer ${keys.valid}`, `bearer  ${keys.valid}`, 'Bearer ' + 'a'.repeat(10_000), 'Bearer \u00ff\u00fe']), 'content-type': 'application/json' },
    ...(random.next() < 0.5 ? { payload: '{}' } : {}),
  };
}

describe.each(DATABASE_KINDS)('fuzzing the API on %s', (kind) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await setUpApi(kind, { maxTextCharacters: 5_000, bodyBytes: 64 * 1024, uploadBytes: 64 * 1024, rateLimitMax: 1_000_000 });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it(`answers ${REQUESTS} malformed requests without a 5xx, always with problem+json on failure`, async () => {
    const random = generator(SEED);
    const statuses = new Map<number, number>();
    const batchesBefore = await fx.db.prisma.importBatch.count();
    for (let index = 0; index < REQUESTS; index += 1) {
      const request = randomRequest(random, { valid: fx.a.key, other: fx.b.key });
      const response = await fx.app.inject(request);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const label = `request ${index}: ${request.method} ${String(request.url).slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
      expect(response.statusCode, label).toBeLessThan(500);
      if (response.statusCode >= 400) {
        expect(String(response.headers['content-type']), label).toMatch(/^application\/problem\+json/);
        const body = response.json();
        expect(body.type, label).toMatch(new RegExp(`^${PROBLEM_TYPE_BASE}[a-z-]+$`));
        expect(body.status, label).toBe(response.statusCode);
        expect(typeof body.title, label).toBe('string');
        expect(typeof body.detail, label).toBe('string');
      }
    }
    const failures = [...statuses.entries()].filter(([status]) => status >= 400).reduce((sum, [, count]) => sum + count, 0);
    // The generator aims to be wrong; a few requests are right by chance (a valid short draft).
    expect(failures / REQUESTS).toBeGreaterThan(0.8);
    // Every multipart upload was a dry run or malformed: nothing was written.
    expect(await fx.db.prisma.importBatch.count()).toBe(batchesBefore);
    console.info(`fuzz status counts: ${JSON.stringify(Object.fromEntries([...statuses.entries()].sort(([a], [b]) => a - b)))}`);
  }, 120_000);
});
