/**
 * A real HTTP server on 127.0.0.1 (port 0) that speaks the Chat Completions API, scripted per
 * test with a queue of replies: a completion (with `usage`), an HTTP status, a delay (for
 * timeouts), a raw malformed body, a huge completion or one dripped a few bytes at a time.
 * Every request body is recorded for assertions.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedReply =
  /** A normal completion whose message content is `content`. */
  | { kind: 'completion'; content: string; usage?: { prompt_tokens: number; completion_tokens: number }; delayMs?: number }
  /** An error status with an OpenAI-style error body. */
  | { kind: 'status'; status: number; message?: string }
  /** A body sent as it is (malformed JSON, HTML …). */
  | { kind: 'raw'; body: string; status?: number; contentType?: string }
  /** Holds the request open for `ms` before answering with `then` (or never, if the client gives up first). */
  | { kind: 'delay'; ms: number; then?: ScriptedReply }
  /** A well-formed completion whose content is about `bytes` long, sent in 64 KiB writes as fast as the client reads. */
  | { kind: 'huge'; bytes: number }
  /** Headers at once, then `body` (default: a short completion) `bytesPerSecond` bytes at a time, once a second. */
  | { kind: 'drip'; bytesPerSecond: number; body?: string };

/** A reply, or a function of the parsed request body that returns one. */
export type Script = ScriptedReply | ((body: ChatRequestBody) => ScriptedReply);

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  url: string;
  raw: string;
  body: ChatRequestBody | undefined;
  headers: IncomingMessage['headers'];
}

export interface FakeChatServer {
  /** e.g. http://127.0.0.1:PORT/v1 — what OPENAI_BASE_URL would be. */
  baseURL: string;
  requests: RecordedRequest[];
  enqueue: (...replies: Script[]) => void;
  /** Replies still queued. */
  pending: () => number;
  close: () => Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

let completionCounter = 0;

function completionBody(content: string, model: string, usage = { prompt_tokens: 100, completion_tokens: 50 }): string {
  completionCounter += 1;
  return JSON.stringify({
    id: `chatcmpl-fake-${completionCounter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  });
}

/** Writes `chunks` one after another, waiting for the socket to drain; stops when the client goes away. */
function writeChunks(response: ServerResponse, chunks: Iterable<string>): void {
  const iterator = chunks[Symbol.iterator]();
  const next = () => {
    for (;;) {
      if (response.destroyed) return;
      const item = iterator.next();
      if (item.done) {
        response.end();
        return;
      }
      if (!response.write(item.value)) {
        response.once('drain', next);
        return;
      }
    }
  };
  next();
}

function* hugeCompletion(bytes: number, model: string): Generator<string> {
  const [head, tail] = completionBody('\u0000SPLIT\u0000', model).split('\\u0000SPLIT\\u0000') as [string, string];
  yield `${head}{\\"behaviour\\": \\"`;
  const piece = 'We involve people. '.repeat(3_450); // about 64 KiB
  for (let sent = 0; sent < bytes; sent += piece.length) yield piece;
  yield `\\", \\"ownersCadence\\": \\"x\\", \\"evidence\\": \\"x\\", \\"assurance\\": \\"x\\"}${tail}`;
}

function send(response: ServerResponse, reply: ScriptedReply, model: string): void {
  if (response.destroyed) return;
  switch (reply.kind) {
    case 'completion': {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(completionBody(reply.content, model, reply.usage));
      return;
    }
    case 'huge':
      response.writeHead(200, { 'content-type': 'application/json' });
      writeChunks(response, hugeCompletion(reply.bytes, model));
      return;
    case 'drip': {
      const body = reply.body ?? completionBody(JSON.stringify({ behaviour: 'a', ownersCadence: 'b', evidence: 'c', assurance: 'd' }), model);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      response.flushHeaders();
      let offset = 0;
      const timer = setInterval(() => {
        if (response.destroyed || offset >= body.length) {
          clearInterval(timer);
          if (!response.destroyed) response.end();
          return;
        }
        response.write(body.slice(offset, offset + reply.bytesPerSecond));
        offset += reply.bytesPerSecond;
      }, 1_000);
      timer.unref();
      response.on('close', () => clearInterval(timer));
      return;
    }
    case 'status':
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: reply.message ?? `scripted status ${reply.status}`, type: 'server_error', code: null } }));
      return;
    case 'raw':
      response.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json' });
      response.end(reply.body);
      return;
    case 'delay':
      setTimeout(() => {
        if (reply.then) send(response, reply.then, model);
      }, reply.ms).unref();
      return;
  }
}

export async function startFakeChatServer(): Promise<FakeChatServer> {
  const queue: Script[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    let body: ChatRequestBody | undefined;
    try {
      body = JSON.parse(raw) as ChatRequestBody;
    } catch {
      body = undefined;
    }
    requests.push({ method: request.method ?? '', url: request.url ?? '', raw, body, headers: request.headers });
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      send(response, { kind: 'status', status: 404, message: `no route ${request.method} ${request.url}` }, '');
      return;
    }
    const next = queue.shift();
    if (!next) {
      send(response, { kind: 'status', status: 599, message: 'fake server: no scripted reply left' }, '');
      return;
    }
    const reply = typeof next === 'function' ? next(body ?? { model: '', messages: [] }) : next;
    send(response, reply, body?.model ?? 'fake-model');
  });
  // The server never closes an idle kept-alive connection itself: closing one just as the client
  // reuses it (Node's 5 s default, easily reached on a loaded machine between two tests) fails the
  // next request with a connection error that no test is about. The client closes idle ones.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
