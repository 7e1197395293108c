import { Status, type Client } from 'discord.js';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { statsOf, type Answer, type LiveKnowledge, type ReloadReport } from '../qa/index.ts';

/**
 * Answer latency buckets (seconds): the engine answers in milliseconds (docs/performance.md),
 * Discord gives an interaction 3 s, so the buckets are fine below 0.1 s and mark 3 s exactly.
 */
export const ANSWER_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];
/** Reindex buckets (seconds): the bundled story reloads in 0.1 s, 10k paragraphs in 3–4 s, 100k in tens. */
export const REINDEX_SECONDS_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/** Where a question came from. */
export type Surface = 'command' | 'dm';

/** A shard's gateway connection, as /healthz and `lede_gateway_ready` show it. */
export interface ShardState {
  shard: number;
  status: string;
  ready: boolean;
}

/** The gateway state of every shard of `client`: ready only once discord.js says so. */
export function gatewayStates(client: Client | undefined): ShardState[] {
  if (!client) return [];
  return [...client.ws.shards.values()].map((s) => ({
    shard: s.id,
    status: Status[s.status] ?? String(s.status),
    ready: s.status === Status.Ready,
  }));
}

/**
 * The bot's Prometheus metrics, in a registry of its own (no global state): what was asked and
 * answered, how fast, reindexes, the gateway, and the knowledge served. The bot layer records;
 * src/qa knows nothing of it.
 */
export class BotMetrics {
  readonly registry = new Registry();
  #client: Client | undefined;
  readonly #questions: Counter<'surface'>;
  readonly #answers: Counter<'surface' | 'kind'>;
  readonly #refusals: Counter<'surface' | 'kind'>;
  readonly #answerSeconds: Histogram<'surface'>;
  readonly #reindexes: Counter<'result'>;
  readonly #reindexSeconds: Histogram<'result'>;

  constructor(live: LiveKnowledge) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'lede_' });
    this.#questions = new Counter({
      name: 'lede_questions_total',
      help: 'Questions received (slash commands /ask, /who-said, /define, and DMs), answered or not.',
      labelNames: ['surface'],
      registers,
    });
    this.#answers = new Counter({
      name: 'lede_answers_total',
      help: 'Questions answered from the stories, by question kind.',
      labelNames: ['surface', 'kind'],
      registers,
    });
    this.#refusals = new Counter({
      name: 'lede_refusals_total',
      help: 'Questions the stories do not answer ("The stories don\'t say"), by question kind.',
      labelNames: ['surface', 'kind'],
      registers,
    });
    this.#answerSeconds = new Histogram({
      name: 'lede_answer_duration_seconds',
      help: 'From the question arriving to the reply sent to Discord.',
      labelNames: ['surface'],
      buckets: ANSWER_SECONDS_BUCKETS,
      registers,
    });
    this.#reindexes = new Counter({
      name: 'lede_reindexes_total',
      help: 'Knowledge reloads run by this process (/reindex here or from another shard), by result.',
      labelNames: ['result'],
      registers,
    });
    this.#reindexSeconds = new Histogram({
      name: 'lede_reindex_duration_seconds',
      help: 'How long a knowledge reload took.',
      labelNames: ['result'],
      buckets: REINDEX_SECONDS_BUCKETS,
      registers,
    });
    const watched = () => this.#client;
    new Gauge({
      name: 'lede_gateway_ready',
      help: 'Per shard of this process: 1 when its gateway session is ready, else 0.',
      labelNames: ['shard'],
      registers,
      collect() {
        this.reset();
        for (const { shard, ready } of gatewayStates(watched())) this.set({ shard }, ready ? 1 : 0);
      },
    });
    new Gauge({
      name: 'lede_stories',
      help: 'Stories loaded and served.',
      registers,
      collect() {
        this.set(statsOf(live.current).stories);
      },
    });
    new Gauge({
      name: 'lede_paragraphs',
      help: 'Paragraphs loaded and served.',
      registers,
      collect() {
        this.set(statsOf(live.current).paragraphs);
      },
    });
  }

  /** The client whose shards `lede_gateway_ready` reports. */
  watchGateway(client: Client): void {
    this.#client = client;
  }

  questionReceived(surface: Surface): void {
    this.#questions.inc({ surface });
  }

  /** An answer (or "the stories don't say") was sent `seconds` after the question arrived. */
  answered(surface: Surface, answer: Pick<Answer, 'answer' | 'kind'>, seconds: number): void {
    (answer.answer === null ? this.#refusals : this.#answers).inc({ surface, kind: answer.kind });
    this.#answerSeconds.observe({ surface }, seconds);
  }

  /** A reload this process ran; one that joined a reload under way is not counted twice. */
  reindexed(report: Pick<ReloadReport, 'ok' | 'ms' | 'joined'>): void {
    if (report.joined) return;
    const result = report.ok ? 'ok' : 'failed';
    this.#reindexes.inc({ result });
    this.#reindexSeconds.observe({ result }, report.ms / 1000);
  }
}
