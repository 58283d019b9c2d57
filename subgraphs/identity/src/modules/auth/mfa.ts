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

/** Accepts the current 30-second step and one step either side for clock skew. */
export function verifyTotp(secret: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return TOTP.validate({ token: code, secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1', window: 1 }) !== null;
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
