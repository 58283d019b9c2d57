import { badInput, pageArgs, parseInput, type Connection } from '@atrium/kernel';

/**
 * Keyset pagination in (created_at, id) order, using Prisma's own cursor: the cursor is a row
 * id and Prisma compares against that row's values inside SQL. Comparing in JavaScript would
 * be wrong here: Postgres keeps microseconds and a JavaScript Date only milliseconds.
 */
export interface Page {
  first: number;
  afterId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeIdCursor(after: string | null | undefined, path: (string | number)[] = ['after']): string | null {
  if (!after) return null;
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!UUID.test(id)) throw badInput([{ path, message: 'is not a valid cursor' }]);
  return id;
}

export const encodeIdCursor = (id: string) => Buffer.from(id).toString('base64url');

export function page(args: unknown): Page {
  const { first, after } = parseInput(pageArgs, { first: (args as { first?: unknown })?.first ?? undefined, after: (args as { after?: unknown })?.after });
  return { first, afterId: decodeIdCursor(after) };
}

/** findMany arguments for one page: `first + 1` rows to know whether more follow. */
export const pageQuery = (p: Page, orderBy: Record<string, 'asc' | 'desc'>[] = [{ createdAt: 'asc' }, { id: 'asc' }]) => ({
  orderBy: orderBy as never,
  take: p.first + 1,
  ...(p.afterId ? { cursor: { id: p.afterId }, skip: 1 } : {}),
});

export function connection<T extends { id: string }>(rows: T[], p: Pick<Page, 'first'>, cursorOf: (row: T) => string = (row) => encodeIdCursor(row.id)): Connection<T> {
  const nodes = rows.slice(0, p.first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, nodes, pageInfo: { hasNextPage: rows.length > p.first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A connection over an in-memory list (already bounded), continuing after the row whose cursor is given. */
export function sliceConnection<T>(items: T[], first: number, after: string | null, cursorOf: (item: T) => string): Connection<T> {
  const start = after === null ? 0 : items.findIndex((item) => cursorOf(item) === after) + 1;
  if (after !== null && start === 0) throw badInput([{ path: ['after'], message: 'is not a valid cursor' }]);
  const nodes = items.slice(start, start + first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, nodes, pageInfo: { hasNextPage: start + first < items.length, endCursor: edges.at(-1)?.cursor ?? null } };
}
