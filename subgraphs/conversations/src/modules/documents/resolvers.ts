import type { ConversationsContext } from '../../context.js';
import type { Document, DocumentProcessingJob } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as documents from './service.js';

type Ctx = ConversationsContext;

export const documentResolvers = {
  Query: {
    documents: (_: unknown, args: unknown, ctx: Ctx) => documents.listDocuments(ctx, args),
    document: (_: unknown, args: { id: unknown }, ctx: Ctx) => documents.getDocument(ctx, args.id),
    documentJob: (_: unknown, args: { id: unknown }, ctx: Ctx) => documents.getJob(ctx, args.id),
  },
  Mutation: {
    createDocument: (_: unknown, args: { input: unknown }, ctx: Ctx) => documents.createDocument(ctx, args.input),
    createDocumentJob: (_: unknown, args: unknown, ctx: Ctx) => documents.createJob(ctx, args),
    cancelDocumentJob: (_: unknown, args: { id: unknown }, ctx: Ctx) => documents.cancelJob(ctx, args.id),
    retryDocumentJob: (_: unknown, args: { id: unknown }, ctx: Ctx) => documents.retryJob(ctx, args.id),
  },
  Document: {
    user: (d: Document) => ({ __typename: 'User', id: d.userId }),
    fileSize: (d: Document) => (d.fileSize === null ? null : Number(d.fileSize)),
    jobs: (d: Document, args: unknown, ctx: Ctx) => documents.jobsOfDocument(ctx, d, args),
  },
  DocumentProcessingJob: {
    document: (j: DocumentProcessingJob, _: unknown, ctx: Ctx) => ctx.loaders.document.load(j.documentId),
    user: (j: DocumentProcessingJob) => ({ __typename: 'User', id: j.userId }),
    model: (j: DocumentProcessingJob, _: unknown, ctx: Ctx) => (j.modelId ? ctx.loaders.model.load(j.modelId) : null),
    cost: (j: DocumentProcessingJob) => (j.cost === null ? null : formatDecimal(j.cost, 6)),
  },
};
