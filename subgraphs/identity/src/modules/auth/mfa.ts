import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { sha256 } from '@atrium/kernel';

const ISSUER = 'Atrium';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, label: string): string {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).toString();
}

/**
 * The 30-second time step a code belongs to, accepting the current step and one either side
 * for clock skew; null when it matches none. Callers refuse steps already used (replay).
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1', window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

/** Ten backup codes like `3f9a-c07d`, shown once; only their hashes are stored. */
export function newBackupCodes(count = 10): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: count }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashBackupCode) };
}

export const hashBackupCode = (code: string) => sha256(code.trim().toLowerCase());

export const looksLikeBackupCode = (code: string) => /^[0-9a-f]{5}-[0-9a-f]{5}$/i.test(code.trim());
