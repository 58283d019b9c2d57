/**
 * Schema drift: compare a Prisma schema (read through Prisma's own DMMF, offline via
 * `@prisma/prisma-schema-wasm`) with what the migrations really built in Postgres.
 * Both sides are reduced to the same `SchemaSpec` shape, then compared; every mismatch
 * becomes one human-readable line. CHECK constraints, triggers and partitions are
 * SQL-only extras and are not compared.
 *
 * What the DMMF does not expose is read from the schema text instead: the `where` of partial
 * indexes (`previewFeatures = ["partialIndexes"]`), `Unsupported("...")` fields and the
 * `map:` names of foreign keys. Enums are assumed to live in the models' Postgres schema.
 */
import { get_config, get_dmmf } from '@prisma/prisma-schema-wasm';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import pg from 'pg';

export interface ColumnSpec {
  type: string;
  notNull: boolean;
  /** Normalised default expression; `null` for none, `undefined` when it cannot be compared. */
  default: string | null | undefined;
}
export interface IndexSpec {
  table: string;
  kind: 'primary key' | 'unique index' | 'index';
  columns: string[];
  desc: boolean[];
  method: string;
  /** Normalised partial-index predicate; `null` for none, `undefined` when unknown. */
  where: string | null | undefined;
}
export interface ForeignKeySpec {
  name: string;
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}
/** Tables, indexes and enums are keyed `schema.name`; foreign keys by `schema.table (columns)`. */
export interface SchemaSpec {
  tables: Map<string, Map<string, ColumnSpec>>;
  enums: Map<string, string[]>;
  indexes: Map<string, IndexSpec>;
  foreignKeys: Map<string, ForeignKeySpec>;
}

type DmmfDefault = { name: string; args: unknown[] } | string | number | boolean | unknown[];
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: DmmfDefault;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel { name: string; dbName: string | null; schema?: string | null; fields: DmmfField[] }
interface DmmfEnum { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}
interface Dmmf { datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] } }

const SCALAR: Record<string, string> = {
  String: 'text', Boolean: 'boolean', Int: 'integer', BigInt: 'bigint', Float: 'double precision',
  Decimal: 'numeric(65,30)', DateTime: 'timestamp(3) without time zone', Json: 'jsonb', Bytes: 'bytea',
};
/** `@db.*` native types, spelled as Postgres' `format_type()` prints them. */
const NATIVE: Record<string, (args: string) => string> = {
  Text: () => 'text', VarChar: (a) => `character varying${a}`, Char: (a) => `character${a}`, Uuid: () => 'uuid',
  Inet: () => 'inet', Citext: () => 'citext', Xml: () => 'xml', Bit: (a) => `bit${a}`, VarBit: (a) => `bit varying${a}`,
  SmallInt: () => 'smallint', Integer: () => 'integer', BigInt: () => 'bigint', Oid: () => 'oid', Real: () => 'real',
  DoublePrecision: () => 'double precision', Decimal: (a) => `numeric${a}`, Money: () => 'money', Boolean: () => 'boolean',
  Timestamp: (a) => `timestamp${a} without time zone`, Timestamptz: (a) => `timestamp${a} with time zone`, Date: () => 'date',
  Time: (a) => `time${a} without time zone`, Timetz: (a) => `time${a} with time zone`, Json: () => 'json', JsonB: () => 'jsonb', ByteA: () => 'bytea',
};
const ACTIONS: Record<string, string> = { Cascade: 'CASCADE', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetNull: 'SET NULL', SetDefault: 'SET DEFAULT' };
const PG_ACTIONS: Record<string, string> = { c: 'CASCADE', r: 'RESTRICT', a: 'NO ACTION', n: 'SET NULL', d: 'SET DEFAULT' };
const MIGRATIONS_TABLE = '_prisma_migrations';
const SQL_KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'case', 'when', 'then', 'else', 'between', 'like', 'ilike', 'distinct', 'from']);

/** Precision 6 is Postgres' default for timestamps and times: `timestamp(6)` ≡ `timestamp`. */
export function canonicalType(type: string): string {
  return type.trim().toLowerCase().replace(/^(timestamp|time)\(6\)/, '$1');
}

/**
 * Normalise a SQL expression (default or index predicate) so that the text a migration wrote,
 * Prisma's spelling and `pg_get_expr()` compare equal: case and quoting of identifiers, casts,
 * whitespace and grouping parentheses are dropped; `CURRENT_TIMESTAMP` becomes `now()`.
 */
export function normalizeSql(sql: string): string {
  const cast = /::[a-z_][\w$.]*(?:\(\d+(?:,\s*\d+)?\))?(?:\s+(?:varying|precision|with(?:out)?\s+time\s+zone))?(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])*/g;
  const tidy = (code: string) => code.replace(/\s+/g, ' ').replace(/\s*([(),=<>[\]])\s*/g, '$1');
  const text = outsideStrings(
    sql.trim(),
    (code) => tidy(code.toLowerCase().replace(/"/g, '').replace(cast, '').replace(/\bcurrent_timestamp\b/g, 'now()')),
    (literal) => (/^'-?\d+(\.\d+)?'$/.test(literal) ? literal.slice(1, -1) : literal), // '-1'::integer is -1
  );
  // Drop parentheses that only group (not a function call's), together with their partner.
  // Postgres adds them freely, so precedence is not compared: `(a AND b) OR c` ≡ `a AND (b OR c)`.
  const keep: boolean[] = [];
  let out = '';
  let inString = false;
  for (const ch of text) {
    if (ch === "'") inString = !inString;
    const word = /[\w$]+$/.exec(out)?.[0];
    if (!inString && ch === '(') keep.push(word !== undefined && !SQL_KEYWORDS.has(word));
    const dropped = !inString && (ch === '(' || ch === ')') && !(ch === '(' ? keep.at(-1) : keep.pop());
    out += dropped ? ' ' : ch;
  }
  return outsideStrings(out, tidy).trim();
}

/** Apply `code` to the parts of `sql` outside single-quoted string literals, `literal` to those. */
function outsideStrings(sql: string, code: (text: string) => string, literal = (text: string) => text): string {
  return sql.split(/('(?:[^']|'')*')/).map((part, i) => (i % 2 === 1 ? literal(part) : code(part))).join('');
}

/** A default in canonical form; the column type lets JSON and array literals compare by value. */
function canonicalDefault(expr: string, type: string): string {
  const sql = normalizeSql(expr);
  if (/^nextval\(/.test(sql)) return 'autoincrement()';
  if (type.endsWith('[]') && sql === "'{}'") return 'array[]';
  if (/^jsonb?$/.test(type) && /^'.*'$/s.test(sql)) {
    try {
      return `'${JSON.stringify(JSON.parse(sql.slice(1, -1).replace(/''/g, "'")))}'`;
    } catch {
      return sql;
    }
  }
  return sql;
}

const literal = (value: unknown): string =>
  typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);

/** Blank out `//` comments (keeping offsets), so scanning the text never matches inside one. */
function stripComments(src: string): string {
  return src.replace(/"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*/g, (m) => (m.startsWith('"') ? m : ' '.repeat(m.length)));
}

/** Index of the `"` closing the string literal that starts at `open`. */
function endOfString(src: string, open: number): number {
  let i = open + 1;
  while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
  return i;
}

/** Index of the bracket closing the one at `open`, skipping string literals. */
function closing(src: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '"') {
      i = endOfString(src, i);
    } else if (pairs[ch]) {
      stack.push(pairs[ch]);
    } else if (ch === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return src.length;
}

/** Split on commas that are not nested in brackets or strings. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') i = endOfString(text, i);
    else if ('([{'.includes(text[i]!)) i = closing(text, i);
    else if (text[i] === ',') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)];
}

interface ModelText {
  partial: Map<string, string | null | undefined>;
  unsupported: Map<string, ColumnSpec>;
  /** Relation field name → its `map:` (foreign-key constraint name). */
  relationMaps: Map<string, string>;
}

/** What the DMMF leaves out: partial-index predicates and `Unsupported(...)` columns, per model. */
function scanModels(source: string, fieldColumn: (model: string, field: string) => string): Map<string, ModelText> {
  const src = stripComments(source);
  const result = new Map<string, ModelText>();
  for (const m of src.matchAll(/^\s*model\s+(\w+)\s*\{/gm)) {
    const model = m[1]!;
    const start = m.index + m[0].length - 1;
    const body = src.slice(start + 1, closing(src, start));
    const info: ModelText = { partial: new Map(), unsupported: new Map(), relationMaps: new Map() };
    for (const r of body.matchAll(/^\s*(\w+)\s+[^\n]*?@relation\(/gm)) {
      const open = r.index + r[0].length - 1;
      const map = /\bmap\s*:\s*"([^"]+)"/.exec(body.slice(open, closing(body, open)))?.[1];
      if (map) info.relationMaps.set(r[1]!, map);
    }
    for (const f of body.matchAll(/^\s*(\w+)\s+Unsupported\("((?:[^"\\]|\\.)*)"\)(\?)?(\[\])?([^\n]*)/gm)) {
      const column = /@map\("([^"]+)"\)/.exec(f[5]!)?.[1] ?? f[1]!;
      info.unsupported.set(column, { type: canonicalType(f[2]! + (f[4] ?? '')), notNull: !f[3] && !f[4], default: undefined });
    }
    for (const a of body.matchAll(/@@(index|unique)\s*\(/g)) {
      const open = a.index + a[0].length - 1;
      const args = body.slice(open + 1, closing(body, open));
      const listOpen = args.indexOf('[');
      const fields = splitTopLevel(args.slice(listOpen + 1, closing(args, listOpen))).map((s) => /\w+/.exec(s)?.[0] ?? '');
      const map = /\bmap\s*:\s*"([^"]+)"/.exec(args)?.[1];
      const where = /\bwhere\s*:\s*/.exec(args);
      let predicate: string | null | undefined = null;
      if (where) {
        const rest = args.slice(where.index + where[0].length);
        const raw = /^raw\(\s*("(?:[^"\\]|\\.)*")\s*\)/.exec(rest);
        predicate = raw ? normalizeSql(JSON.parse(raw[1]!) as string)
          : rest.startsWith('{') ? objectPredicate(rest.slice(0, closing(rest, 0) + 1), (f) => fieldColumn(model, f)) : undefined;
      }
      info.partial.set(indexKey(model, a[1] === 'unique' ? 'unique' : 'normal', fields, map), predicate);
    }
    result.set(model, info);
  }
  return result;
}

/** Prisma's object form `where: { a: null, b: { not: null }, c: true }` as SQL, or `undefined`. */
function objectPredicate(text: string, column: (field: string) => string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/([{,]\s*)(\w+)\s*:/g, '$1"$2":'));
  } catch {
    return undefined;
  }
  const parts: string[] = [];
  for (const [field, cond] of Object.entries(parsed as Record<string, unknown>)) {
    const col = column(field);
    if (cond === null) parts.push(`${col} IS NULL`);
    else if (typeof cond !== 'object') parts.push(`${col} = ${literal(cond)}`);
    else if ('not' in cond) parts.push((cond as { not: unknown }).not === null ? `${col} IS NOT NULL` : `${col} <> ${literal((cond as { not: unknown }).not)}`);
    else return undefined;
  }
  return normalizeSql(parts.join(' AND '));
}

const indexKey = (model: string, type: string, fields: string[], map?: string | null) =>
  map ? `${model}#${map}` : `${model}|${type}|${fields.join(',')}`;

/** Prisma's default constraint names: `<table>_<columns>_<suffix>`, cut to Postgres' 63 bytes. */
function defaultName(table: string, columns: string[], suffix: string): string {
  const base = columns.length ? `${table}_${columns.join('_')}` : table;
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

/** The Prisma schema at `schemaPath`, as the database should look. */
export function readPrismaSchema(schemaPath: string): { schemas: string[]; spec: SchemaSpec } {
  const source = readFileSync(schemaPath, 'utf8');
  const params = JSON.stringify({ prismaSchema: [[basename(schemaPath), source]], noColor: true });
  let dmmf: Dmmf;
  let config: { config: { datasources: { schemas?: string[] }[] } };
  try {
    dmmf = JSON.parse(get_dmmf(params)) as Dmmf;
    config = JSON.parse(get_config(JSON.stringify({ prismaSchema: [[basename(schemaPath), source]], datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {} })));
  } catch (error) {
    throw new Error(`Cannot read Prisma schema ${schemaPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { models, enums, indexes } = dmmf.datamodel;
  const fallbackSchema = config.config.datasources[0]?.schemas?.[0] ?? 'public';
  const schemaOf = (model: DmmfModel) => model.schema ?? fallbackSchema;
  const byName = new Map(models.map((m) => [m.name, m]));
  const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
  const columnOf = (m: DmmfModel, field: string) => {
    const f = m.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };
  const scanned = scanModels(source, (model, field) => columnOf(byName.get(model)!, field));
  const enumSchema = models[0] ? schemaOf(models[0]) : fallbackSchema;
  const spec: SchemaSpec = { tables: new Map(), enums: new Map(), indexes: new Map(), foreignKeys: new Map() };

  for (const e of enums) spec.enums.set(`${enumSchema}.${e.dbName ?? e.name}`, e.values.map((v) => v.dbName ?? v.name));
  const enumValue = (name: string, value: string) => enums.find((e) => e.name === name)?.values.find((v) => v.name === value)?.dbName ?? value;

  for (const model of models) {
    const schema = schemaOf(model);
    const table = tableOf(model);
    const columns = new Map<string, ColumnSpec>(scanned.get(model.name)?.unsupported);
    for (const f of model.fields) {
      if (f.kind === 'object') continue;
      const enumDef = f.kind === 'enum' ? enums.find((e) => e.name === f.type) : undefined;
      const native = f.nativeType ? NATIVE[f.nativeType[0]] : undefined;
      const base = enumDef ? `${enumSchema}.${enumDef.dbName ?? enumDef.name}`
        : native ? native(f.nativeType![1].length ? `(${f.nativeType![1].join(',')})` : '')
        : f.nativeType ? f.nativeType[0].toLowerCase() : (SCALAR[f.type] ?? f.type.toLowerCase());
      const type = canonicalType(base + (f.isList ? '[]' : ''));
      // Prisma migrate creates list columns as nullable arrays.
      columns.set(f.dbName ?? f.name, { type, notNull: f.isRequired && !f.isList, default: expectedDefault(f, type, enumValue) });
    }
    spec.tables.set(`${schema}.${table}`, columns);

    for (const f of model.fields) {
      if (f.kind !== 'object' || !f.relationFromFields?.length) continue;
      const target = byName.get(f.type)!;
      const cols = f.relationFromFields.map((x) => columnOf(model, x));
      spec.foreignKeys.set(`${schema}.${table} (${cols.join(', ')})`, {
        name: scanned.get(model.name)?.relationMaps.get(f.name) ?? defaultName(table, cols, 'fkey'),
        table: `${schema}.${table}`,
        columns: cols,
        refTable: `${schemaOf(target)}.${tableOf(target)}`,
        refColumns: (f.relationToFields ?? []).map((x) => columnOf(target, x)),
        onDelete: ACTIONS[f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')] ?? String(f.relationOnDelete),
        onUpdate: ACTIONS[f.relationOnUpdate ?? 'Cascade'] ?? String(f.relationOnUpdate),
      });
    }
  }

  for (const index of indexes) {
    const model = byName.get(index.model)!;
    const table = tableOf(model);
    const columns = index.fields.map((f) => columnOf(model, f.name));
    const kind = index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique index' : 'index';
    const name = index.dbName ?? (index.type === 'id' ? defaultName(table, [], 'pkey') : defaultName(table, columns, index.type === 'unique' ? 'key' : 'idx'));
    const scan = scanned.get(model.name)?.partial;
    const key = indexKey(model.name, index.type, index.fields.map((f) => f.name), index.dbName);
    spec.indexes.set(`${schemaOf(model)}.${name}`, {
      table,
      kind,
      columns,
      desc: index.fields.map((f) => f.sortOrder === 'desc'),
      method: (index.algorithm ?? 'btree').toLowerCase(),
      where: index.type === 'id' ? null : scan?.has(key) ? scan.get(key) : null,
    });
  }
  const schemas = [...new Set([...models.map(schemaOf), ...(config.config.datasources[0]?.schemas ?? [])])];
  return { schemas: schemas.length ? schemas : [fallbackSchema], spec };
}

function expectedDefault(f: DmmfField, type: string, enumValue: (e: string, v: string) => string): string | null | undefined {
  const d = f.default;
  if (!f.hasDefaultValue || d === undefined) return null;
  if (Array.isArray(d)) return `array[${d.map((v) => normalizeSql(literal(f.kind === 'enum' ? enumValue(f.type, String(v)) : v))).join(',')}]`;
  if (typeof d === 'object') {
    if (d.name === 'now') return 'now()';
    if (d.name === 'autoincrement') return 'autoincrement()';
    if (d.name === 'dbgenerated') return d.args.length ? canonicalDefault(String(d.args[0]), type) : undefined;
    return ['uuid', 'cuid', 'nanoid', 'ulid'].includes(d.name) ? null : undefined; // generated by the client
  }
  return canonicalDefault(literal(f.kind === 'enum' ? enumValue(f.type, String(d)) : d), type);
}

/** The database's tables, columns, enums, indexes and foreign keys in `schemas`. */
export async function readDatabaseSchema(databaseUrl: string, schemas: string[]): Promise<SchemaSpec> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const spec: SchemaSpec = { tables: new Map(), enums: new Map(), indexes: new Map(), foreignKeys: new Map() };
  const tableFilter = `n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '${MIGRATIONS_TABLE}'`;
  try {
    const columns = await client.query<{ tbl: string; col: string | null; type: string; not_null: boolean; def: string | null; ident: string }>(
      `SELECT n.nspname || '.' || c.relname AS tbl, a.attname AS col, a.attnotnull AS not_null, a.attidentity AS ident,
              CASE WHEN t.typtype = 'e' THEN tn.nspname || '.' || t.typname
                   WHEN et.typtype = 'e' THEN etn.nspname || '.' || et.typname || '[]'
                   ELSE format_type(a.atttypid, a.atttypmod) END AS type,
              pg_get_expr(d.adbin, d.adrelid) AS def
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         LEFT JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_namespace tn ON tn.oid = t.typnamespace
         LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A' LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE ${tableFilter} ORDER BY c.relname, a.attnum`,
      [schemas],
    );
    for (const row of columns.rows) {
      const table = spec.tables.get(row.tbl) ?? new Map<string, ColumnSpec>();
      spec.tables.set(row.tbl, table);
      if (!row.col) continue;
      const type = canonicalType(row.type);
      const def = row.ident ? 'autoincrement()' : row.def === null ? null : canonicalDefault(row.def, type);
      table.set(row.col, { type, notNull: row.not_null, default: def });
    }

    const enums = await client.query<{ name: string; labels: string[] }>(
      `SELECT n.nspname || '.' || t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE n.nspname = ANY($1) GROUP BY 1 ORDER BY 1`,
      [schemas],
    );
    for (const row of enums.rows) spec.enums.set(row.name, row.labels);

    const indexes = await client.query<{ name: string; tbl: string; uniq: boolean; pk: boolean; method: string; pred: string | null; cols: string[]; descs: boolean[] }>(
      `SELECT n.nspname || '.' || i.relname AS name, c.relname AS tbl, x.indisunique AS uniq, x.indisprimary AS pk, am.amname AS method,
              pg_get_expr(x.indpred, x.indrelid) AS pred,
              ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS cols,
              ARRAY(SELECT (x.indoption[k - 1] & 1) = 1 FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS descs
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam
        WHERE ${tableFilter} ORDER BY 1`,
      [schemas],
    );
    for (const row of indexes.rows) {
      spec.indexes.set(row.name, {
        table: row.tbl,
        kind: row.pk ? 'primary key' : row.uniq ? 'unique index' : 'index',
        columns: row.cols.map((c) => (/^"(.*)"$/.test(c) ? c.slice(1, -1).replace(/""/g, '"') : c)),
        desc: row.descs,
        method: row.method,
        where: row.pred === null ? null : normalizeSql(row.pred),
      });
    }

    const fks = await client.query<{ name: string; tbl: string; cols: string[]; ref: string; refcols: string[]; del: string; upd: string }>(
      `SELECT k.conname AS name, n.nspname || '.' || c.relname AS tbl, rn.nspname || '.' || rc.relname AS ref, k.confdeltype AS del, k.confupdtype AS upd,
              ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.ord) AS cols,
              ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
                      JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.ord) AS refcols
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_class rc ON rc.oid = k.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE k.contype = 'f' AND k.conparentid = 0 AND ${tableFilter} ORDER BY 2, 1`,
      [schemas],
    );
    for (const row of fks.rows) {
      spec.foreignKeys.set(`${row.tbl} (${row.cols.join(', ')})`, {
        name: row.name, table: row.tbl, columns: row.cols, refTable: row.ref, refColumns: row.refcols,
        onDelete: PG_ACTIONS[row.del] ?? row.del, onUpdate: PG_ACTIONS[row.upd] ?? row.upd,
      });
    }
  } finally {
    await client.end();
  }
  return spec;
}

/** Every difference between the schema (`expected`) and the database (`actual`). */
export function compareSchemas(expected: SchemaSpec, actual: SchemaSpec): string[] {
  const out: string[] = [];
  const diff = (what: string, field: string, schema: unknown, database: unknown) => {
    const show = (v: unknown) => (v === null ? 'none' : String(v));
    if (schema !== undefined && show(schema) !== show(database)) out.push(`${what}: ${field}${show(schema)} in schema, ${show(database)} in database`);
  };
  const extra = <T>(kind: string, a: Map<string, T>, b: Map<string, T>, describe: (k: string, v: T) => string = (k) => k) => {
    for (const [k, v] of a) if (!b.has(k)) out.push(`missing ${kind} ${describe(k, v)}`);
    for (const [k, v] of b) if (!a.has(k)) out.push(`extra ${kind} ${describe(k, v)}`);
  };

  extra('enum', expected.enums, actual.enums);
  for (const [name, values] of expected.enums) {
    const got = actual.enums.get(name);
    if (got) diff(`enum ${name}`, 'values ', `(${values.join(', ')})`, `(${got.join(', ')})`);
  }

  extra('table', expected.tables, actual.tables);
  for (const [table, columns] of expected.tables) {
    const got = actual.tables.get(table);
    if (!got) continue;
    extra('column', columns, got, (c) => `${table}.${c}`);
    for (const [name, col] of columns) {
      const db = got.get(name);
      if (!db) continue;
      diff(`${table}.${name}`, 'type ', col.type, db.type);
      if (col.notNull !== db.notNull) out.push(`${table}.${name}: ${col.notNull ? 'NOT NULL' : 'nullable'} in schema, ${db.notNull ? 'NOT NULL' : 'nullable'} in database`);
      diff(`${table}.${name}`, 'default ', col.default, db.default);
    }
  }

  const describeIndex = (name: string, i: IndexSpec) => `${name} on ${i.table} (${i.columns.join(', ')})`;
  extra('index', expected.indexes, actual.indexes, describeIndex);
  for (const [name, index] of expected.indexes) {
    const db = actual.indexes.get(name);
    if (!db) continue;
    diff(`index ${name}`, '', index.kind, db.kind);
    diff(`index ${name}`, 'on ', `${index.table} (${index.columns.join(', ')})`, `${db.table} (${db.columns.join(', ')})`);
    diff(`index ${name}`, 'sort ', index.desc.map((d) => (d ? 'DESC' : 'ASC')).join(', '), db.desc.map((d) => (d ? 'DESC' : 'ASC')).join(', '));
    diff(`index ${name}`, 'using ', index.method, db.method);
    diff(`index ${name}`, 'WHERE ', index.where, db.where);
  }

  const describeFk = (key: string, fk: ForeignKeySpec) => `${key} -> ${fk.refTable} (${fk.refColumns.join(', ')})`;
  extra('foreign key', expected.foreignKeys, actual.foreignKeys, describeFk);
  for (const [key, fk] of expected.foreignKeys) {
    const db = actual.foreignKeys.get(key);
    if (!db) continue;
    diff(`foreign key ${key}`, 'name ', fk.name, db.name);
    diff(`foreign key ${key}`, 'references ', `${fk.refTable} (${fk.refColumns.join(', ')})`, `${db.refTable} (${db.refColumns.join(', ')})`);
    diff(`foreign key ${key}`, 'ON DELETE ', fk.onDelete, db.onDelete);
    diff(`foreign key ${key}`, 'ON UPDATE ', fk.onUpdate, db.onUpdate);
  }
  return out;
}

/** Human-readable mismatches between a migrated database and a Prisma schema; empty when they agree. */
export async function schemaDrift(opts: { schemaPath: string; databaseUrl: string }): Promise<string[]> {
  const { schemas, spec } = readPrismaSchema(opts.schemaPath);
  return compareSchemas(spec, await readDatabaseSchema(opts.databaseUrl, schemas));
}
