import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS, readConfig } from '../../src/config.ts';

describe('.env.example', () => {
  const example = parse(readFileSync('.env.example', 'utf8'));

  it('GIVEN every key the config reads THEN .env.example documents exactly those', () => {
    expect(Object.keys(example).sort()).toEqual([...ENV_KEYS].sort());
  });

  it('GIVEN .env.example copied as-is THEN it is a valid configuration (the offline console)', () => {
    expect(readConfig({ env: example, dotenv: false }).discordToken).toBeUndefined();
  });
});
