import type { SubgraphContext } from '@atrium/kernel';
import type { ComplianceSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { ComplianceLoaders } from './loaders.js';

/** Compliance's request context: base, client, settings, fresh loaders. */
export type ComplianceContext = SubgraphContext<PrismaClient, ComplianceSettings, ComplianceLoaders>;
