import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';

const read = (env: NodeJS.ProcessEnv) => readConfig({ env, dotenv: false });

describe('METRICS_PORT and METRICS_HOST', () => {
  it('GIVEN nothing THEN no metrics server, and 127.0.0.1 would be its address', () => {
    expect(read({})).toMatchObject({ metricsPort: undefined, metricsHost: '127.0.0.1' });
  });

  it('GIVEN a port and a host THEN both are read', () => {
    expect(read({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toMatchObject({
      metricsPort: 9464,
      metricsHost: '0.0.0.0',
    });
  });

  it('GIVEN a port that is no port THEN it refuses to start, naming the key', () => {
    for (const bad of ['http', '70000', '-1', '94.5']) {
      expect(() => read({ METRICS_PORT: bad })).toThrow(
        `METRICS_PORT must be a port number (0 to 65535); got "${bad}"`,
      );
    }
  });

  it('GIVEN a sharding manager set SHARDS THEN the process knows its shards (its metrics port offset)', () => {
    expect(read({ SHARDS: '[4,5,6,7]', SHARD_COUNT: '16' }).processShards).toEqual([4, 5, 6, 7]);
    expect(read({ SHARDS: '3', SHARD_COUNT: '16' }).processShards).toEqual([3]);
    expect(read({}).processShards).toBeUndefined();
  });
});
