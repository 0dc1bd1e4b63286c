/**
 * The only place that listens. Shutdown on SIGTERM/SIGINT stops accepting connections, lets
 * in-flight requests finish (fastify's close), and after `shutdownTimeoutMs` cuts whatever is
 * left, then runs `onClose` (e.g. closing the database).
 */
import type { FastifyInstance } from 'fastify';

export interface StartServerOptions {
  app: FastifyInstance;
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only); 0.0.0.0 to serve a network. */
  host?: string;
  shutdownTimeoutMs?: number;
  signals?: NodeJS.Signals[];
  onClose?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  /** Settles once the server has shut down. */
  closed: Promise<void>;
  shutdown: (reason?: string) => Promise<void>;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { app } = options;
  const host = options.host ?? DEFAULT_HOST;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  await app.listen({ port: options.port ?? DEFAULT_PORT, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? DEFAULT_PORT);

  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let shuttingDown: Promise<void> | undefined;

  const shutdown = (reason = 'shutdown requested'): Promise<void> => {
    shuttingDown ??= (async () => {
      for (const signal of signals) process.off(signal, onSignal);
      app.log.info({ reason }, 'shutting down: finishing in-flight requests');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), shutdownTimeoutMs)));
      const outcome = await Promise.race([app.close().then(() => 'closed' as const), timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        app.log.warn({ shutdownTimeoutMs }, 'requests still running after the shutdown timeout; closing their connections');
        app.server.closeAllConnections();
      }
      try {
        await options.onClose?.();
      } finally {
        resolveClosed();
      }
    })();
    return shuttingDown;
  };
  const onSignal = (signal: NodeJS.Signals) => void shutdown(signal);
  for (const signal of signals) process.on(signal, onSignal);

  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}`, port, host, closed, shutdown };
}
