import { badInput, pageArgs, parseInput, type Connection } from '@atrium/kernel';

/**
 * Keyset pagination on the primary key. Timestamps are not used as the sort key here:
 * Postgres keeps microseconds and JavaScript dates only milliseconds, so a timestamp
 * cursor cannot point exactly at a row. Ids are unique and exact.
 */
export interface IdPage {
  take: number;
  afterId: string | null;
  first: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function idPage(args: unknown): IdPage {
  const { first, after } = parseInput(pageArgs, args);
  let afterId: string | null = null;
  if (after) {
    afterId = Buffer.from(after, 'base64url').toString('utf8');
    if (!UUID.test(afterId)) throw badInput([{ path: ['after'], message: 'is not a valid cursor' }]);
  }
  return { take: first + 1, afterId, first };
}

/** Prisma `where` fragment for rows after the cursor, with `orderBy: { id: 'asc' }`. */
export const afterId = (page: IdPage) => (page.afterId ? { id: { gt: page.afterId } } : {});

export function idConnection<T extends { id: string }>(rows: T[], page: IdPage): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: Buffer.from(node.id).toString('base64url'), node }));
  return { edges, nodes, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
}
