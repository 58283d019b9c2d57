import type { SubgraphContext } from '@atrium/kernel';
import type { PrismaClient } from './generated/prisma/client.js';
import type { ComplianceLoaders } from './loaders.js';

/** Compliance's request context: base, client, fresh loaders. */
export type ComplianceContext = SubgraphContext<PrismaClient, undefined, ComplianceLoaders>;
