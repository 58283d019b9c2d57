import { z } from 'zod';
import { badInput, parseInput } from './errors.js';

/**
 * One keyset pagination for every store. The cursor is the last row's primary key, opaque to
 * clients (base64url), and the comparison with that row's sort values happens inside SQL:
 * Prisma's `cursor` option (or a `(sort, id) > (SELECT ...)` row comparison in raw SQL) reads
 * them from the row itself. A cursor carrying a timestamp would lose Postgres' microseconds in
 * a JavaScript Date, and a page walk would then repeat or skip rows created in the same
 * millisecond.
 */

/** Relay-style connection arguments, validated: `first` 1..100 (default 20), opaque `after`. */
export const pageArgs = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(20),
  after: z.string().max(200).nullish(),
});

export interface Page {
  first: number;
  /** Primary key of the last row of the previous page. */
  afterId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The opaque cursor of a row. */
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');

/** The row id inside a cursor; anything else is BAD_USER_INPUT at `path`. */
function decodeCursor(after: string | null | undefined, path: (string | number)[] = ['after'], pattern: RegExp = UUID): string | null {
  if (!after) return null;
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!pattern.test(id)) throw badInput([{ path, message: 'is not a valid cursor' }]);
  return id;
}

/** `first` and `after` of a field's arguments (other arguments are the caller's to parse). */
export function page(args: unknown, pattern?: RegExp): Page {
  const raw = (args ?? {}) as { first?: unknown; after?: unknown };
  const { first, after } = parseInput(pageArgs, { first: raw.first ?? undefined, after: raw.after });
  return { first, afterId: decodeCursor(after, ['after'], pattern) };
}

type Order = Record<string, 'asc' | 'desc'>;
const CREATED_AT_ID = [{ createdAt: 'asc' }, { id: 'asc' }] as const;

/**
 * Prisma `findMany` arguments for one page: `first + 1` rows in `orderBy` order (which must end
 * with a unique column, `id`), after the cursor row. The default order is `(createdAt, id)`.
 */
function pageQuery<const O extends Order = (typeof CREATED_AT_ID)[number]>(p: Page, orderBy?: readonly O[]) {
  const order = (orderBy ?? CREATED_AT_ID) as readonly O[];
  return {
    orderBy: [...order],
    take: p.first + 1,
    ...(p.afterId ? { cursor: { id: p.afterId }, skip: 1 } : {}),
  };
}
export type PageQuery<O extends Order = (typeof CREATED_AT_ID)[number]> = ReturnType<typeof pageQuery<O>>;

/** A cursor whose row is not in the list it pages: gone, or outside the caller's filter or tenant. */
export const cursorOutsideList = () => badInput([{ path: ['after'], message: 'is not a cursor of this list (its row is gone or outside it); start again from the first page' }]);

/** The filter of one list with a cursor row's id: the cursor must name a row of this very list. */
export type CursorWhere<W> = { AND: [W, { id: string }] };

/**
 * Fetch one page of the rows matching `where` (`fetch` spreads the query, `where` included, into
 * its `findMany`). The cursor must name a row of this list: `count` counts the rows matching
 * `where` with the cursor's id, and zero is BAD_USER_INPUT. Without that check Prisma's cursor
 * compares with the cursor row wherever it lives, so another tenant's id would page on while a
 * random id fails (an existence oracle), and a deleted row would silently read as the end of
 * the list. Taking `where` here, once for both statements, is what keeps them the same filter.
 */
export async function paginate<T, W extends object, const O extends Order = (typeof CREATED_AT_ID)[number]>(
  p: Page,
  where: W,
  fetch: (query: PageQuery<O> & { where: W }) => Promise<T[]>,
  count: (where: CursorWhere<W>) => Promise<number>,
  orderBy?: readonly O[],
): Promise<T[]> {
  const query = { where, ...pageQuery<O>(p, orderBy) };
  if (!p.afterId) return fetch(query);
  if ((await count({ AND: [where, { id: p.afterId }] })) === 0) throw cursorOutsideList();
  return fetch(query);
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A connection from the `first + 1` rows {@link pageQuery} fetched. */
export function connection<T>(rows: T[], p: Pick<Page, 'first'>, cursorOf: (row: T) => string = (row) => encodeCursor((row as { id: string }).id)): Connection<T> {
  const nodes = rows.slice(0, p.first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, nodes, pageInfo: { hasNextPage: rows.length > p.first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A connection over an in-memory list (already bounded), continuing after the item whose cursor is given. */
export function sliceConnection<T>(items: T[], first: number, after: string | null, cursorOf: (item: T) => string): Connection<T> {
  const start = after === null ? 0 : items.findIndex((item) => cursorOf(item) === after) + 1;
  if (after !== null && start === 0) throw badInput([{ path: ['after'], message: 'is not a valid cursor' }]);
  const nodes = items.slice(start, start + first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, nodes, pageInfo: { hasNextPage: start + first < items.length, endCursor: edges.at(-1)?.cursor ?? null } };
}
