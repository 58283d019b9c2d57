import DataLoader from 'dataloader';
import { tracedBatch } from './tracing.js';

/**
 * A per-request loader that fetches many rows in one query and returns them in key order,
 * `null` for keys with no row. Create it in the context factory, never at module level:
 * a shared loader would serve one user's rows to another.
 */
export function loaderBy<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K, name?: string): DataLoader<K, V | null> {
  const loader: DataLoader<K, V | null> = new DataLoader<K, V | null>(
    tracedBatch(() => loader.name ?? 'loaderBy', async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    { name },
  );
  return loader;
}

/** Like {@link loaderBy}, grouping many rows per key (one-to-many foreign keys). */
export function groupLoaderBy<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K, name?: string): DataLoader<K, V[]> {
  const loader: DataLoader<K, V[]> = new DataLoader<K, V[]>(
    tracedBatch(() => loader.name ?? 'groupLoaderBy', async (keys) => {
      const rows = await fetch(keys);
      const groups = new Map<K, V[]>();
      for (const row of rows) {
        const key = keyOf(row);
        const list = groups.get(key);
        if (list) list.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => groups.get(key) ?? []);
    }),
    { name },
  );
  return loader;
}

/**
 * Name a subgraph's unnamed loaders after their key (`identity.user`): the names of their batch
 * spans when traced. Loaders built with `new DataLoader` wrap their batch in `tracedBatch` with a name of their own.
 */
export function nameLoaders(subgraph: string, loaders: unknown) {
  if (loaders === null || typeof loaders !== 'object') return;
  for (const [key, loader] of Object.entries(loaders)) if (loader instanceof DataLoader && !loader.name) loader.name = `${subgraph}.${key}`;
}

/**
 * A row a non-null field must have (a foreign key the database enforces): loaded through its
 * loader, and an internal error rather than a null where the schema promises a value.
 */
export async function present<T>(row: Promise<T | null | undefined>, what: string): Promise<T> {
  const value = await row;
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
