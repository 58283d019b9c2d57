import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import { EMBED_ENTITY, embedEntity } from './modules/graph/embed.js';
import { INGEST_DOCUMENT, ingestDocument, type IngestDeps } from './modules/knowledge/ingest.js';

const payload = z.object({ documentId: z.uuid() });
const entityPayload = z.object({ entityId: z.uuid() });

/** Lore's own background tasks. */
export function createTasks(deps: IngestDeps): TaskList {
  return {
    async [INGEST_DOCUMENT](raw, helpers) {
      // A malformed payload can never succeed; failing keeps it visible as a failed job.
      const parsed = payload.safeParse(raw);
      if (!parsed.success) throw new Error(`${INGEST_DOCUMENT}: invalid payload: ${z.prettifyError(parsed.error)}`);
      await ingestDocument(deps, parsed.data.documentId, { number: helpers.job.attempts, max: helpers.job.max_attempts });
    },
    async [EMBED_ENTITY](raw, helpers) {
      const parsed = entityPayload.safeParse(raw);
      if (!parsed.success) throw new Error(`${EMBED_ENTITY}: invalid payload: ${z.prettifyError(parsed.error)}`);
      await embedEntity(deps, parsed.data.entityId, { number: helpers.job.attempts, max: helpers.job.max_attempts });
    },
  };
}
