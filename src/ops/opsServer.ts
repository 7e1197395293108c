import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What /healthz reports: `ok` decides 200 or 503; the rest is shown as JSON for a person. */
export interface Health {
  ok: boolean;
  [detail: string]: unknown;
}

export interface OpsServerOptions {
  port: number;
  host: string;
  health: () => Health;
  /** The Prometheus exposition: its content type and text. */
  metrics: () => Promise<{ contentType: string; body: string }>;
}

export interface OpsServer {
  /** `http://host:port` as bound (the real port when asked for 0). */
  url: string;
  close(): Promise<void>;
}

/**
 * The path a request asks for, or undefined when its target is no URL: a raw request may send any
 * target (`GET http://[x HTTP/1.1`), and `new URL` throwing in the handler killed the bot.
 */
function pathOf(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/**
 * The operator's HTTP endpoint: `GET /healthz` (200 or 503, JSON) for probes and process
 * managers, `GET /metrics` for Prometheus. Read-only, no user input reaches the bot through it.
 */
export async function startOpsServer({ port, host, health, metrics }: OpsServerOptions): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = pathOf(req.url);
    if (path === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('not a URL\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') {
      const report = health();
      res
        .writeHead(report.ok ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify(report));
      return;
    }
    if (path === '/metrics') {
      metrics().then(
        ({ contentType, body }) => res.writeHead(200, { 'Content-Type': contentType }).end(body),
        (error: unknown) => res.writeHead(500).end(`metrics failed: ${(error as Error).message}`),
      );
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('GET /healthz or /metrics\n');
  });
  server.listen(port, host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => Promise.reject(error)),
  ]);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
