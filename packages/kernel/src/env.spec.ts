import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

const dir = () => mkdtempSync(join(tmpdir(), 'atrium-env-'));

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('names an unknown ATRIUM_ variable and every invalid value', () => {
    const found = problems({ ATRIUM_DATA_DIR: dir(), ATRIUM_GATEWAY_PROT: '4000', ATRIUM_IDENTITY_PORT: 'seventy', DATABASE_URL: 'mysql://x' });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^ATRIUM_GATEWAY_PROT: unknown variable/);
    expect(found.some((p) => p.startsWith('ATRIUM_IDENTITY_PORT:'))).toBe(true);
    expect(found.some((p) => p.startsWith('DATABASE_URL:'))).toBe(true);
  });

  it('ignores variables that are not Atrium’s', () => {
    expect(problems({ ATRIUM_DATA_DIR: dir(), HOME: '/root', SOME_OTHER_TOOL: 'x' })).toEqual([]);
  });

  it('refuses to start in production without configured secrets', () => {
    const found = problems({ NODE_ENV: 'production', ATRIUM_DATA_DIR: dir() });
    expect(found).toEqual(['ATRIUM_JWT_PUBLIC_KEY: required when NODE_ENV=production', 'ATRIUM_ENCRYPTION_KEY: required when NODE_ENV=production']);
  });

  it('generates development secrets once into the data folder and reuses them', () => {
    const d = dir();
    const a = loadConfig({ ATRIUM_DATA_DIR: d });
    const b = loadConfig({ ATRIUM_DATA_DIR: d });
    expect(a.secrets.jwtPublicKey).toBe(b.secrets.jwtPublicKey);
    expect(a.secrets.encryptionKey.equals(b.secrets.encryptionKey)).toBe(true);
    expect(a.secrets.encryptionKey).toHaveLength(32);
    expect(JSON.parse(readFileSync(join(d, 'secrets.json'), 'utf8')).jwtPrivateKey).toContain('PRIVATE KEY');
  });

  it('rejects an encryption key that is not 32 bytes', () => {
    expect(problems({ ATRIUM_DATA_DIR: dir(), ATRIUM_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toEqual(['ATRIUM_ENCRYPTION_KEY: must be 32 bytes encoded as base64']);
  });
});
