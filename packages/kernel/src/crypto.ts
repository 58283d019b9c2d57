import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
export function encrypt(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** Inverse of {@link encrypt}. Throws on tampering or a wrong key. */
export function decrypt(payload: string, key: Buffer): string {
  const [version, iv, tag, body] = payload.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Unrecognised ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** sha256 hex digest. */
export const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/** An opaque random token, URL-safe. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
