import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. `algorithm: 2` is Argon2id
// (the package's const enum cannot be imported under isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * Verify against a fixed hash when the email is unknown, so an unknown email costs
 * the same time as a wrong password and the two cannot be told apart.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummy ??= hashPassword('atrium-timing-equaliser-not-a-password');
  await verifyPassword(await dummy, password);
  return false;
}
