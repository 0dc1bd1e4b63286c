/**
 * A fetch for the openai SDK that reads each reply body itself, so a reply can never be larger
 * than `maxBytes`: the SDK's JSON parsing would read any length. Reading the body here also puts
 * it inside the SDK's per-attempt timeout, which otherwise stops at the response headers.
 * Breaking the bound aborts `whole` with a ReplyLimitError as its reason, which also stops the
 * SDK's retries: a server that sent too much once is not asked again. Whatever aborts `whole`
 * (also the caller's timer over the whole call) ends the wait here, even for a fetch that
 * ignores its signal.
 */

export class ReplyLimitError extends Error {
  constructor(readonly limit: 'bytes' | 'time', message: string) {
    super(message);
    this.name = 'ReplyLimitError';
  }
}

export interface BoundedFetchOptions {
  fetch: typeof fetch;
  maxBytes: number;
  /** The controller whose signal the SDK request carries; aborted when the bound is broken. */
  whole: AbortController;
}

export function boundedFetch(options: BoundedFetchOptions): typeof fetch {
  const { whole, maxBytes } = options;
  const tooLarge = () => {
    const error = new ReplyLimitError('bytes', `the model reply was larger than ${maxBytes} bytes`);
    whole.abort(error);
    return error;
  };
  const ended = new Promise<never>((_, reject) => {
    const stop = () => reject(whole.signal.reason);
    if (whole.signal.aborted) stop();
    else whole.signal.addEventListener('abort', stop, { once: true });
  });
  ended.catch(() => undefined);
  return async (input, init) => {
    const response = await Promise.race([options.fetch(input, init), ended]);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    if (!response.body) return response;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await Promise.race([reader.read(), ended]);
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) throw tooLarge();
        chunks.push(value);
      }
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
