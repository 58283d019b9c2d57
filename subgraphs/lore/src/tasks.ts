import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import { INGEST_DOCUMENT, ingestDocument, type IngestDeps } from './modules/knowledge/ingest.js';

const payload = z.object({ documentId: z.uuid() });

/** Lore's own background tasks. */
export function createTasks(deps: IngestDeps): TaskList {
  return {
    async [INGEST_DOCUMENT](raw, helpers) {
      // A malformed payload can never succeed; failing keeps it visible as a failed job.
      const parsed = payload.safeParse(raw);
      if (!parsed.success) throw new Error(`${INGEST_DOCUMENT}: invalid payload: ${z.prettifyError(parsed.error)}`);
      await ingestDocument(deps, parsed.data.documentId, { number: helpers.job.attempts, max: helpers.job.max_attempts });
    },
  };
}
