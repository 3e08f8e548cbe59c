import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('names a missing variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow(/REDIS_URL/);
  });

  it('names a malformed variable', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://x', PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ REDIS_URL: 'redis://x', DATABASE_URL: 'mysql://db' })).toThrow(/DATABASE_URL/);
  });

  it('requires real secrets in production', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://x', NODE_ENV: 'production' })).toThrow(
      /INTERNAL_API_SECRET: required in production[\s\S]*JOIN_TOKEN_SECRET/,
    );
  });

  it('runs jobs in-process only with the embedded database', () => {
    expect(loadConfig({ REDIS_URL: 'redis://x' }).IN_PROCESS_WORKER).toBe(true);
    expect(loadConfig({ REDIS_URL: 'redis://x', DATABASE_URL: 'postgres://db/x' }).IN_PROCESS_WORKER).toBe(
      false,
    );
  });
});
