import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, defineConfig, env, loadConfig, settingsOf, subgraphUrl } from './env.js';

const dir = () => mkdtempSync(join(tmpdir(), 'atrium-env-'));

/** A registry as a system would bring it: one subgraph and its own model. */
const widgets = defineConfig('widgets', { ATRIUM_WIDGET_LIMIT: { schema: env.int(7, 1, 100), doc: 'widgets per page' } }, (raw) => ({ limit: raw.ATRIUM_WIDGET_LIMIT }));
const registry = { subgraphs: [{ name: 'widgets', port: 4199 }], models: [widgets] };

function problems(vars: Record<string, string>): string[] {
  try {
    loadConfig(vars, registry);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('names an unknown ATRIUM_ variable and every invalid value', () => {
    const found = problems({ ATRIUM_DATA_DIR: dir(), ATRIUM_WIDGETS_PROT: '4000', ATRIUM_WIDGETS_PORT: 'seventy', ATRIUM_WIDGET_LIMIT: '0', DATABASE_URL: 'mysql://x' });
    expect(found).toHaveLength(4);
    expect(found[0]).toBe('ATRIUM_WIDGETS_PROT: unknown variable');
    expect(found.some((p) => p.startsWith('ATRIUM_WIDGETS_PORT:'))).toBe(true);
    expect(found.some((p) => p.startsWith('ATRIUM_WIDGET_LIMIT:'))).toBe(true);
    expect(found.some((p) => p.startsWith('DATABASE_URL:'))).toBe(true);
  });

  it('knows exactly what its registry declares: a model variable is unknown without its model', () => {
    expect(() => loadConfig({ ATRIUM_DATA_DIR: dir(), ATRIUM_WIDGET_LIMIT: '9' })).toThrow('ATRIUM_WIDGET_LIMIT: unknown variable');
    const config = loadConfig({ ATRIUM_DATA_DIR: dir(), ATRIUM_WIDGET_LIMIT: '9', ATRIUM_WIDGETS_PORT: '4300', ATRIUM_DB_POOL_MAX: '3' }, registry);
    expect(settingsOf(config, widgets)).toEqual({ limit: 9 });
    expect(config.subgraphs.widgets).toEqual({ port: 4300, url: undefined, poolMax: 3 });
    expect(subgraphUrl(config, 'widgets')).toBe('http://127.0.0.1:4300/graphql');
    expect(() => subgraphUrl(config, 'gadgets')).toThrow('Subgraph gadgets is not registered');
    // Defaults, and a per-subgraph pool size over the shared one.
    const defaults = loadConfig({ ATRIUM_DATA_DIR: dir(), ATRIUM_WIDGETS_DB_POOL_MAX: '12' }, registry);
    expect([settingsOf(defaults, widgets).limit, defaults.subgraphs.widgets!.port, defaults.subgraphs.widgets!.poolMax]).toEqual([7, 4199, 12]);
  });

  it('refuses two models that declare the same variable', () => {
    const twin = defineConfig('twin', { ATRIUM_WIDGET_LIMIT: { schema: z.string().optional(), doc: 'again' } }, () => ({}));
    expect(() => loadConfig({ ATRIUM_DATA_DIR: dir() }, { models: [widgets, twin] })).toThrow('ATRIUM_WIDGET_LIMIT is declared by both widgets and twin');
    expect(() => defineConfig('odd', { WIDGET_LIMIT: { schema: z.string(), doc: 'x' } }, () => ({}))).toThrow('must start with ATRIUM_');
  });

  it('ignores variables that are not Atrium’s', () => {
    expect(problems({ ATRIUM_DATA_DIR: dir(), HOME: '/root', SOME_OTHER_TOOL: 'x' })).toEqual([]);
  });

  it('refuses to start in production without configured secrets', () => {
    const found = problems({ NODE_ENV: 'production', ATRIUM_DATA_DIR: dir() });
    expect(found).toEqual([
      'ATRIUM_JWT_PUBLIC_KEY: required when NODE_ENV=production',
      'ATRIUM_ENCRYPTION_KEY: required when NODE_ENV=production',
      'ATRIUM_SUBGRAPH_HMAC_SECRET: required when NODE_ENV=production',
    ]);
  });

  it('generates development secrets once into the data folder and reuses them', () => {
    const d = dir();
    const a = loadConfig({ ATRIUM_DATA_DIR: d });
    const b = loadConfig({ ATRIUM_DATA_DIR: d });
    expect(a.secrets.devJwtPrivateKey).toContain('PRIVATE KEY');
    expect(a.secrets.jwtPublicKey).toBe(b.secrets.jwtPublicKey);
    expect(a.secrets.encryptionKey.equals(b.secrets.encryptionKey)).toBe(true);
    expect(a.secrets.encryptionKey).toHaveLength(32);
    expect(JSON.parse(readFileSync(join(d, 'secrets.json'), 'utf8')).jwtPrivateKey).toContain('PRIVATE KEY');
    expect(a.secrets.subgraphHmacSecret.length).toBeGreaterThanOrEqual(32);
    expect(a.secrets.subgraphHmacSecret).toBe(b.secrets.subgraphHmacSecret);
  });

  it('gives a secrets file written before the subgraph secret the same derived secret in every process', () => {
    const d = dir();
    loadConfig({ ATRIUM_DATA_DIR: d });
    const file = join(d, 'secrets.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    delete stored.subgraphHmacSecret;
    writeFileSync(file, JSON.stringify(stored));
    const a = loadConfig({ ATRIUM_DATA_DIR: d });
    const b = loadConfig({ ATRIUM_DATA_DIR: d });
    expect(a.secrets.subgraphHmacSecret.length).toBeGreaterThanOrEqual(32);
    expect(a.secrets.subgraphHmacSecret).toBe(b.secrets.subgraphHmacSecret);
  });

  it('takes a configured subgraph secret and refuses a short one', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig({ ATRIUM_DATA_DIR: dir(), ATRIUM_SUBGRAPH_HMAC_SECRET: secret }).secrets.subgraphHmacSecret).toBe(secret);
    expect(problems({ ATRIUM_DATA_DIR: dir(), ATRIUM_SUBGRAPH_HMAC_SECRET: 'short' })).toEqual(['ATRIUM_SUBGRAPH_HMAC_SECRET: must be at least 32 characters']);
  });

  it('rejects an encryption key that is not 32 bytes', () => {
    expect(problems({ ATRIUM_DATA_DIR: dir(), ATRIUM_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toEqual(['ATRIUM_ENCRYPTION_KEY: must be 32 bytes encoded as base64']);
  });
});
