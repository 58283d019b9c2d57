import { idArg, connection, page, badInput, conflict, enqueue, notFound, parseInput, sha256, announceResource, tenantFor, inTenant, tenantsOf, type EventBus, type RawExecutor } from '@atrium/kernel';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { Document, DocumentProcessingJob } from '../../db.js';
import { resolveModel } from '../llm/service.js';
import { callerId, chosenTenant, mayAccess, memberScope, requireAccess } from '../shared/access.js';
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
  organizationId: uuid.nullish(),
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
  const organizationId = await chosenTenant(ctx, input.organizationId, ['input', 'organizationId']);
  return ctx.db.$transaction(async (tx) => {
    const document = await new DocumentStore(tx).create({
    userId: callerId(ctx),
    organizationId,
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
    await announceDocument(ctx.events, tx, document);
    return document;
  });
}

/** A document as a resource: owned by its uploader, under its organization. */
export const announceDocument = (events: EventBus, tx: RawExecutor, d: Document) =>
  announceResource(events, tx, { type: 'document', id: d.id, name: d.filename, ownerId: d.userId, organizationId: d.organizationId });

const ownedRow = (d: Document) => ({ id: d.id, ownerId: d.userId, organizationId: d.organizationId });
/** A job is reached through its document, its requester standing as the owner. */
const jobRow = (j: DocumentProcessingJob, d: Document) => ({ id: d.id, ownerId: j.userId, organizationId: d.organizationId });

/** A document the caller may read (the owner, or document:read about it); otherwise the same null as for none. */
export async function getDocument(ctx: ConversationsContext, rawId: unknown) {
  const document = await ctx.loaders.document.load(idArg(rawId));
  if (!document) return null;
  return (await mayAccess(ctx, ownedRow(document), 'document:read')) ? document : null;
}

/** The caller's own documents (personal, and in its organizations), or one organization's (all with document:read there). */
export async function listDocuments(ctx: ConversationsContext, rawArgs: unknown, organizationId: string | null = null) {
  const p = page(rawArgs);
  const me = callerId(ctx);
  const store = new DocumentStore(ctx.db);
  if (!organizationId) return connection(await store.list(await memberScope(ctx), me, p), p);
  if (inTenant(await tenantFor(ctx, 'document:read'), organizationId)) return connection(await store.list(tenantsOf([organizationId]), null, p), p);
  return connection(await store.list(tenantsOf(inTenant(await memberScope(ctx), organizationId) ? [organizationId] : []), me, p, organizationId), p);
}

export async function jobsOfDocument(ctx: ConversationsContext, document: Document, rawArgs: unknown) {
  const p = page(rawArgs);
  return connection(await new DocumentStore(ctx.db).jobsOfDocument(document.id, p), p);
}

export async function getJob(ctx: ConversationsContext, rawId: unknown) {
  const job = await ctx.loaders.job.load(idArg(rawId));
  if (!job) return null;
  const document = await ctx.loaders.document.load(job.documentId);
  return document && (await mayAccess(ctx, jobRow(job, document), 'document:read')) ? job : null;
}

/** Insert the row and enqueue its job in one transaction: a rolled-back row queues nothing. */
export async function createJob(ctx: ConversationsContext, raw: unknown) {
  const args = parseInput(jobArgs, raw);
  const document = await ctx.loaders.document.load(args.documentId);
  // A document the caller may not change gets the answer of one that does not exist.
  if (!document || !(await mayAccess(ctx, ownedRow(document), 'document:update'))) throw badInput([{ path: ['documentId'], message: 'no such document' }]);
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
  const document = job ? await ctx.loaders.document.load(job.documentId) : null;
  if (!job || !document) throw notFound('Document processing job');
  await requireAccess(ctx, jobRow(job, document), 'document:update', 'Document processing job');
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
