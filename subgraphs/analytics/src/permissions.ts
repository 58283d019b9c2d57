import { access, type AccessMap } from '@atrium/kernel';

const { can } = access;
const read = can('analytics:read');

/**
 * Every field of the analytics schema → who may read or call it. Deny by default: a field missing
 * here is refused, and the mirror check fails. Services narrow further by tenant.
 */
export const accessMap: AccessMap = {
  Query: {
    operationStats: read, // service: unscoped holders only (usage is platform-wide)
  },
  OperationStats: { '*': read },
  SubgraphOperationStats: { '*': read },
};
