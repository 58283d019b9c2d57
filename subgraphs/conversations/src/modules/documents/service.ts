import { idArg, connection, page, badInput, conflict, enqueue, notFound, parseInput, sha256 } from '@atrium/kernel';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { Document } from '../../db.js';
import { resolveModel } from '../llm/service.js';
import { callerId, requireOwnerOr } from '../shared/access.js';
import { PROCESSING_TYPE, values } from '../shared/enums.js';
import { jsonObject, text, uuid } from '../shared/inputs.js';
import { DocumentStore } from './store.js';

/** The graphile-worker task that processes one document_processing_jobs row. */
export const PROCESS_DOCUMENT = 'conversations.process_document';

const MAX_BYTES = 1024 * 1024;
const DOCUMENT_TYPES: Record<string, string> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/csv': 'csv',
  'application/json': 'json',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

const createInput = z.object({
  filename: text(255).min(1),
  mimeType: z.string().trim().toLowerCase().regex(/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/, 'must be a MIME type').max(100),
  content: z.string().refine((v) => Buffer.byteLength(v, 'utf8') <= MAX_BYTES, 'must be at most 1 MB'),
  contentType: text(50).nullish(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code').max(10).nullish(),
});
const jobArgs = z.object({
  documentId: uuid,
  processingType: z.enum(values(PROCESSING_TYPE)),
  modelId: uuid.nullish(),
  parameters: jsonObject.nullish(),
});

export async function createDocument(ctx: ConversationsContext, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  const bytes = Buffer.from(input.content, 'utf8');
  return new DocumentStore(ctx.db).create({
    userId: callerId(ctx),
    filename: input.filename,
    originalFilename: input.filename,
    fileSize: BigInt(bytes.length),
    mimeType: input.mimeType,
    fileHash: sha256(bytes),
    // Stateless replicas share no disk: small text documents live in the row itself.
    storageProvider: 'inline',
    storageMetadata: { encoding: 'utf8', content: input.content },
    documentType: DOCUMENT_TYPES[input.mimeType] ?? 'other',
    contentType: input.contentType ?? null,
    language: input.language ?? null,
  });
}

export async function getDocument(ctx: ConversationsContext, rawId: unknown) {
  const document = await ctx.loaders.document.load(idArg(rawId));
  if (!document) return null;
  await requireOwnerOr(ctx, document.userId, 'document:read', document.id);
  return document;
}

export async function listDocuments(ctx: ConversationsContext, rawArgs: unknown) {
  const p = page(rawArgs);
  return connection(await new DocumentStore(ctx.db).listForUser(callerId(ctx), p), p);
}

export async function jobsOfDocument(ctx: ConversationsContext, document: Document, rawArgs: unknown) {
  const p = page(rawArgs);
  return connection(await new DocumentStore(ctx.db).jobsOfDocument(document.id, p), p);
}

export async function getJob(ctx: ConversationsContext, rawId: unknown) {
  const job = await ctx.loaders.job.load(idArg(rawId));
  if (!job) return null;
  await requireOwnerOr(ctx, job.userId, 'document:read', job.documentId);
  return job;
}

/** Insert the row and enqueue its job in one transaction: a rolled-back row queues nothing. */
export async function createJob(ctx: ConversationsContext, raw: unknown) {
  const args = parseInput(jobArgs, raw);
  const document = await ctx.loaders.document.load(args.documentId);
  if (!document) throw badInput([{ path: ['documentId'], message: 'no such document' }]);
  await requireOwnerOr(ctx, document.userId, 'document:update', document.id);
  if (args.processingType === 'translate' && typeof args.parameters?.targetLanguage !== 'string') {
    throw badInput([{ path: ['parameters', 'targetLanguage'], message: 'is required to translate' }]);
  }
  const model = args.processingType === 'extract' ? null : (await resolveModel(ctx, args.modelId, null, ['modelId'])).model;
  const maxAttempts = ctx.settings.documentJobs.maxAttempts;
  return ctx.db.$transaction(async (tx) => {
    const job = await new DocumentStore(tx).createJob({
      documentId: document.id,
      userId: callerId(ctx),
      processingType: args.processingType,
      jobParameters: args.parameters ?? {},
      modelId: model?.id ?? null,
      maxAttempts,
    });
    await enqueue(tx, PROCESS_DOCUMENT, { jobId: job.id }, { jobKey: job.id, maxAttempts });
    return job;
  });
}

async function loadJobForWrite(ctx: ConversationsContext, rawId: unknown) {
  const job = await ctx.loaders.job.load(idArg(rawId));
  if (!job) throw notFound('Document processing job');
  await requireOwnerOr(ctx, job.userId, 'document:update', job.documentId);
  return job;
}

/**
 * Cancel: the row becomes `cancelled` and the queued job is removed. A running attempt
 * finishes its call but writes nothing: it checks the row before every write.
 */
export async function cancelJob(ctx: ConversationsContext, rawId: unknown) {
  const job = await loadJobForWrite(ctx, rawId);
  return ctx.db.$transaction(async (tx) => {
    const store = new DocumentStore(tx);
    if (!(await store.cancel(job.id))) throw conflict(`The job already ended (${job.status})`, ['id']);
    await store.removeQueued(job.id);
    return (await store.jobsByIds([job.id]))[0]!;
  });
}

export async function retryJob(ctx: ConversationsContext, rawId: unknown) {
  const job = await loadJobForWrite(ctx, rawId);
  const maxAttempts = ctx.settings.documentJobs.maxAttempts;
  return ctx.db.$transaction(async (tx) => {
    const store = new DocumentStore(tx);
    if (!(await store.requeue(job.id, maxAttempts))) throw conflict(`Only failed or cancelled jobs can be retried; this one is ${job.status}`, ['id']);
    await enqueue(tx, PROCESS_DOCUMENT, { jobId: job.id }, { jobKey: job.id, maxAttempts });
    return (await store.jobsByIds([job.id]))[0]!;
  });
}
