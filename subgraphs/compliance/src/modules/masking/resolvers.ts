import { present } from '@atrium/kernel';
import type { Resolvers } from '../../schema.generated.js';
import * as masking from './service.js';

/** Thin: the service parses and decides. */
export const maskingResolvers: Resolvers = {
  MaskingMethod: masking.MASKING_METHOD,
  Query: {
    dataClassifications: (_, __, ctx) => masking.listClassifications(ctx),
    dataElements: (_, args, ctx) => masking.listElements(ctx, args.tableName),
    maskingPolicies: (_, __, ctx) => masking.listPolicies(ctx),
  },
  Mutation: {
    createDataElement: (_, args, ctx) => masking.createDataElement(ctx, args.input),
    updateDataElement: (_, args, ctx) => masking.updateDataElement(ctx, args.id, args.input),
    deleteDataElement: (_, args, ctx) => masking.deleteDataElement(ctx, args.id),
    detectDataElements: (_, args, ctx) => masking.detectDataElements(ctx, args.input),
    createMaskingPolicy: (_, args, ctx) => masking.createMaskingPolicy(ctx, args.input),
    updateMaskingPolicy: (_, args, ctx) => masking.updateMaskingPolicy(ctx, args.id, args.input),
    deleteMaskingPolicy: (_, args, ctx) => masking.deleteMaskingPolicy(ctx, args.id),
  },
  DataElement: {
    classification: (e, _, ctx) => present(ctx.loaders.classification.load(e.classificationId), 'Data classification'),
    detectionPatterns: (e) => (Array.isArray(e.detectionPatterns) ? e.detectionPatterns.map(String) : []),
  },
};
