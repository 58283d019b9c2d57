/**
 * `pnpm schema:check` on temporary copies of the repository's schema files: each check fails
 * for its own reason. A clean copy is prepared first (SDL printed from the code, supergraph and
 * manifest composed from it); each test changes one thing and asserts the errors that change adds.
 */
import { printSubgraphSchema, buildSubgraphSchema } from '@apollo/subgraph';
import { ALL_PERMISSIONS, access, type AccessMap, type SubgraphDefinition, buildSchemaOf } from '@atrium/kernel';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import {
  MANIFEST_FILE,
  checkAccessMirror,
  checkWorkspace,
  publishWorkspace,
  sdlFileText,
  sha256,
  type CheckReport,
  type Finding,
} from '@atrium/schema-registry';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isObjectType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// One copy of graphql, as under tsx: Vite would give workspace files the ESM build while
// @apollo/composition and graphql-inspector load the CommonJS one.
vi.mock('graphql', async () => (await import('node:module')).createRequire(import.meta.url)('graphql'));

const repo = new URL('..', import.meta.url).pathname;
const pkg = (name: string) => SUBGRAPHS.find((p) => p.name === name)!;
/** What the code builds if it read this SDL: the packages read their schema.graphql, so a changed copy stands for changed code. */
const buildFromFile = (_pkg: SubgraphDefinition | undefined, sdl: string) => printSubgraphSchema(buildSubgraphSchema(parse(sdl)));

const roots: string[] = [];
let clean: string;
let cleanReport: CheckReport;

/**
 * A copy of the repository's schema files, published into a fresh root: every SDL file as the
 * code prints it, supergraph.graphql and the manifest generated from them.
 */
async function cleanCopy(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'atrium-schema-'));
  roots.push(root);
  for (const file of ['supergraph.yaml', 'schema-changes.yaml']) cpSync(join(repo, file), join(root, file));
  cpSync(join(repo, 'operations'), join(root, 'operations'), { recursive: true });
  rmSync(join(root, MANIFEST_FILE));
  for (const p of SUBGRAPHS) cpSync(join(repo, 'subgraphs', p.name, 'schema.graphql'), join(root, 'subgraphs', p.name, 'schema.graphql'));
  // No supergraph.graphql yet: nothing to diff against, so publishing cannot be refused.
  const published = await publishWorkspace({ root, resolverTypes: false });
  expect(published.blocking).toEqual([]);
  expect(published.written).toEqual(expect.arrayContaining(['supergraph.graphql', MANIFEST_FILE]));
  return root;
}

function copyOf(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'atrium-schema-'));
  roots.push(copy);
  cpSync(root, copy, { recursive: true });
  return copy;
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `${file} changed`).not.toBe(before);
  writeFileSync(path, after);
}

/** Change a subgraph's SDL in the copy, then print it as its code would build it (what schema:publish writes). */
function editSdl(root: string, file: string, change: (text: string) => string) {
  edit(root, file, change);
  writeFileSync(join(root, file), sdlFileText(buildFromFile(undefined, readFileSync(join(root, file), 'utf8'))));
}

const IDENTITY = 'subgraphs/identity/schema.graphql';
const AUTHORIZATION = 'subgraphs/authorization/schema.graphql';
const key = (f: Finding) => JSON.stringify(f);
const errors = (report: CheckReport) => report.findings.filter((f) => f.severity === 'error');
/** Errors a change adds to the clean copy's. */
const newErrors = (report: CheckReport) => {
  const before = new Set(errors(cleanReport).map(key));
  return errors(report).filter((f) => !before.has(key(f)));
};
const pick = ({ check, severity, rule, subgraphs, coordinate }: Finding) => ({ check, severity, rule, subgraphs, coordinate });
/** Check a copy; `fromCode` builds each subgraph from the real code (which reads the repository's files) instead of from the copy. */
/** The checks on a copy; resolver types (codegen, seconds per run) have a test of their own. */
const check = (root: string, fromCode = false) => checkWorkspace({ root, build: fromCode ? undefined : buildFromFile, resolverTypes: false });

beforeAll(async () => {
  clean = await cleanCopy();
  cleanReport = await check(clean);
});

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('the clean copy', () => {
  it('has no drift, composition, breaking, operation or authorization error, and no warning', () => {
    expect(errors(cleanReport).filter((f) => f.check !== 'lint')).toEqual([]);
    expect(cleanReport.findings.filter((f) => f.check === 'breaking' || f.check === 'drift')).toEqual([]);
    expect(cleanReport.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('prints a manifest in Apollo persisted query format, ids being the sha256 of each body', () => {
    const manifest = JSON.parse(readFileSync(join(clean, MANIFEST_FILE), 'utf8'));
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(manifest.operations.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['Login', 'Me', 'Users', 'Roles', 'AssignRole']));
    for (const op of manifest.operations) {
      expect(Object.keys(op)).toEqual(['id', 'name', 'type', 'body']);
      expect(op.id).toBe(sha256(op.body));
      expect(['query', 'mutation']).toContain(op.type);
    }
    const login = manifest.operations.find((o: { name: string }) => o.name === 'Login');
    // The body carries the operation and every fragment it reaches, nested ones included.
    expect(login.body).toMatch(/^mutation Login\(\$input: LoginInput!\) \{/);
    expect(login.body).toContain('fragment Session on AuthPayload');
    expect(login.body).toContain('fragment UserSummary on User');
    expect(login.body).not.toContain('fragment RoleSummary');
  });
});

describe('breaking changes', () => {
  it('a removed field that operations use is BREAKING and fails', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace(/\n  """Whether sign-in is currently refused after repeated failures\."""\n  isLocked: Boolean!\n/, '\n'));
    const report = await check(root);
    expect(report.ok).toBe(false);
    const added = newErrors(report);
    expect(added.filter((f) => f.check === 'breaking').map(pick)).toEqual([
      { check: 'breaking', severity: 'error', rule: 'FIELD_REMOVED', subgraphs: ['identity'], coordinate: 'User.isLocked' },
    ]);
    expect(added.find((f) => f.check === 'breaking')!.message).toContain('An operation in the manifest uses User.isLocked');
    // The operations that select it stop validating too.
    expect(added.filter((f) => f.check === 'operations').map((f) => [f.rule, f.subgraphs, f.coordinate, f.message])).toEqual([
      ['operation-invalid', ['identity'], 'User.isLocked', 'User (operations/directory/User.graphql): Cannot query field "isLocked" on type "User".'],
      ['operation-invalid', ['identity'], 'User.isLocked', 'Users (operations/directory/Users.graphql): Cannot query field "isLocked" on type "User".'],
    ]);
    expect(added.filter((f) => f.check !== 'breaking' && f.check !== 'operations')).toEqual([]);
  });

  it('a removed field that no operation uses is reported safe and passes', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace(/\n  """Postal code\."""\n  postalCode: String\n/, '\n'));
    const report = await check(root);
    expect(newErrors(report)).toEqual([]);
    const breaking = report.findings.filter((f) => f.check === 'breaking');
    expect(breaking.map(pick)).toEqual([{ check: 'breaking', severity: 'info', rule: 'FIELD_REMOVED', subgraphs: ['identity'], coordinate: 'UserProfile.postalCode' }]);
    expect(breaking[0]!.message).toMatch(/^breaking but safe: no operation in the manifest uses it\. Field 'postalCode' was removed from object type 'UserProfile'/);
  });

  it('a new required argument on a field that operations call is BREAKING', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace('users(first: Int = 20, after: String, filter: UserFilter)', 'users(first: Int = 20, after: String, filter: UserFilter, tenant: ID!)'));
    const added = newErrors(await check(root));
    expect(added.filter((f) => f.check === 'breaking').map(pick)).toEqual([
      { check: 'breaking', severity: 'error', rule: 'FIELD_ARGUMENT_ADDED', subgraphs: ['identity'], coordinate: 'Query.users.tenant' },
    ]);
    expect(added.find((f) => f.check === 'breaking')!.message).toContain('An operation in the manifest uses Query.users.');
    expect(added.filter((f) => f.check === 'operations').map((f) => [f.subgraphs, f.coordinate, f.message])).toEqual([
      [['identity'], 'Query.users', 'Users (operations/directory/Users.graphql): Field "users" argument "tenant" of type "ID!" is required, but it was not provided.'],
    ]);
  });

  it('an acknowledged breaking change passes the breaking check with its reason', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace(/\n  """Whether sign-in is currently refused after repeated failures\."""\n  isLocked: Boolean!\n/, '\n'));
    edit(root, 'schema-changes.yaml', (s) => s.replace('breaking: []', 'breaking:\n  - path: User.isLocked\n    change: FIELD_REMOVED\n    reason: Lock state moved to the security view.'));
    const report = await check(root);
    expect(report.findings.filter((f) => f.check === 'breaking').map((f) => [f.severity, f.coordinate, f.message])).toEqual([
      ['warning', 'User.isLocked', "BREAKING, acknowledged in schema-changes.yaml: Field 'isLocked' was removed from object type 'User' (Lock state moved to the security view.)"],
    ]);
  });
  it('--against measures breaking changes against another supergraph, such as the main branch\'s', async () => {
    // "main" still has a field this branch removed.
    const main = copyOf(clean);
    editSdl(main, IDENTITY, (s) => s.replace('  """Given name."""\n  firstName: String\n', '  """Given name."""\n  firstName: String\n\n  """Old employee number."""\n  legacyCode: String\n'));
    expect((await publishWorkspace({ root: main, build: buildFromFile, resolverTypes: false })).written).toEqual(['supergraph.graphql']);
    const report = await checkWorkspace({ root: clean, build: buildFromFile, against: join(main, 'supergraph.graphql'), resolverTypes: false });
    expect(newErrors(report)).toEqual([]);
    expect(report.findings.filter((f) => f.check === 'breaking').map((f) => [f.severity, f.rule, f.coordinate])).toEqual([['info', 'FIELD_REMOVED', 'User.legacyCode']]);
  });
});

describe('composition', () => {
  it('a type conflict between two subgraphs is a composition error with its code', async () => {
    const root = copyOf(clean);
    editSdl(root, AUTHORIZATION, (s) => s.replace(/(type PageInfo[^{]*\{[\s\S]*?)hasNextPage: Boolean!/, '$1hasNextPage: String!'));
    const report = await check(root);
    expect(report.ok).toBe(false);
    expect(report.supergraph).toBeNull();
    expect(newErrors(report).map(pick)).toEqual([
      // Every subgraph that shares PageInfo is named; the edited one and identity at least.
      { check: 'composition', severity: 'error', rule: 'FIELD_TYPE_MISMATCH', subgraphs: expect.arrayContaining(['authorization', 'identity']), coordinate: 'PageInfo.hasNextPage' },
    ]);
  });

  it('hints are notes with their code and coordinate', async () => {
    const root = copyOf(clean);
    editSdl(root, AUTHORIZATION, (s) => s.replace('"""Cursor pagination state of a connection."""', '"""Where a page of results ends."""'));
    const report = await check(root);
    expect(newErrors(report)).toEqual([]);
    expect(report.findings.filter((f) => f.check === 'composition' && f.coordinate === 'PageInfo').map(pick)).toEqual([
      { check: 'composition', severity: 'info', rule: 'INCONSISTENT_DESCRIPTION', subgraphs: expect.arrayContaining(['authorization', 'identity']), coordinate: 'PageInfo' },
    ]);
  });
});

describe('operations', () => {
  it('an operation that no longer validates fails check 4 even when the break is acknowledged', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace(/\n  """Line manager\."""\n  manager: User\n/, '\n'));
    edit(root, 'schema-changes.yaml', (s) => s.replace('breaking: []', 'breaking:\n  - path: UserProfile.manager\n    reason: Reporting lines moved to the organization chart.'));
    const added = newErrors(await check(root));
    expect(added.map((f) => [f.check, f.rule, f.subgraphs, f.coordinate, f.message])).toEqual([
      ['operations', 'operation-invalid', ['identity'], 'UserProfile.manager', 'MyProfile (operations/account/MyProfile.graphql): Cannot query field "manager" on type "UserProfile".'],
      ['operations', 'operation-invalid', ['identity'], 'UserProfile.manager', 'User (operations/directory/User.graphql): Cannot query field "manager" on type "UserProfile".'],
    ]);
  });

  it('reports uses of deprecated fields as warnings', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace('  avatarUrl: String\n', '  avatarUrl: String @deprecated(reason: "Use profile pictures from the media service.")\n'));
    const report = await check(root);
    expect(newErrors(report)).toEqual([]);
    const deprecated = report.findings.filter((f) => f.rule === 'deprecated-usage');
    expect(deprecated.length).toBeGreaterThan(0);
    for (const f of deprecated) {
      expect(pick(f)).toEqual({ check: 'operations', severity: 'warning', rule: 'deprecated-usage', subgraphs: ['identity'], coordinate: 'User.avatarUrl' });
      expect(f.message).toContain("The field 'User.avatarUrl' is deprecated. Use profile pictures from the media service.");
    }
    // UserSummary selects avatarUrl, so every operation spreading it is reported.
    const manifest = JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')) as { operations: { name: string; body: string }[] };
    expect(deprecated.map((f) => f.message.split(' ')[0]).sort()).toEqual(manifest.operations.filter((o) => o.body.includes('avatarUrl')).map((o) => o.name).sort());
  });

  it('a manifest that does not match operations/ fails', async () => {
    const root = copyOf(clean);
    writeFileSync(join(root, 'operations', 'account', 'Whoami.graphql'), 'query Whoami { me { id } }\n');
    expect(newErrors(await check(root)).map((f) => [f.check, f.rule])).toEqual([['operations', 'manifest-outdated']]);
  });
});

describe('lint', () => {
  it('a field without a description fails', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace('  """Given name."""\n  firstName: String\n', '  """Given name."""\n  firstName: String\n\n  nickname: String\n'));
    expect(newErrors(await check(root)).map(pick)).toEqual([
      { check: 'lint', severity: 'error', rule: 'ALL_ELEMENTS_REQUIRE_DESCRIPTION', subgraphs: ['identity'], coordinate: 'User.nickname' },
    ]);
  });

  it('flags naming, deprecation reasons, growing lists, incomplete connections and bare-scalar mutations', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) =>
      s
        .replace('  """Given name."""\n  firstName: String\n', '  """Given name."""\n  firstName: String\n\n  """Old handle."""\n  user_name: String @deprecated\n\n  """Everyone this user follows."""\n  follows: [User!]!\n\n  """Colleagues, one page."""\n  colleagues(first: Int): UserConnection!\n')
        .replace('  """On a trial."""\n  TRIAL\n', '  """On a trial."""\n  TRIAL\n\n  """Trial over."""\n  trialEnded\n')
        .replace('  """Create an account and sign in."""\n', '  """Mark the caller as seen."""\n  touch: Boolean!\n\n  """Create an account and sign in."""\n'),
    );
    const added = newErrors(await check(root));
    expect(added.map((f) => [f.rule, f.coordinate, f.subgraphs])).toEqual([
      ['CURSOR_PAGINATION', 'User.colleagues', ['identity']],
      ['CURSOR_PAGINATION', 'User.follows', ['identity']],
      ['DEPRECATED_DIRECTIVE_MISSING_REASON', 'User.user_name', ['identity']],
      ['FIELD_NAMES_SHOULD_BE_CAMEL_CASE', 'User.user_name', ['identity']],
      ['ENUM_VALUES_SHOULD_BE_SCREAMING_SNAKE_CASE', 'OrganizationStatus.trialEnded', ['identity']],
      ['MUTATION_RETURNS_PAYLOAD', 'Mutation.touch', ['identity']],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1])) || String(a[0]).localeCompare(String(b[0]))));
    expect(added.find((f) => f.coordinate === 'User.colleagues')!.message).toBe('User.colleagues returns UserConnection but lacks an `after: String` argument');
    expect(added.every((f) => f.check === 'lint' && f.severity === 'error')).toBe(true);
  });

  it('an acknowledgment with a reason turns a lint finding into a note', async () => {
    const root = copyOf(clean);
    editSdl(root, IDENTITY, (s) => s.replace('  """Given name."""\n  firstName: String\n', '  """Given name."""\n  firstName: String\n\n  """Everyone this user follows."""\n  follows: [User!]!\n'));
    edit(root, 'schema-changes.yaml', (s) => `${s}  - rule: CURSOR_PAGINATION\n    coordinate: User.follows\n    reason: Capped at 50 by the product.\n`);
    const report = await check(root);
    expect(newErrors(report)).toEqual([]);
    expect(report.findings.filter((f) => f.coordinate === 'User.follows' && f.check === 'lint').map((f) => [f.severity, f.message])).toEqual([
      ['info', 'acknowledged in schema-changes.yaml: Capped at 50 by the product.'],
    ]);
  });
});

describe('drift', () => {
  it('an SDL file that differs from what the code builds fails', async () => {
    const root = copyOf(clean);
    edit(root, IDENTITY, (s) => s.replace('"""Stable identifier."""\n  id: ID!\n\n  """Unique handle."""', '"""Stable identifier."""\n  id: ID!\n\n  """Unique handle, lower case."""'));
    // Built from the real code, which still reads the committed file.
    const report = await check(root, true);
    expect(newErrors(report).map((f) => [f.check, f.rule, f.subgraphs, f.message])).toEqual([
      [
        'drift',
        'sdl-drift',
        ['identity'],
        `${IDENTITY} differs from what the code builds (printSubgraphSchema) at line ${readFileSync(join(root, IDENTITY), 'utf8').split('\n').indexOf('  """Unique handle, lower case."""') + 1}: the file has "  \\"\\"\\"Unique handle, lower case.\\"\\"\\"", the code builds "  \\"\\"\\"Unique handle.\\"\\"\\"". Run pnpm schema:publish.`,
      ],
    ]);
  });

  it('supergraph.yaml must list exactly the registered subgraphs, at the files their code reads', async () => {
    const root = copyOf(clean);
    edit(root, 'supergraph.yaml', (s) => s.replace('file: ./subgraphs/authorization/schema.graphql', 'file: ./authorization.graphql'));
    cpSync(join(root, AUTHORIZATION), join(root, 'authorization.graphql'));
    const added = newErrors(await check(root));
    expect(added.map((f) => [f.check, f.rule, f.subgraphs, f.message])).toEqual([
      ['drift', 'generated-file', [], 'supergraph.yaml is not what the registered subgraphs and configuration models generate: run pnpm schema:publish.'],
      ['composition', 'supergraph-config', ['authorization'], 'supergraph.yaml: subgraphs.authorization.schema.file is ./authorization.graphql, but the code reads ./subgraphs/authorization/schema.graphql.'],
    ]);
  });
});

describe('generated files', () => {
  it('fails when a generated file no longer matches the registry or the SDL, and publish regenerates it', async () => {
    const root = copyOf(clean);
    // A copy of the SDL-following resolver types, then one hand edit in each kind of generated file.
    const first = await publishWorkspace({ root, build: buildFromFile });
    expect(first.written).toEqual(SUBGRAPHS.map((s) => `subgraphs/${s.name}/src/schema.generated.ts`));
    edit(root, 'docker-compose.yml', (s) => s.replace('"scripts/dist/serve.js", "identity"]', '"scripts/dist/start.js"]'));
    edit(root, 'subgraphs/identity/src/schema.generated.ts', (s) => s.replace('export type Resolvers<', 'export type MyResolvers<'));
    const report = await checkWorkspace({ root, build: buildFromFile });
    expect(report.findings.filter((f) => f.rule === 'generated-file').map((f) => f.message)).toEqual([
      'docker-compose.yml is not what the registered subgraphs and configuration models generate: run pnpm schema:publish.',
      'subgraphs/identity/src/schema.generated.ts is not what the registered subgraphs and configuration models generate: run pnpm schema:publish.',
    ]);
    expect(report.ok).toBe(false);
    expect((await publishWorkspace({ root, build: buildFromFile })).written).toEqual(['docker-compose.yml', 'subgraphs/identity/src/schema.generated.ts']);
    expect((await checkWorkspace({ root, build: buildFromFile })).ok).toBe(true);
  }, 120_000);
});

describe('authorization mirror', () => {
  it('fails on a field without a rule and on a permission outside the catalog', () => {
    const identity = pkg('identity');
    // User.email falls under User's '*' rule; Organization has only '*', so dropping it unguards every field.
    const { Organization: _dropped, ...rest } = identity.accessMap;
    const broken: AccessMap = { ...rest, Query: { ...identity.accessMap.Query, me: access.can('user:teleport' as never) } };
    const findings = checkAccessMirror('identity', buildSchemaOf(identity), broken, ALL_PERMISSIONS);
    const organization = buildSchemaOf(identity).getType('Organization');
    if (!isObjectType(organization)) throw new Error('Organization is an object type');
    const organizationFields = Object.keys(organization.getFields());
    expect(organizationFields.length).toBeGreaterThan(10);
    expect(findings.map(pick)).toEqual([
      ...organizationFields.map((field) => ({ check: 'authorization', severity: 'error', rule: 'unguarded-field', subgraphs: ['identity'], coordinate: `Organization.${field}` })),
      { check: 'authorization', severity: 'error', rule: 'unknown-permission', subgraphs: ['identity'], coordinate: 'Query.me' },
    ]);
    expect(findings.at(-1)!.message).toBe('The rule of Query.me names user:teleport, which is not in the permission catalog (packages/kernel/src/catalog.ts).');
  });

  it('passes for every registered subgraph', () => {
    for (const p of SUBGRAPHS) expect(checkAccessMirror(p.name, buildSchemaOf(p), p.accessMap, ALL_PERMISSIONS), p.name).toEqual([]);
  });
});

describe('the CLI', () => {
  /** Each test runs the CLI twice, each a cold tsx process building every subgraph's schema: 74 s once on the shared 2-core machine under load. */
  const CLI_TIMEOUT = 180_000;
  const tsx = join(repo, 'node_modules/.bin/tsx');
  const run = (...args: string[]) => spawnSync(tsx, [join(repo, 'scripts/schema-check.ts'), ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });

  it('passes on the committed repository: exit 0, and --json says ok', () => {
    const text = run();
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^schema:check passed: 0 error\(s\), 0 warning\(s\), \d+ note\(s\)$/);
    expect(text.status).toBe(0);
    const json = run('--json');
    expect(json.status).toBe(0);
    const body = JSON.parse(json.stdout);
    expect(body.ok).toBe(true);
    expect(body.findings.filter((f: Finding) => f.severity !== 'info')).toEqual([]);
  }, CLI_TIMEOUT);

  it('fails on drift: exit 1, one line per finding, and the same findings as JSON', () => {
    const root = copyOf(clean);
    edit(root, IDENTITY, (s) => s.replace('"""Unique handle."""', '"""Unique handle (changed)."""'));
    const text = run('--root', root);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^error {4}drift\/sdl-drift {2}identity {2}- {2}subgraphs\/identity\/schema\.graphql differs from what the code builds/m);
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^schema:check FAILED: [1-9]\d* error\(s\)/);
    const json = run('--root', root, '--json');
    expect(json.status).toBe(1);
    const body = JSON.parse(json.stdout) as { ok: boolean; summary: { errors: number }; findings: Finding[] };
    expect(body.ok).toBe(false);
    // (The copy has no generated resolver types: those findings are the generated-files test's.)
    expect(body.findings.filter((f) => f.check === 'drift' && f.rule !== 'generated-file').map(pick)).toEqual([{ check: 'drift', severity: 'error', rule: 'sdl-drift', subgraphs: ['identity'], coordinate: null }]);
    expect(body.summary.errors).toBe(body.findings.filter((f) => f.severity === 'error').length);
  }, CLI_TIMEOUT);
});

describe('schema:publish', () => {
  /** Accept the lint findings the clean copy already has, so publishing here depends on nothing but the change. */
  const acceptCurrentLint = (root: string) =>
    edit(root, 'schema-changes.yaml', (s) =>
      errors(cleanReport)
        .filter((f) => f.check === 'lint')
        .reduce((text, f) => `${text}  - rule: ${f.rule}\n    coordinate: ${f.coordinate}\n    reason: Accepted for this test.\n`, s.replace(/\n*$/, '\n')),
    );

  it('rewrites the SDL as printed, recomposes supergraph.graphql and regenerates the manifest', async () => {
    const root = copyOf(clean);
    if (errors(cleanReport).some((f) => f.check === 'lint')) acceptCurrentLint(root);
    edit(root, IDENTITY, (s) => s.replace('  """Given name."""\n  firstName: String\n', '  """Given name."""\n  firstName: String\n  "Preferred pronouns."\n  pronouns: String\n'));
    writeFileSync(join(root, 'operations', 'account', 'Pronouns.graphql'), 'query Pronouns { me { id pronouns } }\n');
    const before = await check(root);
    expect(errors(before).map((f) => f.rule).sort()).toEqual(['manifest-outdated', 'sdl-drift']);

    const published = await publishWorkspace({ root, build: buildFromFile, resolverTypes: false });
    expect(published.blocking).toEqual([]);
    expect(published.written).toEqual([IDENTITY, 'supergraph.graphql', MANIFEST_FILE]);
    expect(readFileSync(join(root, IDENTITY), 'utf8')).toContain('  """Given name."""\n  firstName: String\n\n  """Preferred pronouns."""\n  pronouns: String\n');
    expect(readFileSync(join(root, 'supergraph.graphql'), 'utf8')).toContain('"""Preferred pronouns."""\n  pronouns: String');
    expect(JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')).operations.map((o: { name: string }) => o.name)).toContain('Pronouns');
    expect(published.after!.ok).toBe(true);
    expect(published.after!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('refuses an unacknowledged breaking change and writes nothing', async () => {
    const root = copyOf(clean);
    edit(root, IDENTITY, (s) => s.replace(/\n\n  """Whether sign-in is currently refused after repeated failures\."""\n  isLocked: Boolean!\n/, '\n'));
    const supergraph = readFileSync(join(root, 'supergraph.graphql'), 'utf8');
    const published = await publishWorkspace({ root, build: buildFromFile, resolverTypes: false });
    expect(published.blocking.map(pick)).toEqual([{ check: 'breaking', severity: 'error', rule: 'FIELD_REMOVED', subgraphs: ['identity'], coordinate: 'User.isLocked' }]);
    expect(published.written).toEqual([]);
    expect(published.after).toBeNull();
    expect(readFileSync(join(root, 'supergraph.graphql'), 'utf8')).toBe(supergraph);
  });
});
