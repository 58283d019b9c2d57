import { uuid } from '@atrium/kernel';
import { z } from 'zod';

/**
 * The report language (004 §4.2 `data_sources` / `filters` / `aggregations`): a report names one
 * data source from a closed list of analytics' own tables, filters on its fields with operators
 * from a closed list, groups by fields or time buckets and aggregates with functions from a
 * closed list. Nothing a user writes ever becomes SQL text: identifiers come from the tables
 * below (quoted, schema-qualified to `analytics`), and every value is a bound parameter cast to
 * its field's type. A tenant report always reads its own organization's rows only (the source's
 * tenant column = the report's organization, added by the compiler); sources without a tenant
 * column (platform-wide usage) are for platform reports only.
 */
type FieldType = 'text' | 'uuid' | 'number' | 'decimal' | 'bool' | 'time';
interface Source {
  table: string;
  /** The column windows and time buckets read. */
  time: string;
  /** The tenant column; null: platform reports only. */
  tenant: string | null;
  fields: Record<string, { column: string; type: FieldType }>;
}

const f = (column: string, type: FieldType) => ({ column, type });

export const SOURCES = {
  api_usage: {
    table: 'api_usage_logs',
    time: 'timestamp',
    tenant: null,
    fields: {
      operationName: f('endpoint', 'text'),
      operationType: f('operation_type', 'text'),
      statusCode: f('status_code', 'number'),
      latencyMs: f('response_time_ms', 'number'),
      requestSizeBytes: f('request_size_bytes', 'number'),
      responseSizeBytes: f('response_size_bytes', 'number'),
      errorType: f('error_type', 'text'),
      errorCount: f('error_count', 'number'),
      userId: f('user_id', 'uuid'),
      sessionId: f('session_id', 'uuid'),
    },
  },
  llm_usage: {
    table: 'ai_usage_logs',
    time: 'created_at',
    tenant: 'organization_id',
    fields: {
      provider: f('provider', 'text'),
      model: f('model', 'text'),
      operation: f('operation', 'text'),
      inputTokens: f('input_tokens', 'number'),
      outputTokens: f('output_tokens', 'number'),
      totalTokens: f('total_tokens', 'number'),
      cost: f('cost_usd', 'decimal'),
      latencyMs: f('latency_ms', 'number'),
      success: f('success', 'bool'),
      errorCode: f('error_code', 'text'),
      userId: f('user_id', 'uuid'),
    },
  },
  cost_allocations: {
    table: 'cost_allocations',
    time: 'incurred_at',
    tenant: 'organization_id',
    fields: {
      costCenterId: f('cost_center_id', 'uuid'),
      userId: f('user_id', 'uuid'),
      serviceType: f('service_type', 'text'),
      resourceId: f('resource_id', 'text'),
      cost: f('cost_amount', 'decimal'),
      quantity: f('usage_quantity', 'decimal'),
    },
  },
  business_metrics: {
    table: 'business_metrics',
    time: 'time',
    tenant: 'organization_id',
    fields: { metricName: f('metric_name', 'text'), value: f('metric_value', 'number') },
  },
  usage_sessions: {
    table: 'usage_sessions',
    time: 'started_at',
    tenant: null,
    fields: {
      userId: f('user_id', 'uuid'),
      apiCalls: f('api_calls', 'number'),
      llmInteractions: f('llm_interactions', 'number'),
      tokens: f('total_tokens_used', 'number'),
      cost: f('total_cost', 'decimal'),
      durationSeconds: f('duration_seconds', 'number'),
      endReason: f('end_reason', 'text'),
    },
  },
  user_activity: {
    table: 'user_activity',
    time: 'time',
    tenant: null,
    fields: { userId: f('user_id', 'uuid'), activityType: f('activity_type', 'text') },
  },
  system_metrics_hourly: {
    table: 'hourly_system_metrics',
    time: 'bucket',
    tenant: null,
    fields: {
      host: f('host', 'text'),
      metricName: f('metric_name', 'text'),
      avgValue: f('avg_value', 'number'),
      minValue: f('min_value', 'number'),
      maxValue: f('max_value', 'number'),
      sampleCount: f('sample_count', 'number'),
    },
  },
} as const satisfies Record<string, Source>;
export type SourceName = keyof typeof SOURCES;
export const SOURCE_NAMES = Object.keys(SOURCES) as [SourceName, ...SourceName[]];

export const OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'isNull', 'notNull'] as const;
export const FUNCTIONS = ['count', 'countDistinct', 'sum', 'avg', 'min', 'max', 'p50', 'p95', 'p99'] as const;
export const TIME_BUCKETS = ['hour', 'day', 'week', 'month'] as const;
/** Result rows kept per run (and shown, and exported). */
export const MAX_ROWS = 10_000;
export const MAX_WINDOW_DAYS = 366;

const name = z.string().regex(/^[a-z][A-Za-z0-9_]{0,62}$/, 'must be a name of letters, digits and _ starting with a lowercase letter');
const scalar = z.union([z.string().max(500), z.number().finite(), z.boolean()]);

export const definitionSchema = z
  .strictObject({
    source: z.enum(SOURCE_NAMES, { error: `must be one of ${SOURCE_NAMES.join(', ')}` }),
    window: z.union([
      z.strictObject({ lastDays: z.number().int().min(1).max(MAX_WINDOW_DAYS) }),
      z.strictObject({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }),
    ]),
    filters: z
      .array(z.strictObject({ field: name, op: z.enum(OPERATORS), value: z.union([scalar, z.array(scalar).min(1).max(100)]).optional() }))
      .max(20)
      .default([]),
    groupBy: z
      .array(z.union([z.strictObject({ field: name }), z.strictObject({ time: z.enum(TIME_BUCKETS) })]))
      .max(5)
      .default([]),
    aggregations: z
      .array(z.strictObject({ fn: z.enum(FUNCTIONS), field: name.optional(), as: name }))
      .min(1)
      .max(10),
    orderBy: z.array(z.strictObject({ key: name, direction: z.enum(['asc', 'desc']).default('asc') })).max(5).default([]),
    limit: z.number().int().min(1).max(MAX_ROWS).default(1000),
  })
  .superRefine((d, ctx) => {
    const source: Source = SOURCES[d.source];
    const fieldOf = (field: string, path: (string | number)[]) => {
      const known = source.fields[field];
      if (!known) ctx.addIssue({ code: 'custom', path, message: `is not a field of ${d.source} (one of ${Object.keys(source.fields).join(', ')})` });
      return known;
    };
    d.filters.forEach((filter, i) => {
      const known = fieldOf(filter.field, ['filters', i, 'field']);
      if (!known) return;
      const unary = filter.op === 'isNull' || filter.op === 'notNull';
      if (unary !== (filter.value === undefined)) return void ctx.addIssue({ code: 'custom', path: ['filters', i, 'value'], message: unary ? `${filter.op} takes no value` : 'is required' });
      if (unary) return;
      const values = Array.isArray(filter.value) ? filter.value : [filter.value];
      if (Array.isArray(filter.value) !== (filter.op === 'in')) return void ctx.addIssue({ code: 'custom', path: ['filters', i, 'value'], message: filter.op === 'in' ? 'must be a list' : 'must be a single value' });
      if ((known.type === 'bool' || known.type === 'uuid') && !['eq', 'ne', 'in'].includes(filter.op)) ctx.addIssue({ code: 'custom', path: ['filters', i, 'op'], message: `${filter.op} does not apply to a ${known.type} field` });
      values.forEach((v) => {
        const ok =
          known.type === 'number' ? typeof v === 'number' :
          known.type === 'decimal' ? (typeof v === 'number' || (typeof v === 'string' && /^-?\d{1,12}(\.\d{1,6})?$/.test(v))) :
          known.type === 'bool' ? typeof v === 'boolean' :
          known.type === 'uuid' ? uuid.safeParse(v).success :
          known.type === 'time' ? typeof v === 'string' && z.iso.datetime({ offset: true }).safeParse(v).success :
          typeof v === 'string';
        if (!ok) ctx.addIssue({ code: 'custom', path: ['filters', i, 'value'], message: `must be ${known.type === 'uuid' ? 'a UUID' : `a ${known.type}`} for ${filter.field}` });
      });
    });
    const keys: string[] = [];
    d.groupBy.forEach((g, i) => {
      if ('field' in g) {
        if (fieldOf(g.field, ['groupBy', i, 'field'])) keys.push(g.field);
      } else keys.push(g.time);
    });
    d.aggregations.forEach((a, i) => {
      if (a.fn === 'count' && a.field === undefined) return void keys.push(a.as);
      if (a.field === undefined) return void ctx.addIssue({ code: 'custom', path: ['aggregations', i, 'field'], message: `${a.fn} needs a field` });
      const known = fieldOf(a.field, ['aggregations', i, 'field']);
      if (known && !['count', 'countDistinct'].includes(a.fn) && known.type !== 'number' && known.type !== 'decimal') ctx.addIssue({ code: 'custom', path: ['aggregations', i, 'fn'], message: `${a.fn} needs a numeric field` });
      keys.push(a.as);
    });
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['aggregations'], message: 'output names (group-bys and aggregation aliases) must be distinct' });
    d.orderBy.forEach((o, i) => {
      if (!keys.includes(o.key)) ctx.addIssue({ code: 'custom', path: ['orderBy', i, 'key'], message: `must be one of the outputs (${keys.join(', ')})` });
    });
    if ('from' in d.window) {
      const span = Date.parse(d.window.to) - Date.parse(d.window.from);
      if (!(span > 0)) ctx.addIssue({ code: 'custom', path: ['window', 'to'], message: 'must be after from' });
      else if (span > MAX_WINDOW_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', path: ['window', 'to'], message: `the window is at most ${MAX_WINDOW_DAYS} days` });
    }
  });
export type ReportDefinition = z.output<typeof definitionSchema>;

const CAST: Record<FieldType, string> = { text: 'text', uuid: 'uuid', number: 'double precision', decimal: 'numeric', bool: 'boolean', time: 'timestamptz' };
const OP_SQL = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export interface CompiledReport {
  sql: string;
  params: unknown[];
  columns: string[];
}

/** The window a run reads: fixed, or the last N days before the run. */
export function windowOf(d: ReportDefinition, now: Date): { from: Date; to: Date } {
  if ('from' in d.window) return { from: new Date(d.window.from), to: new Date(d.window.to) };
  return { from: new Date(now.getTime() - d.window.lastDays * 86_400_000), to: now };
}

/**
 * One SELECT over `analytics.<table>`: the window and the tenant first (always), then the
 * filters, grouped and aggregated; `__total` (rows the groups were computed from, before the
 * limit) comes back on every row.
 */
export function compileReport(d: ReportDefinition, organizationId: string | null, now: Date): CompiledReport {
  const source: Source = SOURCES[d.source];
  if (organizationId !== null && source.tenant === null) throw new Error(`${d.source} is platform-wide`);
  const params: unknown[] = [];
  const bind = (v: unknown, cast: string) => {
    params.push(v);
    return `$${params.length}::${cast}`;
  };
  const col = (field: string) => {
    const known = source.fields[field];
    if (!known) throw new Error(`unknown field ${field}`);
    return { sql: `t.${ident(known.column)}`, type: known.type };
  };
  const { from, to } = windowOf(d, now);
  const where = [`t.${ident(source.time)} >= ${bind(from.toISOString(), 'timestamptz')}`, `t.${ident(source.time)} < ${bind(to.toISOString(), 'timestamptz')}`];
  if (source.tenant) where.push(organizationId === null ? 'TRUE' : `t.${ident(source.tenant)} = ${bind(organizationId, 'uuid')}`);
  for (const filter of d.filters) {
    const c = col(filter.field);
    if (filter.op === 'isNull') where.push(`${c.sql} IS NULL`);
    else if (filter.op === 'notNull') where.push(`${c.sql} IS NOT NULL`);
    else if (filter.op === 'in') where.push(`${c.sql} = ANY(${bind((filter.value as unknown[]).map(String), `${CAST[c.type]}[]`)})`);
    else where.push(`${c.sql} ${OP_SQL[filter.op]} ${bind(String(filter.value), CAST[c.type])}`);
  }
  const select: string[] = [];
  const columns: string[] = [];
  const sortBy = new Map<string, string>();
  for (const g of d.groupBy) {
    if ('field' in g) {
      const c = col(g.field);
      select.push(`${c.type === 'decimal' ? `${c.sql}::text` : c.type === 'uuid' ? `${c.sql}::text` : c.sql} AS ${ident(g.field)}`);
      columns.push(g.field);
    } else {
      select.push(`to_char(date_trunc('${g.time}', t.${ident(source.time)}, 'UTC') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ${ident(g.time)}`);
      columns.push(g.time);
    }
  }
  for (const a of d.aggregations) {
    const c = a.field ? col(a.field) : null;
    const exact = c?.type === 'decimal';
    const expr =
      a.fn === 'count' ? (c ? `count(${c.sql})` : 'count(*)') :
      a.fn === 'countDistinct' ? `count(DISTINCT ${c!.sql})` :
      a.fn === 'p50' || a.fn === 'p95' || a.fn === 'p99' ? `percentile_cont(${Number(a.fn.slice(1)) / 100}) WITHIN GROUP (ORDER BY ${c!.sql})::double precision` :
      a.fn === 'avg' ? (exact ? `round(avg(${c!.sql}), 6)::text` : `avg(${c!.sql})::double precision`) :
      exact ? `${a.fn}(${c!.sql})::text` : `${a.fn}(${c!.sql})::double precision`;
    select.push(`${a.fn.startsWith('count') ? `${expr}::int` : expr} AS ${ident(a.as)}`);
    columns.push(a.as);
    // Exact decimals come back as text: they sort by their numeric value.
    if (exact && a.fn !== 'countDistinct' && a.fn !== 'count') sortBy.set(a.as, expr.replace(/::text$/, ''));
  }
  select.push('(sum(count(*)) OVER ())::int AS "__total"');
  const groups = d.groupBy.map((_, i) => String(i + 1));
  const order = d.orderBy.length ? d.orderBy.map((o) => `${sortBy.get(o.key) ?? ident(o.key)} ${o.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`) : groups;
  const sql =
    `SELECT ${select.join(', ')} FROM "analytics".${ident(source.table)} t WHERE ${where.join(' AND ')}` +
    (groups.length ? ` GROUP BY ${groups.join(', ')}` : '') +
    (order.length ? ` ORDER BY ${order.join(', ')}` : '') +
    ` LIMIT ${bind(d.limit, 'int')}`;
  return { sql, params, columns };
}
