import { randomUUID } from 'node:crypto';
/**
 * Document processing jobs on the real graphile-worker queue: queued → running → completed or
 * failed, retries with a limit (the queue's own retry), cancel of a running and of a queued
 * job, manual retry, and denial of another user.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';
import { conversationsKit, failure, ok, waitFor, type Session } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let fake: FakeOpenAi;
let alice: Session;
let bob: Session;
let remoteModel: string;
let pricedLocal: string;

const JOB = `id status attempts maxAttempts outputData errorMessage processingTimeMs tokensUsed cost startedAt completedAt processingType model { modelName }`;
const CREATE_DOC = `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id fileSize fileHash documentType storageProvider processingStatus extractionStatus } }`;
const CREATE_JOB = `mutation($d: ID!, $type: ProcessingType!, $m: ID, $p: JSON) { createDocumentJob(documentId: $d, processingType: $type, modelId: $m, parameters: $p) { ${JOB} } }`;
const GET_JOB = `query($id: ID!) { documentJob(id: $id) { ${JOB} document { id processingStatus extractionStatus extractedText wordCount pageCount } } }`;

const TEXT = 'Atrium keeps conversations.\nIt also processes documents, one job at a time.';

beforeAll(async () => {
  fake = await startFakeOpenAi();
  t = await startTestSystem({ ATRIUM_LLM_MAX_RETRIES: '0', ATRIUM_LLM_TIMEOUT_MS: '1500', ATRIUM_DOCUMENT_JOB_MAX_ATTEMPTS: '2' });
  kit = conversationsKit(t);
  [alice, bob] = await Promise.all([kit.user(), kit.user()]);
  remoteModel = (await kit.provider({ name: 'jobs-openai', providerType: 'OPENAI', apiBaseUrl: fake.baseUrl }, { modelName: 'fake-gpt', inputTokenCost: '0.001', outputTokenCost: '0.003' })).model.id;
  pricedLocal = (await kit.provider({ name: 'jobs-local', providerType: 'LOCAL' }, { modelName: 'priced-echo', inputTokenCost: '0.0015', outputTokenCost: '0.002' })).model.id;
});
afterAll(async () => {
  await t?.stop();
  await fake?.close();
});
beforeEach(() => fake.reset());

async function document(token = alice.accessToken, input: Record<string, unknown> = {}) {
  return ok(await t.gql(CREATE_DOC, { i: { filename: 'notes.txt', mimeType: 'text/plain', content: TEXT, ...input } }, token)).createDocument;
}
async function job(documentId: string, type: string, extra: { m?: string; p?: unknown } = {}, token = alice.accessToken) {
  return ok(await t.gql(CREATE_JOB, { d: documentId, type, ...extra }, token)).createDocumentJob;
}
const read = async (id: string) => ok(await t.gql(GET_JOB, { id }, alice.accessToken)).documentJob;
const until = (id: string, predicate: (j: any) => boolean, what: string, ms = 20_000) => waitFor(async () => {
  const j = await read(id);
  return predicate(j) ? j : null;
}, what, ms);
const queued = (id: string) => sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1`, [id]).then((r) => r[0]!.n);
/** graphile-worker's rows for a job key, or for one queue row id. */
const queueRows = (key: string | null, id?: string) =>
  sql<{ id: string; locked_at: Date | null; run_at: Date; attempts: number }>(t.db.url, `SELECT id::text, locked_at, run_at, attempts FROM graphile_worker.jobs WHERE ${key ? 'key = $1' : 'id = $1::bigint'}`, [key ?? id]);

describe('lifecycle', () => {
  it('extracts text: queued, then completed with output, and the document updated', async () => {
    const doc = await document();
    expect(doc).toMatchObject({ fileSize: Buffer.byteLength(TEXT), documentType: 'txt', storageProvider: 'inline', processingStatus: 'PENDING', extractionStatus: 'PENDING' });
    const created = await job(doc.id, 'EXTRACT');
    expect(created).toMatchObject({ status: 'QUEUED', attempts: 0, maxAttempts: 2, outputData: null, model: null });
    const done = await until(created.id, (j) => j.status === 'COMPLETED', 'the extraction');
    expect(done).toMatchObject({ attempts: 1, outputData: { characters: TEXT.length, words: 12, pages: 1, lines: 2 }, tokensUsed: 0, cost: '0.000000', errorMessage: null });
    expect(done.processingTimeMs).toBeGreaterThanOrEqual(0);
    expect(new Date(done.completedAt).getTime()).toBeGreaterThanOrEqual(new Date(done.startedAt).getTime());
    expect(done.document).toMatchObject({ processingStatus: 'COMPLETED', extractionStatus: 'COMPLETED', extractedText: TEXT, wordCount: 12, pageCount: 1 });
    expect(await queued(created.id)).toBe(0);
  });

  it('summarises with a model, recording tokens and the exact cost', async () => {
    const doc = await document();
    const created = await job(doc.id, 'SUMMARIZE', { m: pricedLocal });
    const done = await until(created.id, (j) => j.status === 'COMPLETED', 'the summary');
    expect(done.outputData.summary).toContain('Echo: Summarise this document.');
    expect(done.outputData).toMatchObject({ model: 'priced-echo', provider: 'jobs-local', truncatedInput: false });
    const [row] = await sql<{ tokens_used: number; cost: string }>(t.db.url, `SELECT tokens_used, cost::text FROM conversations.document_processing_jobs WHERE id = $1`, [created.id]);
    expect(done.tokensUsed).toBe(row!.tokens_used);
    expect(done.cost).toBe(row!.cost);
    expect(done.tokensUsed).toBeGreaterThan(20);
    // The summary extracted the text on the way.
    expect(done.document.extractedText).toBe(TEXT);
  });

  it('refuses a translation without a target language', async () => {
    const doc = await document();
    expect(failure(await t.gql(CREATE_JOB, { d: doc.id, type: 'TRANSLATE' }, alice.accessToken)).extensions.fields).toEqual([{ path: ['parameters', 'targetLanguage'], message: 'is required to translate' }]);
  });
});

describe('retries', () => {
  it('a failed attempt goes back to the queue and the retry succeeds', async () => {
    fake.enqueue({ kind: 'error', status: 500, message: 'boom', type: 'server_error' }, { kind: 'answer', content: 'A fine summary.', usage: { prompt_tokens: 1000, completion_tokens: 100 } });
    const doc = await document();
    const created = await job(doc.id, 'SUMMARIZE', { m: remoteModel });
    const between = await until(created.id, (j) => j.attempts === 1 && j.status === 'QUEUED', 'the first failure');
    expect(between.errorMessage).toContain('HTTP 500');
    const done = await until(created.id, (j) => j.status === 'COMPLETED', 'the retry');
    // 1000 × 0.001 / 1000 + 100 × 0.003 / 1000
    expect(done).toMatchObject({ attempts: 2, errorMessage: null, tokensUsed: 1100, cost: '0.001300', outputData: { summary: 'A fine summary.' } });
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up after max attempts: failed, with the last error', async () => {
    fake.setDefault({ kind: 'error', status: 503, message: 'overloaded', type: 'server_error' });
    const doc = await document();
    const created = await job(doc.id, 'ANALYZE', { m: remoteModel });
    const failed = await until(created.id, (j) => j.status === 'FAILED', 'the final failure');
    expect(failed).toMatchObject({ attempts: 2, outputData: null });
    expect(failed.errorMessage).toContain('HTTP 503');
    expect(failed.document.processingStatus).toBe('FAILED');
    expect(fake.requests).toHaveLength(2);
    expect(await queued(created.id)).toBe(0);

    // A manual retry starts over with fresh attempts.
    fake.reset();
    const again = ok(await t.gql(`mutation($id: ID!) { retryDocumentJob(id: $id) { status attempts errorMessage } }`, { id: created.id }, alice.accessToken)).retryDocumentJob;
    expect(again).toEqual({ status: 'QUEUED', attempts: 0, errorMessage: null });
    const done = await until(created.id, (j) => j.status === 'COMPLETED', 'the manual retry');
    expect(done.outputData.analysis).toBe('Fake answer.');
    expect(done.attempts).toBe(1);
  });

  it('fails at once when another attempt cannot help', async () => {
    const doc = await document(alice.accessToken, { filename: 'scan.pdf', mimeType: 'application/pdf', content: '%PDF-1.7' });
    const created = await job(doc.id, 'EXTRACT');
    const failed = await until(created.id, (j) => j.status === 'FAILED', 'the failure');
    expect(failed).toMatchObject({ attempts: 1, errorMessage: 'Cannot extract text from application/pdf: only text formats are supported' });
    expect(failed.document).toMatchObject({ processingStatus: 'FAILED', extractionStatus: 'FAILED' });
  });
});

describe('cancel', () => {
  it('cancels a running job: the attempt ends without writing, and nothing retries', async () => {
    fake.enqueue({ kind: 'hang' });
    const doc = await document();
    const created = await job(doc.id, 'SUMMARIZE', { m: remoteModel });
    await until(created.id, (j) => j.status === 'RUNNING', 'the job to run');
    const [running] = await queueRows(created.id);
    expect(running!.locked_at).not.toBeNull();
    const cancelled = ok(await t.gql(`mutation($id: ID!) { cancelDocumentJob(id: $id) { status completedAt } }`, { id: created.id }, alice.accessToken)).cancelDocumentJob;
    expect(cancelled.status).toBe('CANCELLED');
    // The hung call times out (1.5 s); the attempt then ends and its queue row goes. Its failure
    // must not requeue or overwrite the row.
    await waitFor(async () => ((await queueRows(null, running!.id)).length === 0 ? true : null), 'the cancelled attempt to end', 20_000);
    const after = await read(created.id);
    expect(after).toMatchObject({ status: 'CANCELLED', attempts: 1, outputData: null });
    expect(await queued(created.id)).toBe(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('cancels a job waiting for its retry: the queued job is removed', async () => {
    fake.setDefault({ kind: 'error', status: 500, message: 'boom', type: 'server_error' });
    const doc = await document();
    const created = await job(doc.id, 'SUMMARIZE', { m: remoteModel });
    await until(created.id, (j) => j.attempts === 1 && j.status === 'QUEUED', 'the first failure');
    // The retry waits in the queue: one unlocked row, due after the first backoff (e¹ s).
    const [waiting] = await waitFor(async () => {
      const rows = await queueRows(created.id);
      return rows.length === 1 && rows[0]!.locked_at === null ? rows : null;
    }, 'the retry to be queued');
    expect(new Date(waiting!.run_at).getTime()).toBeGreaterThan(Date.now());
    ok(await t.gql(`mutation($id: ID!) { cancelDocumentJob(id: $id) { status } }`, { id: created.id }, alice.accessToken));
    // That row itself is gone (not just its key): nothing is left that could run the retry.
    expect(await queueRows(created.id)).toEqual([]);
    expect(await queueRows(null, waiting!.id)).toEqual([]);
    expect(await read(created.id)).toMatchObject({ status: 'CANCELLED', attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    // Ended jobs cannot be cancelled again.
    expect(failure(await t.gql(`mutation($id: ID!) { cancelDocumentJob(id: $id) { status } }`, { id: created.id }, alice.accessToken)).code).toBe('CONFLICT');
  });
});

describe('another user', () => {
  it('cannot read the document, queue a job on it, or touch its jobs, and gets the answers for ones that do not exist', async () => {
    const doc = await document();
    const created = await job(doc.id, 'EXTRACT');
    const none = randomUUID();
    const answers = async (docId: string, jobId: string) => [
      await t.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: docId }, bob.accessToken),
      await t.gql(CREATE_JOB, { d: docId, type: 'EXTRACT' }, bob.accessToken),
      await t.gql(GET_JOB, { id: jobId }, bob.accessToken),
      await t.gql(`mutation($id: ID!) { cancelDocumentJob(id: $id) { status } }`, { id: jobId }, bob.accessToken),
    ].map((r) => ({ data: r.data, errors: r.errors?.map((e) => ({ code: e.extensions?.code, message: e.message, fields: e.extensions?.fields })) }));
    const theirs = await answers(doc.id, created.id);
    expect(theirs[0]!.data).toEqual({ document: null });
    expect(theirs[1]!.errors).toEqual([{ code: 'BAD_USER_INPUT', message: 'documentId: no such document', fields: [{ path: ['documentId'], message: 'no such document' }] }]);
    expect(theirs[2]!.data).toEqual({ documentJob: null });
    expect(theirs[3]!.errors?.[0]?.code).toBe('NOT_FOUND');
    expect(theirs).toEqual(await answers(none, none));
  });
});
