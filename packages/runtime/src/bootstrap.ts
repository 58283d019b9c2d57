import { bootstrapAdmin, type BootstrapResult } from '@atrium/identity/index';
import type { SubgraphRuntimeInput } from '@atrium/kernel';
import { SUBGRAPH_PACKAGES } from './subgraphs.js';

/** Create the first administrator (identity) and let every domain grant it what it needs. */
export async function bootstrapFirstAdmin(input: SubgraphRuntimeInput): Promise<BootstrapResult | null> {
  const admin = await bootstrapAdmin(input);
  if (!admin) return null;
  for (const pkg of SUBGRAPH_PACKAGES) await pkg.onAdminBootstrapped?.({ ...input, userId: admin.userId });
  return admin;
}
