import { subjectCounts, subjectRows, type SubjectDataHandler, type SubjectRef } from '@atrium/kernel';
import type { LoreDb } from '../../db.js';

/**
 * Lore's part of data-subject requests (issue 12 §6). Every lore object is its organization's
 * knowledge (organization_id is never null): collections, knowledge documents (a promoted upload
 * included: the upload itself is conversations' and is deleted there), entities and relationships
 * stay, and the subject's only trace, `created_by`, becomes null; so do content items and their
 * versions (the repositories are the organization's), while assignments to the subject are deleted. Nothing is deleted, so no chunk
 * or embedding goes (they carry no user column). The objects are not re-announced: the
 * authorization domain's own handler clears the subject as owner of its resources.
 */
type Deps = { db: LoreDb };

const HELD: Record<string, string> = {
  collections: `"lore"."collections" WHERE created_by = $1::uuid`,
  documents: `"lore"."documents" WHERE created_by = $1::uuid`,
  entities: `"lore"."entities" WHERE created_by = $1::uuid`,
  relationships: `"lore"."relationships" WHERE created_by = $1::uuid`,
  content_items: `"lore"."content_items" WHERE created_by = $1::uuid`,
  content_versions: `"lore"."content_versions" WHERE created_by = $1::uuid`,
  content_assignments: `"lore"."content_assignments" WHERE user_id = $1::uuid`,
  'content_assignments.assigned_by': `"lore"."content_assignments" WHERE assigned_by = $1::uuid`,
};

async function exportSubject({ userId }: SubjectRef, { db }: Deps): Promise<Record<string, unknown[]>> {
  return db.$transaction(async (tx) => {
    const rows = (table: keyof typeof HELD) => subjectRows(tx, `SELECT * FROM ${HELD[table]} ORDER BY created_at, id`, userId);
    return {
      collections: await rows('collections'),
      documents: await rows('documents'),
      entities: await rows('entities'),
      relationships: await rows('relationships'),
      content_items: await rows('content_items'),
      content_versions: await subjectRows(tx, `SELECT * FROM ${HELD.content_versions} ORDER BY created_at, id`, userId),
      content_assignments: await subjectRows(tx, `SELECT * FROM ${HELD.content_assignments} ORDER BY created_at, id`, userId),
    };
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
      // Content is the organization's too: items and versions stay without their author; what
      // was assigned to the subject goes, what the subject assigned to others stays without them.
      content_items: (await tx.contentItem.updateMany({ where, data })).count,
      content_versions: (await tx.contentVersion.updateMany({ where, data })).count,
      content_assignments: (await tx.contentAssignment.deleteMany({ where: { userId } })).count,
      'content_assignments.assigned_by': (await tx.contentAssignment.updateMany({ where: { assignedById: userId }, data: { assignedById: null } })).count,
    };
  });
}

async function remainingOf({ userId }: SubjectRef, { db }: Deps): Promise<Record<string, number>> {
  return db.$transaction((tx) => subjectCounts(tx, HELD, userId));
}

export const loreSubjectData: SubjectDataHandler<Deps> = { export: exportSubject, erase: eraseSubject, remaining: remainingOf };
