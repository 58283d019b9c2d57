/**
 * LLM provider API keys under conversations' compliance-managed data key (issue 12 §4), through
 * the real gateway with a real OpenAI-protocol stand-in (fake-openai.ts) that records the bearer
 * key each call carried: keys written under the managed key and listed in
 * compliance.encrypted_data_registry; keys still under the single configured key (`v1`) read
 * and moved over by conversations' re-encryption job; rotateKey while chats continue, every key
 * decrypting to the same plaintext afterwards; key material in no response or audit value.
 */
import { EnvelopeCipher, encrypt, keyIdOf } from '@atrium/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes } from '../kit/system.js';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { waitForAudit } from '../compliance/kit.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';
import { conversationsKit, ok, waitFor, type Session } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let fake: FakeOpenAi;
let alice: Session;
let conversationId: string;
/** The test's own caller of the key service, as conversations. */
let keysOf: EnvelopeCipher;

interface Provider {
  id: string;
  modelId: string;
  modelName: string;
  key: string;
}
const providers: Provider[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAi();
  // Small batches: a rotation takes several transactions and chats overlap it.
  t = await startTestSystem({ ATRIUM_KEY_REENCRYPT_BATCH: '2' });
  kit = conversationsKit(t);
  alice = await kit.user();
  conversationId = (await kit.createConversation(alice.accessToken)).id;
  const complianceUrl = t.system.subgraphs.find((s) => s.name === 'compliance')!.url;
  keysOf = new EnvelopeCipher({ service: 'conversations', keyServiceUrl: () => complianceUrl, signatureSecret: t.config.secrets.subgraphHmacSecret, legacyKey: t.config.secrets.encryptionKey });
}, 120_000);
afterAll(async () => {
  await t?.stop();
  await fake?.close();
});

const stored = async (id: string) => (await sql<{ api_key_encrypted: string | null }>(t.db.url, 'SELECT api_key_encrypted FROM conversations.llm_providers WHERE id = $1', [id]))[0]?.api_key_encrypted ?? null;
const KEY = `id status allowedServices parentKeyId registeredValues`;
const keys = async () => ok(await t.gql(`{ encryptionKeys(first: 100) { nodes { ${KEY} } } }`, {}, t.admin.accessToken)).encryptionKeys.nodes as Record<string, any>[];
const activeKey = () => waitFor(async () => (await keys()).find((k) => k.status === 'ACTIVE' && k.allowedServices.includes('conversations')), "conversations' active key");
const registry = async () =>
  ok(await t.gql(`{ encryptedDataRegistry(tableName: "conversations.llm_providers", first: 100) { nodes { serviceName tableName columnName recordId encryptionKeyId encryptionAlgorithm initializationVector encryptedBy } } }`, {}, t.admin.accessToken))
    .encryptedDataRegistry.nodes as Record<string, any>[];
const jobsLeft = async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'conversations:reencrypt_secrets'`))[0]!.n;

/** One chat through the gateway with the provider's model: the stand-in must have received its key. */
async function chatWith(p: Provider): Promise<string | null> {
  const before = fake.requests.length;
  const res = await kit.send(alice.accessToken, conversationId, `hello ${p.modelName}`, { model: p.modelId });
  if (res.errors?.length) return `chat with ${p.modelName} failed: ${JSON.stringify(res.errors)}`;
  const sent = fake.requests.slice(before).filter((r) => r.body?.model === p.modelName);
  if (sent.length !== 1) return `${sent.length} calls for ${p.modelName}`;
  return sent[0]!.authorization === `Bearer ${p.key}` ? null : `wrong key sent for ${p.modelName}`;
}

const under = (keyId: string) =>
  waitFor(
    async () => {
      const values = await Promise.all(providers.map((p) => stored(p.id)));
      return values.every((v) => v?.startsWith(`v2.${keyId}.`));
    },
    `every provider key under ${keyId}`,
    30_000,
  );

describe('LLM provider keys under managed data keys', () => {
  it('writes keys under the managed key and registers them; legacy keys read, and the rotation job moves them', async () => {
    // The startup pass over legacy values is done first.
    await waitFor(async () => (await jobsLeft()) === 0, 'the startup re-encryption pass');
    for (let i = 0; i < 6; i++) {
      const key = `sk-managed-${i}-${'x'.repeat(i * 7)}`;
      const modelName = `keyed-model-${i}`;
      const { provider, model } = await kit.provider({ name: `keyed-${i}`, providerType: 'OPENAI', apiBaseUrl: fake.baseUrl, apiKey: key }, { modelName });
      expect(provider.hasApiKey).toBe(true);
      providers.push({ id: provider.id, modelId: model.id, modelName, key });
    }
    const active = await activeKey();
    expect(active).toMatchObject({ allowedServices: ['conversations'], parentKeyId: null });
    for (const p of providers) {
      const value = (await stored(p.id))!;
      expect(keyIdOf(value)).toBe(active.id);
      expect(value).not.toContain(p.key);
      expect(await keysOf.decrypt(value)).toBe(p.key);
    }
    // Registered: table, column, record, key, algorithm, IV (the ciphertext's), who wrote it.
    const entries = await waitFor(async () => {
      const all = await registry();
      return providers.every((p) => all.some((e) => e.recordId === p.id)) ? all : null;
    }, 'registry entries');
    for (const p of providers) {
      expect(entries.find((e) => e.recordId === p.id)).toEqual({
        serviceName: 'conversations',
        tableName: 'conversations.llm_providers',
        columnName: 'api_key_encrypted',
        recordId: p.id,
        encryptionKeyId: active.id,
        encryptionAlgorithm: 'AES-256-GCM',
        initializationVector: (await stored(p.id))!.split('.')[2],
        encryptedBy: t.admin.userId,
      });
    }

    // Two keys written before managed keys, under ATRIUM_ENCRYPTION_KEY (v1): still read.
    for (const p of providers.slice(0, 2)) await sql(t.db.url, 'UPDATE conversations.llm_providers SET api_key_encrypted = $1 WHERE id = $2', [encrypt(p.key, t.config.secrets.encryptionKey), p.id]);
    for (const p of providers) expect(await chatWith(p)).toBeNull();

    // A changed key replaces its entry; a removed one leaves the registry; so does a deleted provider.
    const changed = providers[5]!;
    changed.key = 'sk-managed-changed';
    ok(await t.gql(`mutation($id: ID!, $k: String!) { updateLlmProvider(id: $id, input: { apiKey: $k }) { id hasApiKey } }`, { id: changed.id, k: changed.key }, t.admin.accessToken));
    expect(await keysOf.decrypt((await stored(changed.id))!)).toBe(changed.key);
    const gone = await kit.provider({ name: 'keyed-gone', providerType: 'OPENAI', apiBaseUrl: fake.baseUrl, apiKey: 'sk-gone' }, { modelName: 'gone-model' });
    const cleared = await kit.provider({ name: 'keyed-cleared', providerType: 'OPENAI', apiBaseUrl: fake.baseUrl, apiKey: 'sk-cleared' }, { modelName: 'cleared-model' });
    await waitFor(async () => {
      const all = await registry();
      return [gone.provider.id, cleared.provider.id].every((id) => all.some((e) => e.recordId === id)) && all.find((e) => e.recordId === changed.id)?.initializationVector === (await stored(changed.id))!.split('.')[2];
    }, 'the new providers and the changed key registered');
    ok(await t.gql(`mutation($id: ID!) { deleteLlmProvider(id: $id) { id } }`, { id: gone.provider.id }, t.admin.accessToken));
    expect(ok(await t.gql(`mutation($id: ID!) { updateLlmProvider(id: $id, input: { apiKey: null }) { hasApiKey } }`, { id: cleared.provider.id }, t.admin.accessToken)).updateLlmProvider.hasApiKey).toBe(false);
    await waitFor(async () => {
      const all = await registry();
      return all.some((e) => e.recordId === gone.provider.id || e.recordId === cleared.provider.id) ? null : all;
    }, 'the deleted and the cleared provider unregistered');
  });

  it('rotateKey while chats continue: every key decrypts to the same plaintext afterwards, the old key is deprecated', async () => {
    const old = await activeKey();
    let reading = true;
    let reads = 0;
    const failures: unknown[] = [];
    /** Keys the stored values were under when read: reads overlap the rotation. */
    const seen = new Set<string | null>();
    const reader = (async () => {
      while (reading) {
        const p = providers[reads % providers.length]!;
        reads++;
        try {
          const failure = await chatWith(p);
          if (failure) failures.push(failure);
          const value = (await stored(p.id))!;
          seen.add(keyIdOf(value));
          if ((await keysOf.decrypt(value)) !== p.key) failures.push(`wrong plaintext for ${p.modelName}`);
        } catch (error) {
          failures.push(error);
        }
      }
    })();
    await waitFor(async () => reads > 1, 'chats before the rotation');
    const fresh = ok(await t.gql(`mutation($id: ID!) { rotateKey(id: $id) { ${KEY} } }`, { id: old.id }, t.admin.accessToken)).rotateKey;
    expect(fresh).toMatchObject({ status: 'ACTIVE', parentKeyId: old.id, allowedServices: ['conversations'] });
    expect(codes(await t.gql(`mutation($id: ID!) { rotateKey(id: $id) { id } }`, { id: old.id }, t.admin.accessToken))).toEqual(['CONFLICT']);
    // The legacy (v1) keys move too: every value ends under the new key.
    await under(fresh.id);
    const after = reads;
    await waitFor(async () => reads > after + providers.length, 'chats after the rotation');
    await waitFor(async () => (await keys()).find((k) => k.id === old.id)?.status === 'DEPRECATED', 'the old key deprecated', 30_000);
    reading = false;
    await reader;
    expect(failures).toEqual([]);
    expect(seen.has(null) || seen.has(old.id)).toBe(true);
    expect(seen.has(fresh.id)).toBe(true);
    for (const p of providers) {
      const value = (await stored(p.id))!;
      expect(keyIdOf(value)).toBe(fresh.id);
      expect(await keysOf.decrypt(value)).toBe(p.key);
      expect(await chatWith(p)).toBeNull();
    }
    // The registry lists every provider's key under the new key, legacy ones included.
    const entries = await waitFor(async () => {
      const all = (await registry()).filter((e) => providers.some((p) => p.id === e.recordId));
      return all.length === providers.length && all.every((e) => e.encryptionKeyId === fresh.id) ? all : null;
    }, 'the registry under the new key');
    for (const p of providers) expect(entries.find((e) => e.recordId === p.id)!.initializationVector).toBe((await stored(p.id))!.split('.')[2]);
    expect((await keys()).find((k) => k.id === old.id)).toMatchObject({ registeredValues: 0 });
  });

  it('key material appears in no response and no audit value', async () => {
    const p = providers[0]!;
    const value = (await stored(p.id))!;
    const res = await t.gql(`{ llmProviders(first: 100) { nodes { id name hasApiKey metadata } } }`, {}, t.admin.accessToken);
    expect(res.raw).not.toContain(p.key);
    expect(res.raw).not.toContain(value);
    const rows = await waitForAudit(t, `resource_id = ANY($1::text[]) AND operation IN ('conversations.Mutation.createLlmProvider', 'conversations.Mutation.updateLlmProvider')`, [providers.map((x) => x.id)], providers.length + 1);
    const audit = JSON.stringify(rows);
    for (const x of providers) expect(audit).not.toContain(x.key);
    for (const x of providers) expect(audit).not.toContain((await stored(x.id))!.split('.')[4]!);
    expect(audit).not.toContain('"apiKeyEncrypted":"v');
  });
});
