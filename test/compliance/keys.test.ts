/**
 * Managed keys and envelope encryption (issue 12 §4) through the real gateway: identity's MFA
 * and SSO client secrets are written under its compliance-managed data key and registered; secrets still under
 * the single configured key (legacy `v1`) move over; rotateKey while reads continue, every value
 * decrypting to the same plaintext afterwards; a re-encryption job that fails mid-way resumes;
 * allowed_services refuses another service; revocation needs a second person.
 */
import { AppError, EnvelopeCipher, encrypt, keyIdOf } from '@atrium/kernel';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, denial, ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { waitForAudit } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof authz>;
/** Identity's side of the key service, as the test's own caller. */
let identityKeys: EnvelopeCipher;
let complianceUrl: string;
beforeAll(async () => {
  // Small batches, so a rotation takes several transactions and reads overlap it.
  t = await startTestSystem({ ATRIUM_KEY_REENCRYPT_BATCH: '3', ATRIUM_THROTTLE_MFA_PER_ACCOUNT: '100000' });
  kit = authz(t);
  complianceUrl = t.system.subgraphs.find((s) => s.name === 'compliance')!.url;
  identityKeys = new EnvelopeCipher({ service: 'identity', keyServiceUrl: () => complianceUrl, signatureSecret: t.config.secrets.subgraphHmacSecret, legacyKey: t.config.secrets.encryptionKey });
}, 120_000);
afterAll(async () => t?.stop());

const KEY = `id keyName keyType keyPurpose keyChecksum status activatedAt rotatedAt parentKeyId usageCount lastUsedAt allowedServices createdBy revocationRequestedBy revocationReason revokedBy revokedAt registeredValues`;
const keys = async () => ok(await t.gql(`{ encryptionKeys(first: 100) { nodes { ${KEY} } } }`, {}, t.admin.accessToken)).encryptionKeys.nodes as Record<string, any>[];
const keyById = async (id: string) => (await keys()).find((k) => k.id === id)!;
const activeIdentityKey = () => waitFor(async () => (await keys()).find((k) => k.status === 'ACTIVE' && k.allowedServices.includes('identity')), "identity's active key");
const registry = async () =>
  ok(await t.gql(`{ encryptedDataRegistry(tableName: "identity.users", first: 100) { nodes { serviceName tableName columnName recordId encryptionKeyId encryptionAlgorithm initializationVector encryptedBy } } }`, {}, t.admin.accessToken))
    .encryptedDataRegistry.nodes as Record<string, any>[];
const ROTATE = `mutation($id: ID!) { rotateKey(id: $id) { ${KEY} } }`;
const REQUEST = `mutation($id: ID!, $r: String!) { requestKeyRevocation(id: $id, reason: $r) { ${KEY} } }`;
const APPROVE = `mutation($id: ID!) { approveKeyRevocation(id: $id) { ${KEY} } }`;

interface Holder {
  session: Session;
  secret: string;
  /** MFA confirmed: the secret is then read at sign-in. */
  enabled?: boolean;
}
const holders: Holder[] = [];
/** SSO providers with a client secret: id → plaintext. */
const providers = new Map<string, string>();
const storedSso = async (id: string) => (await sql<{ client_secret: string | null }>(t.db.url, 'SELECT client_secret FROM identity.sso_providers WHERE id = $1', [id]))[0]?.client_secret ?? null;
const CREATE_SSO = `mutation($i: CreateSsoProviderInput!) { createSsoProvider(input: $i) { id hasClientSecret } }`;
const stored = async (userId: string) => (await sql<{ mfa_secret: string }>(t.db.url, 'SELECT mfa_secret FROM identity.users WHERE id = $1', [userId]))[0]!.mfa_secret;
const mfaRows = async () => sql<{ id: string; mfa_secret: string }>(t.db.url, `SELECT id::text, mfa_secret FROM identity.users WHERE mfa_secret IS NOT NULL AND id = ANY($1::uuid[]) ORDER BY id`, [holders.map((h) => h.session.userId)]);
/** Every holder's stored value is under `keyId`. */
const allUnder = (keyId: string) =>
  waitFor(async () => {
    const rows = await mfaRows();
    return rows.length === holders.length && rows.every((r) => r.mfa_secret.startsWith(`v2.${keyId}.`));
  }, `every MFA secret under ${keyId}`, 30_000);
/** A read of the secret through the gateway: a wrong code is refused as not matching, which needs the secret decrypted. */
const readThroughGateway = async (h: Holder) => {
  const totp = new TOTP({ secret: Secret.fromBase32(h.secret), digits: 6, period: 30 });
  const wrong = totp.generate() === '000000' ? '111111' : '000000';
  if (h.enabled) {
    const refusal = denial(await t.login(h.session.email, h.session.password, wrong));
    // Decrypted and compared: a wrong second factor (not a failure to decrypt).
    return refusal.code === 'UNAUTHENTICATED' && refusal.message === 'Invalid second factor' ? { code: 'BAD_USER_INPUT' } : refusal;
  }
  return denial(await t.gql(`mutation($c: String!) { confirmMfa(code: $c) { backupCodes } }`, { c: wrong }, h.session.accessToken));
};

describe('managed keys and envelope encryption', () => {
  it("writes MFA secrets under identity's managed data key, registers them, and moves legacy secrets over", async () => {
    // The startup pass over legacy values is done first (it would move these v1 values at once).
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'identity:reencrypt_secrets'`))[0]!.n === 0, 'the startup re-encryption pass');
    // Secrets written before managed keys, under ATRIUM_ENCRYPTION_KEY (v1).
    for (let i = 0; i < 3; i++) {
      const session = await t.register();
      const secret = new Secret({ size: 20 }).base32;
      await sql(t.db.url, 'UPDATE identity.users SET mfa_secret = $1 WHERE id = $2', [encrypt(secret, t.config.secrets.encryptionKey), session.userId]);
      holders.push({ session, secret });
    }
    // New secrets through the gateway.
    for (let i = 0; i < 8; i++) {
      const session = await t.register();
      const secret = ok(await t.gql(`mutation { enrollMfa { secret } }`, {}, session.accessToken)).enrollMfa.secret as string;
      holders.push({ session, secret });
    }
    const active = await activeIdentityKey();
    expect(active).toMatchObject({ keyType: 'aes256', keyPurpose: 'data_encryption', allowedServices: ['identity'], parentKeyId: null, createdBy: '00000000-0000-0000-0000-000000000000' });
    expect(active.keyChecksum).toMatch(/^[0-9a-f]{64}$/);
    for (const h of holders.slice(3)) expect(await stored(h.session.userId)).toMatch(new RegExp(`^v2\\.${active.id}\\.`));
    for (const h of holders.slice(0, 3)) expect(await stored(h.session.userId)).toMatch(/^v1\./);
    // The material never leaves compliance in clear: the wrapped column holds no clear key.
    const [row] = await sql<{ encrypted_key_material: string; key_checksum: string }>(t.db.url, 'SELECT encrypted_key_material, key_checksum FROM compliance.encryption_keys WHERE id = $1', [active.id]);
    expect(row!.encrypted_key_material.split('.')).toHaveLength(3);
    // Registered: table, column, record, key, algorithm, IV (the ciphertext's).
    const entries = await waitFor(async () => {
      const all = await registry();
      return holders.slice(3).every((h) => all.some((e) => e.recordId === h.session.userId)) ? all : null;
    }, 'registry entries');
    for (const h of holders.slice(3)) {
      const entry = entries.find((e) => e.recordId === h.session.userId)!;
      expect(entry).toMatchObject({ serviceName: 'identity', tableName: 'identity.users', columnName: 'mfa_secret', encryptionKeyId: active.id, encryptionAlgorithm: 'AES-256-GCM', encryptedBy: h.session.userId });
      expect((await stored(h.session.userId)).split('.')[2]).toBe(entry.initializationVector);
    }
    // Reads work for both kinds.
    for (const h of holders) expect(await readThroughGateway(h)).toMatchObject({ code: 'BAD_USER_INPUT' });

    // SSO client secrets: created, changed and removed under the managed key, the registry following.
    const sso = async (secret: string) => ok(await t.gql(CREATE_SSO, { i: { name: `Keys ${secret}`, providerType: 'OIDC', clientId: 'c', clientSecret: secret, discoveryUrl: 'https://sso.example.com/.well-known/openid-configuration' } }, t.admin.accessToken)).createSsoProvider.id as string;
    for (const secret of ['sso-secret-one', 'sso-secret-two']) providers.set(await sso(secret), secret);
    const changed = [...providers.keys()][1]!;
    ok(await t.gql(`mutation($id: ID!) { updateSsoProvider(id: $id, input: { clientSecret: "sso-secret-two-b" }) { id } }`, { id: changed }, t.admin.accessToken));
    providers.set(changed, 'sso-secret-two-b');
    const removed = await sso('sso-secret-gone');
    for (const [id, secret] of providers) {
      expect(await storedSso(id)).toMatch(new RegExp(`^v2\\.${active.id}\\.`));
      expect(await identityKeys.decrypt((await storedSso(id))!)).toBe(secret);
    }
    const ssoEntries = async () => ok(await t.gql(`{ encryptedDataRegistry(tableName: "identity.sso_providers", first: 100) { nodes { recordId columnName encryptionKeyId initializationVector } } }`, {}, t.admin.accessToken)).encryptedDataRegistry.nodes as Record<string, any>[];
    await waitFor(async () => (await ssoEntries()).some((e) => e.recordId === removed), 'the third provider registered');
    ok(await t.gql(`mutation($id: ID!) { deleteSsoProvider(id: $id) { id } }`, { id: removed }, t.admin.accessToken));
    const afterDelete = await waitFor(async () => {
      const all = await ssoEntries();
      return all.some((e) => e.recordId === removed) ? null : all;
    }, 'the deleted provider unregistered');
    for (const [id] of providers) expect(afterDelete.find((e) => e.recordId === id)).toMatchObject({ columnName: 'client_secret', encryptionKeyId: active.id, initializationVector: (await storedSso(id))!.split('.')[2] });
  });

  it('rotateKey while reads continue: every value decrypts to the same plaintext afterwards, and the old key is deprecated', async () => {
    const old = await activeIdentityKey();
    let reading = true;
    const failures: unknown[] = [];
    let reads = 0;
    /** Keys the stored values were under when read: reads overlap the rotation. */
    const seen = new Set<string | null>();
    const reader = (async () => {
      while (reading) {
        // From the first holder written under the old key (the first three were legacy).
        const h = holders[(reads + 3) % holders.length]!;
        reads++;
        try {
          const refusal = await readThroughGateway(h);
          if (refusal.code !== 'BAD_USER_INPUT') failures.push(refusal);
          // The stored value, whichever key it is under at this instant, opens to the same secret.
          const value = await stored(h.session.userId);
          seen.add(keyIdOf(value));
          if ((await identityKeys.decrypt(value)) !== h.secret) failures.push(`wrong plaintext for ${h.session.userId}`);
        } catch (error) {
          failures.push(error);
        }
      }
    })();
    await waitFor(async () => reads > 1, 'reads before the rotation');
    const fresh = ok(await t.gql(ROTATE, { id: old.id }, t.admin.accessToken)).rotateKey;
    expect(fresh).toMatchObject({ status: 'ACTIVE', parentKeyId: old.id, allowedServices: ['identity'], createdBy: t.admin.userId });
    expect(fresh.id).not.toBe(old.id);
    expect(await keyById(old.id)).toMatchObject({ status: 'ROTATING' });
    expect(codes(await t.gql(ROTATE, { id: old.id }, t.admin.accessToken))).toEqual(['CONFLICT']);
    await allUnder(fresh.id);
    const after = reads;
    await waitFor(async () => reads > after + 1, 'reads after the rotation');
    const deprecated = await waitFor(async () => {
      const k = await keyById(old.id);
      return k.status === 'DEPRECATED' ? k : null;
    }, 'the old key deprecated');
    reading = false;
    await reader;
    expect(failures).toEqual([]);
    expect(seen.has(old.id) && seen.has(fresh.id)).toBe(true);
    expect(deprecated).toMatchObject({ registeredValues: 0 });
    expect(Date.parse(deprecated.rotatedAt)).toBeLessThanOrEqual(Date.now());
    expect(deprecated.usageCount).toBeGreaterThan(0);
    expect(Date.parse(deprecated.lastUsedAt)).toBeLessThanOrEqual(Date.now());
    // Every value, legacy ones included, is under the new key and opens to the same plaintext.
    for (const h of holders) expect(await identityKeys.decrypt(await stored(h.session.userId))).toBe(h.secret);
    for (const [id, secret] of providers) {
      expect(keyIdOf((await storedSso(id))!)).toBe(fresh.id);
      expect(await identityKeys.decrypt((await storedSso(id))!)).toBe(secret);
    }
    const entries = await waitFor(async () => {
      const all = (await registry()).filter((e) => holders.some((h) => h.session.userId === e.recordId));
      return all.length === holders.length && all.every((e) => e.encryptionKeyId === fresh.id) ? all : null;
    }, 'the registry under the new key');
    expect(entries).toHaveLength(holders.length);
    expect((await keyById(fresh.id)).registeredValues).toBeGreaterThanOrEqual(holders.length);
    // Through the gateway: a valid code confirms MFA with the re-encrypted secret.
    for (const h of holders.slice(0, 4)) {
      const code = new TOTP({ secret: Secret.fromBase32(h.secret), digits: 6, period: 30 }).generate();
      expect(ok(await t.gql(`mutation($c: String!) { confirmMfa(code: $c) { user { mfaEnabled } } }`, { c: code }, h.session.accessToken)).confirmMfa.user.mfaEnabled).toBe(true);
      h.enabled = true;
    }
    // Audited, without key material.
    const [audit] = await waitForAudit(t, `operation = 'compliance.Mutation.rotateKey' AND old_values->>'id' = $1`, [old.id]);
    expect(audit).toMatchObject({ resource_type: 'EncryptionKey', resource_id: fresh.id, user_id: t.admin.userId, service_name: 'compliance' });
    expect(audit!.old_values).toMatchObject({ status: 'active' });
    expect(JSON.stringify(audit)).not.toContain('encryptedKeyMaterial');
  });

  it('a re-encryption job that fails mid-way leaves every value readable and resumes where it stopped', async () => {
    const old = await activeIdentityKey();
    const rows = await mfaRows();
    const last = rows.at(-1)!.id;
    // The batch holding the last row fails (a crash inside its transaction) until the fault goes.
    await sql(
      t.db.url,
      `CREATE FUNCTION identity.test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = '${last}'::uuid THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$;
       CREATE TRIGGER test_fault BEFORE UPDATE OF mfa_secret ON identity.users FOR EACH ROW EXECUTE FUNCTION identity.test_fault();`,
    );
    let fresh: Record<string, any>;
    try {
      fresh = ok(await t.gql(ROTATE, { id: old.id }, t.admin.accessToken)).rotateKey;
      // The batches before the faulty one committed; the faulty one rolled back whole.
      const partial = await waitFor(async () => {
        const now = await mfaRows();
        const moved = now.filter((r) => r.mfa_secret.startsWith(`v2.${fresh.id}.`)).length;
        const failed = (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'identity:reencrypt_secrets' AND last_error LIKE '%injected fault%'`))[0]!.n;
        return failed > 0 && moved > 0 ? { now, moved } : null;
      }, 'a failed batch after committed ones');
      expect(partial.moved).toBeLessThan(holders.length);
      expect(partial.now.find((r) => r.id === last)!.mfa_secret.startsWith(`v2.${old.id}.`)).toBe(true);
      expect(await keyById(old.id)).toMatchObject({ status: 'ROTATING' });
      // Meanwhile every value, old key or new, reads.
      for (const h of holders) {
        expect(await identityKeys.decrypt(await stored(h.session.userId))).toBe(h.secret);
        expect(await readThroughGateway(h)).toMatchObject({ code: 'BAD_USER_INPUT' });
      }
    } finally {
      await sql(t.db.url, 'DROP TRIGGER test_fault ON identity.users; DROP FUNCTION identity.test_fault();');
    }
    // The job's retry picks up what is left.
    await allUnder(fresh!.id);
    await waitFor(async () => (await keyById(old.id)).status === 'DEPRECATED', 'the second key deprecated', 30_000);
    for (const h of holders) expect(await identityKeys.decrypt(await stored(h.session.userId))).toBe(h.secret);
  });

  it("allowed_services: another service is refused identity's key, and only signed callers reach the key service", async () => {
    const active = await activeIdentityKey();
    const before = Number(active.usageCount);
    const conversations = new EnvelopeCipher({ service: 'conversations', keyServiceUrl: () => complianceUrl, signatureSecret: t.config.secrets.subgraphHmacSecret, legacyKey: t.config.secrets.encryptionKey });
    const refused = await conversations.key(active.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SERVICE_NOT_ALLOWED' });
    // Its own active key is another one.
    const own = await conversations.activeKey();
    expect(own.id).not.toBe(active.id);
    expect((await keyById(own.id)).allowedServices).toEqual(['conversations']);
    // Unsigned: refused before anything is looked at.
    const unsigned = await fetch(new URL('/internal/dataKey', complianceUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'service dataKey', variables: { service: 'identity', keyId: active.id } }) });
    expect(unsigned.status).toBe(403);
    // A use by identity counts.
    await identityKeys.key(active.id);
    expect(Number((await keyById(active.id)).usageCount)).toBeGreaterThan(before);
  });

  it('revocation needs a second person, only after rotation drained the key; a revoked key is refused', async () => {
    const all = await keys();
    const active = all.find((k) => k.status === 'ACTIVE' && k.allowedServices.includes('identity'))!;
    const drained = all.find((k) => k.status === 'DEPRECATED' && k.allowedServices.includes('identity'))!;
    expect(codes(await t.gql(REQUEST, { id: active.id, r: 'compromised' }, t.admin.accessToken))).toEqual(['CONFLICT']);
    const outsider = await kit.registered();
    expect(denial(await t.gql(REQUEST, { id: drained.id, r: 'compromised' }, outsider.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codes(await t.gql(APPROVE, { id: drained.id }, t.admin.accessToken))).toEqual(['CONFLICT']);

    const requested = ok(await t.gql(REQUEST, { id: drained.id, r: 'retired' }, t.admin.accessToken)).requestKeyRevocation;
    expect(requested).toMatchObject({ status: 'DEPRECATED', revocationRequestedBy: t.admin.userId, revocationReason: 'retired', revokedBy: null });
    expect(codes(await t.gql(REQUEST, { id: drained.id, r: 'again' }, t.admin.accessToken))).toEqual(['CONFLICT']);
    expect(denial(await t.gql(APPROVE, { id: drained.id }, t.admin.accessToken))).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'SECOND_PERSON_REQUIRED' } });
    expect(denial(await t.gql(APPROVE, { id: drained.id }, outsider.accessToken))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await keyById(drained.id)).status).toBe('DEPRECATED');

    const second = await kit.registered();
    ok(await kit.assign(second.userId, 'super_admin'));
    const revoked = ok(await t.gql(APPROVE, { id: drained.id }, second.accessToken)).approveKeyRevocation;
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedBy: second.userId, revocationRequestedBy: t.admin.userId });
    expect(Date.parse(revoked.revokedAt)).toBeLessThanOrEqual(Date.now());
    const refused = await identityKeys.key(drained.id).catch((e: unknown) => e);
    expect((refused as AppError).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'KEY_REVOKED' });
    // Values are all under the active key: still readable.
    for (const h of holders) expect(await identityKeys.decrypt(await stored(h.session.userId))).toBe(h.secret);
    await waitForAudit(t, `operation = 'compliance.Mutation.approveKeyRevocation' AND resource_id = $1 AND user_id = $2`, [drained.id, second.userId]);
  });
});
