import type { Client } from 'discord.js';
import type { Config } from '../config.ts';
import { UserError } from '../errors.ts';
import { startOpsServer, type Health, type OpsServer } from '../ops/opsServer.ts';
import { statsOf, type LiveKnowledge } from '../qa/index.ts';
import type { Logger } from './logger.ts';
import { BotMetrics, gatewayStates } from './metrics.ts';

/** The bot's health: ready when every shard's gateway session is ready and an index is served. */
export function botHealth(client: Client | undefined, live: LiveKnowledge): Health {
  const shards = gatewayStates(client);
  const index = statsOf(live.current);
  const gatewayReady = shards.length > 0 && shards.every((s) => s.ready);
  const indexLoaded = index.paragraphs > 0;
  return {
    ok: gatewayReady && indexLoaded,
    gateway: { ready: gatewayReady, shards },
    index: { loaded: indexLoaded, ...index },
  };
}

export interface OpsEndpoint {
  metrics: BotMetrics;
  /** Where it listens. */
  url: string;
  /** The client whose gateway /healthz and /metrics report (set once it exists). */
  watch(client: Client): void;
  close(): Promise<void>;
}

/**
 * METRICS_PORT's server for the bot: /healthz and /metrics over this process's client and
 * knowledge. Under start:sharded, each process listens on METRICS_PORT + its first shard id.
 */
export async function startOpsEndpoint({
  config,
  live,
  logger,
}: {
  config: Pick<Config, 'metricsHost' | 'processShards'> & { metricsPort: number };
  live: LiveKnowledge;
  logger: Logger;
}): Promise<OpsEndpoint> {
  const metrics = new BotMetrics(live);
  let client: Client | undefined;
  const offset = config.processShards?.[0] ?? 0;
  const port = config.metricsPort === 0 ? 0 : config.metricsPort + offset;
  let server: OpsServer;
  try {
    server = await startOpsServer({
      port,
      host: config.metricsHost,
      health: () => botHealth(client, live),
      metrics: async () => ({
        contentType: metrics.registry.contentType,
        body: await metrics.registry.metrics(),
      }),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `The metrics server cannot listen on ${config.metricsHost}:${port} (${code ?? (error as Error).message}): pick another METRICS_PORT or METRICS_HOST.`,
    );
  }
  logger.info({ url: server.url, endpoints: ['/healthz', '/metrics'] }, 'metrics server listening');
  return {
    metrics,
    url: server.url,
    watch(c) {
      client = c;
      metrics.watchGateway(c);
    },
    close: () => server.close(),
  };
}
