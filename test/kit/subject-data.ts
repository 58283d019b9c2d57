import { createLogger, withSubgraphSetup, type SubjectDataHandler } from '@atrium/kernel';
import { SUBGRAPHS, systemEventBus } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import type { TestSystem } from './system.js';

/**
 * A subgraph's data-subject handler (subject-data.ts) called on the test system's database with
 * the deps a running instance gives its event handlers: its client, settings, the system's event
 * bus, and what its `services` builds (released afterwards).
 */
export function subjectData(t: TestSystem, name: string) {
  const definition = SUBGRAPHS.find((d) => d.name === name);
  const handler = definition?.subjectData as SubjectDataHandler | undefined;
  if (!definition || !handler) throw new Error(`subgraph ${name} declares no subjectData`);
  const input = { databaseUrl: t.db.url, config: t.config, logger: createLogger('test', 'silent'), events: systemEventBus(t.config) };
  const call = <T>(op: (deps: unknown) => Promise<T>) =>
    withSubgraphSetup(definition, input, async (s) => {
      const own = (await definition.services?.({ ...s, databaseUrl: t.db.url })) ?? {};
      try {
        return await op({ ...s, ...own });
      } finally {
        await definition.disposeServices?.(own);
      }
    });
  const subject = (userId: string) => ({ userId, requestId: randomUUID() });
  return {
    export: (userId: string) => call((deps) => handler.export(subject(userId), deps)),
    erase: (userId: string) => call((deps) => handler.erase(subject(userId), deps)),
    remaining: (userId: string) => call((deps) => handler.remaining(subject(userId), deps)),
  };
}
