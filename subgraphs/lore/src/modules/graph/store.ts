import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

const BY_TYPE_NAME = [{ entityType: 'asc' }, { name: 'asc' }, { id: 'asc' }] as const;

/** Which way a walk follows relationships. */
export type Direction = 'outgoing' | 'incoming' | 'both';

/** What every walk is limited to: one organization, some relationship types, a confidence floor. */
export interface EdgeFilter {
  organizationId: string;
  direction: Direction;
  relationshipTypes: string[] | null;
  minConfidence: number;
}

/**
 * One hop from `w.entity_id`, as a LATERAL subquery: the relationships of the walk's organization
 * that pass the filter, each giving the entity at its other end. $2 organization, $3 types (NULL:
 * every type), $4 minimum confidence.
 */
function hopSql(direction: Direction): string {
  const filter = `r.organization_id = $2::uuid AND ($3::text[] IS NULL OR r.relationship_type = ANY($3::text[])) AND r.confidence >= $4::float8`;
  const out = `SELECT r.target_id AS other, r.id AS rel FROM lore.relationships r WHERE r.source_id = w.entity_id AND ${filter}`;
  const inc = `SELECT r.source_id AS other, r.id AS rel FROM lore.relationships r WHERE r.target_id = w.entity_id AND ${filter}`;
  return direction === 'outgoing' ? out : direction === 'incoming' ? inc : `${out} UNION ALL ${inc}`;
}

/** Every Prisma call and SQL statement of the knowledge graph. Each names the tenant. */
export class GraphStore {
  constructor(private readonly db: DbClient) {}

  entitiesByIds(ids: readonly string[]) {
    return this.db.entity.findMany({ where: { id: { in: [...ids] } } });
  }

  relationshipsByIds(ids: readonly string[]) {
    return this.db.relationship.findMany({ where: { id: { in: [...ids] } } });
  }

  listEntities(collectionId: string, entityType: string | null, p: Page) {
    const where = { collectionId, ...(entityType ? { entityType } : {}) };
    return paginate(p, where, (q) => this.db.entity.findMany(q), (w) => this.db.entity.count({ where: w }), BY_TYPE_NAME);
  }

  createEntity(data: Prisma.EntityUncheckedCreateInput) {
    return unique(this.db.entity.create({ data }), 'The collection already has an entity of this type with this name', ['name']);
  }

  updateEntity(id: string, data: Prisma.EntityUncheckedUpdateInput) {
    return unique(this.db.entity.update({ where: { id }, data }), 'The collection already has an entity of this type with this name', ['name']);
  }

  /** Lock rows for the rest of the transaction (writes of one entity are serialised). */
  async lockEntities(ids: string[]) {
    await this.db.$queryRawUnsafe('SELECT id FROM lore.entities WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', ids);
    return this.db.entity.findMany({ where: { id: { in: ids } } });
  }

  async lockRelationship(id: string) {
    const rows = await this.db.$queryRawUnsafe<unknown[]>('SELECT id FROM lore.relationships WHERE id = $1::uuid FOR UPDATE', id);
    return rows.length ? this.db.relationship.findUnique({ where: { id } }) : null;
  }

  /** The entity's relationships' ids (for retiring their resources), then the entity, its relationships and its embedding. */
  async deleteEntity(id: string): Promise<string[]> {
    const rels = await this.db.relationship.findMany({ where: { OR: [{ sourceId: id }, { targetId: id }] }, select: { id: true } });
    await this.db.$executeRawUnsafe(`DELETE FROM lore.embeddings WHERE entity_type = 'entity' AND entity_id = $1::uuid`, id);
    await this.db.entity.delete({ where: { id } });
    return rels.map((r) => r.id);
  }

  createRelationship(data: Prisma.RelationshipUncheckedCreateInput) {
    return unique(this.db.relationship.create({ data }), 'These entities already have a relationship of this type', ['relationshipType']);
  }

  updateRelationship(id: string, data: Prisma.RelationshipUncheckedUpdateInput) {
    return this.db.relationship.update({ where: { id }, data });
  }

  deleteRelationship(id: string) {
    return this.db.relationship.delete({ where: { id } });
  }

  /** An entity's direct relationships passing the filter, strongest first. */
  async neighbours(entityId: string, f: EdgeFilter, limit: number): Promise<{ relationshipId: string; otherId: string; outgoing: boolean }[]> {
    const rows = await this.db.$queryRawUnsafe<{ rel: string; other: string; outgoing: boolean }[]>(
      `SELECT r.id AS rel, CASE WHEN r.source_id = $1::uuid THEN r.target_id ELSE r.source_id END AS other, r.source_id = $1::uuid AS outgoing
         FROM lore.relationships r
        WHERE ((r.source_id = $1::uuid AND $5::text <> 'incoming') OR (r.target_id = $1::uuid AND $5::text <> 'outgoing'))
          AND r.organization_id = $2::uuid AND ($3::text[] IS NULL OR r.relationship_type = ANY($3::text[])) AND r.confidence >= $4::float8
        ORDER BY r.confidence DESC, r.relationship_type, r.id
        LIMIT $6::int`,
      entityId,
      f.organizationId,
      f.relationshipTypes,
      f.minConfidence,
      f.direction,
      limit,
    );
    return rows.map((r) => ({ relationshipId: r.rel, otherId: r.other, outgoing: r.outgoing }));
  }

  /**
   * k-hop traversal, one recursive statement. The recursive term carries (entity, depth) only and
   * UNION drops repeated rows, so each level holds each entity once and the work is bounded by
   * depth × relationships, however many paths there are. The fewest hops per entity is kept;
   * `limit + 1` rows tell whether the node limit cut the answer.
   */
  async reachable(startId: string, f: EdgeFilter, depth: number, entityTypes: string[] | null, limit: number): Promise<{ entityId: string; depth: number }[]> {
    const rows = await this.db.$queryRawUnsafe<{ entity_id: string; depth: number }[]>(
      `WITH RECURSIVE walk(entity_id, depth) AS (
         SELECT $1::uuid, 0
         UNION
         SELECT n.other, w.depth + 1 FROM walk w CROSS JOIN LATERAL (${hopSql(f.direction)}) n WHERE w.depth < $5::int
       ), nearest AS (
         SELECT entity_id, min(depth) AS depth FROM walk GROUP BY entity_id
       )
       SELECT n.entity_id, n.depth FROM nearest n JOIN lore.entities e ON e.id = n.entity_id AND e.organization_id = $2::uuid
        WHERE n.entity_id <> $1::uuid AND ($6::text[] IS NULL OR e.entity_type = ANY($6::text[]))
        ORDER BY n.depth, e.name, e.id
        LIMIT $7::int`,
      startId,
      f.organizationId,
      f.relationshipTypes,
      f.minConfidence,
      depth,
      entityTypes,
      limit + 1,
    );
    return rows.map((r) => ({ entityId: r.entity_id, depth: Number(r.depth) }));
  }

  /** The relationships passing the filter whose two ends are among `ids`. */
  relationshipsAmong(ids: string[], f: EdgeFilter) {
    return this.db.relationship.findMany({
      where: {
        organizationId: f.organizationId,
        sourceId: { in: ids },
        targetId: { in: ids },
        confidence: { gte: f.minConfidence },
        ...(f.relationshipTypes ? { relationshipType: { in: f.relationshipTypes } } : {}),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * A shortest path, breadth first: the recursive statement produces one level per iteration, so
   * the first row that reaches the target is a shortest path, and LIMIT 1 stops the recursion
   * there (PostgreSQL evaluates a recursive CTE only as far as the outer query reads). A path
   * never revisits an entity. Bounded by `maxDepth`.
   */
  async shortestPath(fromId: string, toId: string, f: EdgeFilter, maxDepth: number): Promise<{ entities: string[]; relationships: string[] } | null> {
    const rows = await this.db.$queryRawUnsafe<{ path: string[]; rels: string[] }[]>(
      `WITH RECURSIVE walk(entity_id, depth, path, rels) AS (
         SELECT $1::uuid, 0, ARRAY[$1::uuid], ARRAY[]::uuid[]
         UNION ALL
         SELECT n.other, w.depth + 1, w.path || n.other, w.rels || n.rel
           FROM walk w CROSS JOIN LATERAL (${hopSql(f.direction)}) n
          WHERE w.depth < $5::int AND w.entity_id <> $6::uuid AND NOT n.other = ANY(w.path)
       )
       SELECT path::text[] AS path, rels::text[] AS rels FROM walk WHERE entity_id = $6::uuid LIMIT 1`,
      fromId,
      f.organizationId,
      f.relationshipTypes,
      f.minConfidence,
      maxDepth,
      toId,
    );
    return rows.length ? { entities: rows[0]!.path, relationships: rows[0]!.rels } : null;
  }

  /**
   * Entities of the same collection and tenant most similar to one by embedding: an exact scan of
   * the collection's entity embeddings (cosine = dot product of unit vectors), at most `scanMaxRows`.
   */
  async similar(entityId: string, organizationId: string, topK: number, threshold: number, scanMaxRows: number) {
    const rows = await this.db.$queryRawUnsafe<{ entity_id: string; score: number }[]>(
      `WITH me AS (
         SELECT collection_id, embedding FROM lore.embeddings WHERE entity_type = 'entity' AND entity_id = $1::uuid AND organization_id = $2::uuid
       ), others AS (
         SELECT o.entity_id, o.embedding FROM lore.embeddings o, me
          WHERE o.collection_id = me.collection_id AND o.organization_id = $2::uuid AND o.entity_type = 'entity' AND o.entity_id <> $1::uuid
          ORDER BY o.created_at DESC LIMIT $5::int
       ), scored AS (
         SELECT others.entity_id, lore.dot(me.embedding, others.embedding) AS score FROM others, me
       )
       SELECT entity_id, score FROM scored WHERE score >= $4::float8 ORDER BY score DESC, entity_id LIMIT $3::int`,
      entityId,
      organizationId,
      topK,
      threshold,
      scanMaxRows,
    );
    return rows.map((r) => ({ entityId: r.entity_id, score: Number(r.score) }));
  }
}
