import { z } from 'zod';
import { badInput } from './errors.js';

/** Relay-style connection arguments, validated: `first` 1..100 (default 20), opaque `after`. */
export const pageArgs = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(20),
  after: z.string().max(200).nullish(),
});
export type PageArgs = z.infer<typeof pageArgs>;

export interface Cursor {
  /** Value of the sort field (createdAt, joinedAt...) of the last row seen. */
  createdAt: Date;
  id: string;
}

/** Cursors are opaque to clients: base64url of `[createdAt, id]`, the keyset sort key. */
export function encodeCursor(sortValue: Date, id: string): string {
  return Buffer.from(JSON.stringify([sortValue.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, path: (string | number)[] = ['after']): Cursor | null {
  if (!cursor) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw badInput([{ path, message: 'is not a valid cursor' }]);
  }
}

/** Prisma `where` fragment selecting rows strictly after the cursor in (sortField, id) order. */
export function afterCursor(cursor: Cursor | null, sortField = 'createdAt'): Record<string, unknown> {
  if (!cursor) return {};
  return {
    OR: [{ [sortField]: { gt: cursor.createdAt } }, { [sortField]: cursor.createdAt, id: { gt: cursor.id } }],
  };
}

/** Prisma `orderBy` matching {@link afterCursor}. */
export const keysetOrder = (sortField = 'createdAt') => [{ [sortField]: 'asc' as const }, { id: 'asc' as const }];

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Build a connection from `first + 1` fetched rows sorted by (sortField, id). */
export function toConnection<T extends { id: string }>(rows: T[], first: number, sortField: keyof T & string = 'createdAt' as keyof T & string): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node[sortField] as Date, node.id), node }));
  return { edges, nodes: page, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
