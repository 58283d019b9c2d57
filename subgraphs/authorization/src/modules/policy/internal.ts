import { parseInput, type InternalHandler } from '@atrium/kernel';
import { z } from 'zod';
import type { DbClient } from '../../db.js';
import { PolicyService, toCheck } from './service.js';

const snapshotInput = z.object({ checks: z.array(z.object({ permission: z.string(), resourceId: z.string().nullish() })).max(5000, 'at most 5000 checks per call') });

/**
 * `policySnapshot`: the caller's policy snapshot for another subgraph's in-process decisions
 * (kernel policy-snapshot.ts), with the resources its checks name. An internal call (kernel
 * internal.ts), not a GraphQL field: it carries resources' owners and attributes, which only
 * subgraphs may read.
 */
export function policyInternalCalls(db: DbClient): Record<string, InternalHandler> {
  return {
    policySnapshot: async ({ principal, variables }) => {
      const { checks } = parseInput(snapshotInput, variables);
      return new PolicyService(db).snapshot(principal.userId, checks.map((c, i) => toCheck(c, ['checks', i])));
    },
  };
}
