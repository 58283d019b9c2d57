import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Usage measured on real traffic, the breaking-change check's second source beside the persisted
 * manifest: schema coordinates (`Type.field`, `Type.field.arg`) the gateway saw requested, with
 * their request counts, as analytics' `fieldUsage` answers them. A removed field that real
 * traffic used in the window is "used" even if no manifest operation selects it.
 */
export interface TrafficUsage {
  /** Names the source in findings, e.g. `fieldUsage over the last 30 days`. */
  source: string;
  requests: ReadonlyMap<string, number>;
}

const rows = z.array(z.object({ coordinate: z.string().min(1), requests: z.number().nonnegative() }));

export function trafficUsageOf(source: string, list: unknown): TrafficUsage {
  const parsed = rows.parse(list);
  const requests = new Map<string, number>();
  for (const r of parsed) if (r.requests > 0) requests.set(r.coordinate, (requests.get(r.coordinate) ?? 0) + r.requests);
  return { source, requests };
}

/** Whether real traffic requested a coordinate; a bare type is used when any of its fields was. */
export function trafficRequests(traffic: TrafficUsage | undefined, coordinate: string): number {
  if (!traffic) return 0;
  if (coordinate.includes('.')) return traffic.requests.get(coordinate) ?? 0;
  let n = 0;
  for (const [c, r] of traffic.requests) if (c.startsWith(`${coordinate}.`)) n += r;
  return n;
}

const FIELD_USAGE = `query SchemaCheckFieldUsage($from: DateTime!, $to: DateTime!) { fieldUsage(from: $from, to: $to, first: 10000) { coordinate requests } }`;

/**
 * Read fieldUsage through the gateway with a token of a platform analytics reader
 * (analytics:read for every organization): the last `days` days, up to now.
 */
export async function fetchTrafficUsage(options: { url: string; token: string; days: number; now?: Date }): Promise<TrafficUsage> {
  const to = options.now ?? new Date();
  const from = new Date(to.getTime() - options.days * 86_400_000);
  const send = () =>
    fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query: FIELD_USAGE, variables: { from: from.toISOString(), to: to.toISOString() } }),
    });
  // A query: sent once more if the connection failed (a pooled keep-alive socket the server had just closed).
  const res = await send().catch(() => send());
  const body = (await res.json().catch(() => null)) as { data?: { fieldUsage?: unknown }; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (!body?.data?.fieldUsage) {
    const error = body?.errors?.[0];
    throw new Error(`fieldUsage could not be read from ${options.url} (HTTP ${res.status}${error ? `, ${error.extensions?.code ?? 'error'}: ${error.message}` : ''})`);
  }
  return trafficUsageOf(`real traffic (fieldUsage over the last ${options.days} days)`, body.data.fieldUsage);
}

/** A saved fieldUsage answer: the JSON list itself, or a GraphQL response holding it. */
export function readTrafficUsageFile(path: string): TrafficUsage {
  const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const list = Array.isArray(json) ? json : (json as { data?: { fieldUsage?: unknown } })?.data?.fieldUsage;
  return trafficUsageOf(`real traffic (${path})`, list);
}
