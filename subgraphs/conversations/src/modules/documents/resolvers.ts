import { present } from '@atrium/kernel';
import type { Document, DocumentProcessingJob } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as documents from './service.js';
import { promoteDocument } from '../knowledge/service.js';
import type { Resolvers } from '../../schema.generated.js';


export const documentResolvers: Resolvers = {
  Query: {
    documents: (_, args, ctx) => documents.listDocuments(ctx, args),
    document: (_, args, ctx) => documents.getDocument(ctx, args.id),
    documentJob: (_, args, ctx) => documents.getJob(ctx, args.id),
  },
  Mutation: {
    createDocument: (_, args, ctx) => documents.createDocument(ctx, args.input),
    promoteDocument: (_, args, ctx) => promoteDocument(ctx, args),
    createDocumentJob: (_, args, ctx) => documents.createJob(ctx, args),
    cancelDocumentJob: (_, args, ctx) => documents.cancelJob(ctx, args.id),
    retryDocumentJob: (_, args, ctx) => documents.retryJob(ctx, args.id),
  },
  Organization: {
    documents: (o, args, ctx) => documents.listDocuments(ctx, args, o.id),
  },
  Document: {
    user: (d) => ({ __typename: 'User', id: d.userId }),
    organization: (d) => (d.organizationId ? { __typename: 'Organization', id: d.organizationId } : null),
    fileSize: (d) => (d.fileSize === null ? null : Number(d.fileSize)),
    jobs: (d, args, ctx) => documents.jobsOfDocument(ctx, d, args),
  },
  DocumentProcessingJob: {
    document: (j, _, ctx) => present(ctx.loaders.document.load(j.documentId), 'Document'),
    user: (j) => ({ __typename: 'User', id: j.userId }),
    model: (j, _, ctx) => (j.modelId ? ctx.loaders.model.load(j.modelId) : null),
    cost: (j) => (j.cost === null ? null : formatDecimal(j.cost, 6)),
  },
};
