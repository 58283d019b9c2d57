import { subjectCounts, subjectRows, type SubjectDataHandler, type SubjectRef } from '@atrium/kernel';
import type { LoreDb } from '../../db.js';

/**
 * Lore's part of data-subject requests (issue 12 §6). Every lore object is its organization's
 * knowledge (organization_id is never null): collections, knowledge documents (a promoted upload
 * included: the upload itself is conversations' and is deleted there), entities and relationships
 * stay, and the subject's only trace, `created_by`, becomes null. Nothing is deleted, so no chunk
 * or embedding goes (they carry no user column). The objects are not re-announced: the
 * authorization domain's own handler clears the subject as owner of its resources.
 */
type Deps = { db: LoreDb };

const HELD: Record<string, string> = {
  collections: `"lore"."collections" WHERE created_by = $1::uuid`,
  documents: `"lore"."documents" WHERE created_by = $1::uuid`,
  entities: `"lore"."entities" WHERE created_by = $1::uuid`,
  relationships: `"lore"."relationships" WHERE created_by = $1::uuid`,
};

async function exportSubject({ userId }: SubjectRef, { db }: Deps): Promise<Record<string, unknown[]>> {
  return db.$transaction(async (tx) => {
    const rows = (table: keyof typeof HELD) => subjectRows(tx, `SELECT * FROM ${HELD[table]} ORDER BY created_at, id`, userId);
    return { collections: await rows('collections'), documents: await rows('documents'), entities: await rows('entities'), relationships: await rows('relationships') };
  });
}

async function eraseSubject({ userId }: SubjectRef, { db }: Deps): Promise<Record<string, number>> {
  return db.$transaction(async (tx) => {
    const where = { createdById: userId };
    const data = { createdById: null };
    return {
      collections: (await tx.collection.updateMany({ where, data })).count,
      documents: (await tx.document.updateMany({ where, data })).count,
      entities: (await tx.entity.updateMany({ where, data })).count,
      relationships: (await tx.relationship.updateMany({ where, data })).count,
    };
  });
}

async function remainingOf({ userId }: SubjectRef, { db }: Deps): Promise<Record<string, number>> {
  return db.$transaction((tx) => subjectCounts(tx, HELD, userId));
}

export const loreSubjectData: SubjectDataHandler<Deps> = { export: exportSubject, erase: eraseSubject, remaining: remainingOf };
