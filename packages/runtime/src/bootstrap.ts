import { withSubgraphSetup, type Config, type FirstAdmin, type Logger } from '@atrium/kernel';
import { SUBGRAPHS, runtimeSettings, systemEventBus } from './registry.js';

/**
 * The first administrator: the subgraph that owns accounts creates it (from ATRIUM_ADMIN_EMAIL /
 * PASSWORD, or a generated password when the directory is empty), then every subgraph gives it
 * what it needs. Idempotent; null when nothing needs an administrator.
 */
export async function bootstrapFirstAdmin(input: { databaseUrl: string; config: Config; logger: Logger }): Promise<FirstAdmin | null> {
  const owners = SUBGRAPHS.filter((s) => s.createFirstAdmin);
  if (owners.length !== 1) throw new Error(`Exactly one subgraph must create the first administrator; found ${owners.length}`);
  const owner = owners[0]!;
  const { admin } = runtimeSettings(input.config);
  const setup = { ...input, events: systemEventBus(input.config, input.logger) };
  const created = await withSubgraphSetup(owner, setup, (s) => owner.createFirstAdmin!({ ...s, email: admin.email, password: admin.password }));
  if (!created) return null;
  for (const subgraph of SUBGRAPHS) {
    if (subgraph.onFirstAdmin) await withSubgraphSetup(subgraph, setup, (s) => subgraph.onFirstAdmin!({ ...s, userId: created.userId }));
  }
  return created;
}
