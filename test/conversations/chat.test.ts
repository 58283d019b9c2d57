import { randomUUID } from 'node:crypto';
/**
 * Conversations end to end through the gateway with the offline local provider: sending,
 * exact token and cost accounting, branching, sharing with expiry, states, and denial of
 * another user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countChatTokens, countTokens } from '../../subgraphs/conversations/src/modules/chat/tokens.js';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { conversationsKit, failure, ok, type Session } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let alice: Session;
let bob: Session;

beforeAll(async () => {
  t = await startTestSystem();
  kit = conversationsKit(t);
  [alice, bob] = await Promise.all([kit.user(), kit.user()]);
});
afterAll(() => t?.stop());

describe('the local provider', () => {
  it('is seeded and conversations default to it', async () => {
    const c = await kit.createConversation(alice.accessToken);
    expect(c.defaultModel.modelName).toBe('local-echo');
    expect(c.state).toBe('ACTIVE');
    expect(c.totalCost).toBe('0.0000');
  });

  it('answers deterministically, storing both messages with tokens, timings and sequence numbers', async () => {
    const c = await kit.createConversation(alice.accessToken, { systemPrompt: 'You are terse.' });
    const first = await kit.sendOk(alice.accessToken, c.id, 'Hello, local model!');
    const prompt = [{ content: 'You are terse.' }, { content: 'Hello, local model!' }];
    expect(first.userMessage).toMatchObject({ role: 'USER', content: 'Hello, local model!', sequenceNumber: 1, parentMessageId: null, threadId: c.id, promptTokens: 0, estimatedCost: '0.000000' });
    const a = first.assistantMessage;
    expect(a.content).toBe(`Echo: Hello, local model!\n(context: 1 message, with a system prompt, ${countChatTokens(prompt)} tokens)`);
    expect(a).toMatchObject({ role: 'ASSISTANT', sequenceNumber: 2, parentMessageId: first.userMessage.id, threadId: c.id, promptTokens: countChatTokens(prompt), completionTokens: countTokens(a.content) });
    expect(a.totalTokens).toBe(a.promptTokens + a.completionTokens);
    expect(a.model.modelName).toBe('local-echo');
    expect(a.responseTimeMs).toBeGreaterThanOrEqual(0);
    expect(new Date(a.processingCompletedAt).getTime()).toBeGreaterThanOrEqual(new Date(a.processingStartedAt).getTime());
    expect(a.metadata).toMatchObject({ provider: 'local', finishReason: 'stop', trimmedMessages: 0 });
    expect(first.conversation).toMatchObject({ totalMessages: 2, totalTokens: a.totalTokens });

    // The second turn carries the history of the branch.
    const second = await kit.sendOk(alice.accessToken, c.id, 'Again?');
    expect(second.assistantMessage.content).toContain('(context: 3 messages, with a system prompt,');
    expect(second.userMessage.parentMessageId).toBe(a.id);
    expect(second.conversation.totalMessages).toBe(4);
  });
});

describe('cost and token accounting', () => {
  it('prices each call from the model per-1K prices, to the exact decimals, and sums them once', async () => {
    const { model } = await kit.provider({ name: 'priced-local', providerType: 'LOCAL' }, { modelName: 'priced-echo', inputTokenCost: '0.00150000', outputTokenCost: '0.00200000', maxTokens: 4096 });
    expect(model).toMatchObject({ inputTokenCost: '0.00150000', outputTokenCost: '0.00200000' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: model.id });
    const sent = [];
    for (const text of ['one two three', 'four five six seven', 'eight']) sent.push(await kit.sendOk(alice.accessToken, c.id, text));
    let tokens = 0;
    let micro = 0n; // cost in millionths, exact
    for (const s of sent) {
      const a = s.assistantMessage;
      // prompt × 0.0015 / 1000 + completion × 0.002 / 1000, rounded half up to 6 decimals:
      // in units of 1e-9: prompt × 1500 + completion × 2000, then rounded to 1e-6.
      const nano = BigInt(a.promptTokens) * 1500n + BigInt(a.completionTokens) * 2000n;
      const expected = (nano + 500n) / 1000n;
      expect(a.estimatedCost).toBe(`0.${expected.toString().padStart(6, '0')}`);
      micro += expected;
      tokens += a.totalTokens;
    }
    const last = sent.at(-1)!.conversation;
    expect(last.totalTokens).toBe(tokens);
    expect(last.totalMessages).toBe(6);
    const totalCost = (micro + 50n) / 100n; // half up to 4 decimals
    expect(last.totalCost).toBe(`0.${totalCost.toString().padStart(4, '0')}`);
    const [row] = await sql<{ total_cost: string; sum: string }>(t.db.url, `SELECT c.total_cost::text, (SELECT sum(estimated_cost)::text FROM conversations.messages WHERE conversation_id = c.id) AS sum FROM conversations.conversations c WHERE c.id = $1`, [c.id]);
    expect(row!.sum).toBe(`0.${micro.toString().padStart(6, '0')}`);
    expect(row!.total_cost).toBe(last.totalCost);
  });

  it('keeps sequence numbers unique and totals exact under concurrent sends', async () => {
    const { model } = await kit.provider({ name: 'busy-local', providerType: 'LOCAL' }, { modelName: 'busy-echo', inputTokenCost: '0.0033', outputTokenCost: '0.0071' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: model.id });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => kit.sendOk(alice.accessToken, c.id, `parallel message ${i}`)));
    const rows = await sql<{ sequence_number: number }>(t.db.url, `SELECT sequence_number FROM conversations.messages WHERE conversation_id = $1 ORDER BY 1`, [c.id]);
    expect(rows.map((r) => r.sequence_number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const [row] = await sql<{ total_messages: number; total_tokens: number; total_cost: string; tokens: number; cost: string }>(
      t.db.url,
      `SELECT c.total_messages, c.total_tokens, c.total_cost::text,
              (SELECT sum(total_tokens)::int FROM conversations.messages WHERE conversation_id = c.id) AS tokens,
              (SELECT round(sum(estimated_cost), 4)::text FROM conversations.messages WHERE conversation_id = c.id) AS cost
         FROM conversations.conversations c WHERE c.id = $1`,
      [c.id],
    );
    expect(row).toMatchObject({ total_messages: 16, total_tokens: row!.tokens, total_cost: row!.cost });
    expect(results.every((r) => r.assistantMessage.parentMessageId === r.userMessage.id)).toBe(true);
  });

  it('trims the oldest history to the model budget, keeping the system prompt', async () => {
    const { model } = await kit.provider({ name: 'tiny-local', providerType: 'LOCAL' }, { modelName: 'tiny', maxTokens: 12 });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: model.id, systemPrompt: 'Be brief.' });
    await kit.sendOk(alice.accessToken, c.id, 'a b c');
    const second = await kit.sendOk(alice.accessToken, c.id, 'd e');
    // System 3 tokens + 'd e' 2 fit; the previous answer (many tokens) does not.
    expect(second.assistantMessage.metadata).toMatchObject({ trimmedMessages: 2, contextMessages: 2 });
    expect(second.assistantMessage.promptTokens).toBe(5);
    const tooLong = await kit.send(alice.accessToken, c.id, 'x '.repeat(20));
    expect(failure(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ path: ['content'] }] } });
    // A refused message is not stored.
    expect((await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM conversations.messages WHERE conversation_id = $1`, [c.id]))[0]!.n).toBe(4);
  });
});

describe('branching', () => {
  const BRANCH_QUERY = `query($id: ID!, $branch: ID, $last: Int) {
    conversation(id: $id) {
      messages(branch: $branch, last: $last) { nodes { id content role sequenceNumber threadId } }
      branches { nodes { leaf { id content } threadId length } }
    }
  }`;

  it('re-sending from an earlier message creates a branch; messages(branch) returns one path; branches lists the leaves', async () => {
    const c = await kit.createConversation(alice.accessToken);
    const one = await kit.sendOk(alice.accessToken, c.id, 'first');
    const two = await kit.sendOk(alice.accessToken, c.id, 'second');
    // Edit 'second': re-send from its parent (the first answer).
    const edited = await kit.sendOk(alice.accessToken, c.id, 'second, edited', { parent: one.assistantMessage.id });
    expect(edited.userMessage.threadId).toBe(edited.userMessage.id);
    expect(edited.userMessage.threadId).not.toBe(two.userMessage.threadId);
    // The newest message continues the new branch by default.
    const three = await kit.sendOk(alice.accessToken, c.id, 'third');
    expect(three.userMessage.parentMessageId).toBe(edited.assistantMessage.id);
    expect(three.userMessage.threadId).toBe(edited.userMessage.threadId);
    // editMessage on the first message forks at the root.
    const rootEdit = ok(await t.gql(`mutation($m: ID!) { editMessage(messageId: $m, content: "first, again") { userMessage { id parentMessageId threadId sequenceNumber } assistantMessage { id } } }`, { m: one.userMessage.id }, alice.accessToken)).editMessage;
    expect(rootEdit.userMessage).toMatchObject({ parentMessageId: null, threadId: rootEdit.userMessage.id, sequenceNumber: 9 });

    const view = ok(await t.gql(BRANCH_QUERY, { id: c.id }, alice.accessToken)).conversation;
    expect(view.messages.nodes.map((m: any) => m.content.split('\n')[0])).toEqual(['first, again', 'Echo: first, again']);
    expect(view.branches.nodes.map((b: any) => [b.leaf.id, b.length])).toEqual([
      [rootEdit.assistantMessage.id, 2],
      [three.assistantMessage.id, 6],
      [two.assistantMessage.id, 4],
    ]);
    const path = ok(await t.gql(BRANCH_QUERY, { id: c.id, branch: three.assistantMessage.id }, alice.accessToken)).conversation.messages.nodes;
    expect(path.map((m: any) => m.id)).toEqual([one.userMessage.id, one.assistantMessage.id, edited.userMessage.id, edited.assistantMessage.id, three.userMessage.id, three.assistantMessage.id]);
    const old = ok(await t.gql(BRANCH_QUERY, { id: c.id, branch: two.assistantMessage.id, last: 2 }, alice.accessToken)).conversation.messages.nodes;
    expect(old.map((m: any) => m.id)).toEqual([two.userMessage.id, two.assistantMessage.id]);
  });

  it('refuses a parent from another conversation', async () => {
    const a = await kit.createConversation(alice.accessToken);
    const b = await kit.createConversation(alice.accessToken);
    const sent = await kit.sendOk(alice.accessToken, a.id, 'hi');
    expect(failure(await kit.send(alice.accessToken, b.id, 'hi', { parent: sent.userMessage.id }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ path: ['parentMessageId'] }] } });
  });
});

describe('sharing', () => {
  const SHARED = `query($token: String!) { sharedConversation(token: $token) { id title sharedUntil messages { nodes { role content } } } }`;

  it('a share token reads without sign-in until it expires, and unshare revokes it', async () => {
    const c = await kit.createConversation(alice.accessToken, { title: 'Shared one' });
    await kit.sendOk(alice.accessToken, c.id, 'public words');
    const until = new Date(Date.now() + 60_000).toISOString();
    const shared = ok(await t.gql(`mutation($id: ID!, $u: DateTime!) { shareConversation(id: $id, until: $u) { token sharedUntil conversation { isShared sharedUntil } } }`, { id: c.id, u: until }, alice.accessToken)).shareConversation;
    expect(shared.conversation).toEqual({ isShared: true, sharedUntil: until });
    // Only the hash is stored.
    const [row] = await sql<{ share_token: string }>(t.db.url, `SELECT share_token FROM conversations.conversations WHERE id = $1`, [c.id]);
    expect(row!.share_token).not.toBe(shared.token);
    expect(row!.share_token).toMatch(/^[0-9a-f]{64}$/);

    const anonymous = ok(await t.gql(SHARED, { token: shared.token }));
    expect(anonymous.sharedConversation).toMatchObject({ id: c.id, title: 'Shared one', messages: { nodes: [{ role: 'USER', content: 'public words' }, { role: 'ASSISTANT' }] } });
    // Anonymous readers get nothing beyond the shared view.
    expect(failure(await t.gql(`query($id: ID!) { conversation(id: $id) { id } }`, { id: c.id })).code).toBe('UNAUTHENTICATED');
    expect(ok(await t.gql(SHARED, { token: 'not-a-token' })).sharedConversation).toBeNull();

    // Expiry: move the clock of the row into the past.
    await sql(t.db.url, `UPDATE conversations.conversations SET shared_until = now() - interval '1 second' WHERE id = $1`, [c.id]);
    expect(ok(await t.gql(SHARED, { token: shared.token })).sharedConversation).toBeNull();

    const again = ok(await t.gql(`mutation($id: ID!, $u: DateTime!) { shareConversation(id: $id, until: $u) { token } }`, { id: c.id, u: until }, alice.accessToken)).shareConversation;
    expect(ok(await t.gql(SHARED, { token: again.token })).sharedConversation.id).toBe(c.id);
    expect(ok(await t.gql(SHARED, { token: shared.token })).sharedConversation).toBeNull(); // the old token is gone
    ok(await t.gql(`mutation($id: ID!) { unshareConversation(id: $id) { isShared sharedUntil } }`, { id: c.id }, alice.accessToken));
    expect(ok(await t.gql(SHARED, { token: again.token })).sharedConversation).toBeNull();
  });

  it('refuses an expiry in the past', async () => {
    const c = await kit.createConversation(alice.accessToken);
    const res = await t.gql(`mutation($id: ID!, $u: DateTime!) { shareConversation(id: $id, until: $u) { token } }`, { id: c.id, u: new Date(Date.now() - 1000).toISOString() }, alice.accessToken);
    expect(failure(res)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ path: ['until'] }] } });
  });
});

describe('archiving and soft delete', () => {
  it('moves between states; archived is read-only, deleted is gone', async () => {
    const c = await kit.createConversation(alice.accessToken);
    const archived = ok(await t.gql(`mutation($id: ID!) { archiveConversation(id: $id) { state archivedAt } }`, { id: c.id }, alice.accessToken)).archiveConversation;
    expect(archived.state).toBe('ARCHIVED');
    expect(Date.now() - new Date(archived.archivedAt).getTime()).toBeLessThan(60_000);
    expect(failure(await kit.send(alice.accessToken, c.id, 'hello'))).toMatchObject({ code: 'CONFLICT' });
    const listed = ok(await t.gql(`{ conversations(first: 100, filter: { state: ARCHIVED }) { nodes { id } } }`, {}, alice.accessToken)).conversations.nodes;
    expect(listed.map((n: any) => n.id)).toContain(c.id);
    expect(ok(await t.gql(`mutation($id: ID!) { unarchiveConversation(id: $id) { state archivedAt } }`, { id: c.id }, alice.accessToken)).unarchiveConversation).toEqual({ state: 'ACTIVE', archivedAt: null });
    await kit.sendOk(alice.accessToken, c.id, 'back again');
    expect(ok(await t.gql(`mutation($id: ID!) { deleteConversation(id: $id) { state } }`, { id: c.id }, alice.accessToken)).deleteConversation.state).toBe('DELETED');
    expect(ok(await t.gql(`query($id: ID!) { conversation(id: $id) { id } }`, { id: c.id }, alice.accessToken)).conversation).toBeNull();
    expect(failure(await kit.send(alice.accessToken, c.id, 'hello'))).toMatchObject({ code: 'NOT_FOUND' });
    const all = ok(await t.gql(`{ conversations(first: 100) { nodes { id } } }`, {}, alice.accessToken)).conversations.nodes;
    expect(all.map((n: any) => n.id)).not.toContain(c.id);
    expect(failure(await t.gql(`{ conversations(filter: { state: DELETED }) { nodes { id } } }`, {}, alice.accessToken)).code).toBe('BAD_USER_INPUT');
  });
});

describe('another user', () => {
  it('cannot read, write, share or list someone else\'s conversations; an administrator with conversation:read can read', async () => {
    const c = await kit.createConversation(alice.accessToken, { title: 'Private' });
    await kit.sendOk(alice.accessToken, c.id, 'secret');
    // Bob gets exactly the answers for a conversation that does not exist.
    const answers = async (id: string) => [
      await t.gql(`query($id: ID!) { conversation(id: $id) { id title } }`, { id }, bob.accessToken),
      await kit.send(bob.accessToken, id, 'mine now?'),
      await t.gql(`mutation($id: ID!, $u: DateTime!) { shareConversation(id: $id, until: $u) { token } }`, { id, u: new Date(Date.now() + 60_000).toISOString() }, bob.accessToken),
      await t.gql(`mutation($id: ID!) { deleteConversation(id: $id) { id } }`, { id }, bob.accessToken),
    ].map((r) => ({ data: r.data, errors: r.errors?.map((e) => ({ code: e.extensions?.code, message: e.message })) }));
    const theirs = await answers(c.id);
    expect(theirs[0]).toEqual({ data: { conversation: null }, errors: undefined });
    for (const r of theirs.slice(1)) expect(r.errors).toEqual([{ code: 'NOT_FOUND', message: 'Conversation not found' }]);
    expect(theirs).toEqual(await answers(randomUUID()));
    // Nothing was stored by bob.
    expect((await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM conversations.messages WHERE conversation_id = $1`, [c.id]))[0]!.n).toBe(2);

    const admin = ok(await t.gql(`query($id: ID!) { conversation(id: $id) { id title messages { nodes { content } } } }`, { id: c.id }, t.admin.accessToken));
    expect(admin.conversation.title).toBe('Private');
    expect(admin.conversation.messages.nodes[0].content).toBe('secret');
  });

  it('lists another user\'s conversations through the User entity only with conversation:read', async () => {
    await kit.createConversation(alice.accessToken, { title: 'Listed' });
    const q = `query($u: ID!) { user(id: $u) { id conversations(first: 50) { nodes { title user { id } } } } }`;
    const mine = ok(await t.gql(q, { u: alice.userId }, alice.accessToken)).user.conversations.nodes;
    expect(mine.map((n: any) => n.title)).toContain('Listed');
    const theirs = await t.gql(q, { u: alice.userId }, bob.accessToken);
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', permission: 'conversation:read' });
    expect(ok(await t.gql(q, { u: alice.userId }, t.admin.accessToken)).user.conversations.nodes.length).toBeGreaterThan(0);
  });
});
