import { knownVariables, subgraphVariable, type ConfigRegistry, type Variable } from '@atrium/kernel';
import type { RegisteredSubgraph } from '@atrium/runtime/registry';

/**
 * Files that follow from the registered subgraphs and the configuration models: written by
 * `pnpm schema:publish`, compared by `pnpm schema:check`. Nobody edits them by hand, so adding
 * a subgraph touches none of them.
 */
export interface Artifact {
  file: string;
  text: string;
}

export const FEDERATION_VERSION = '=2.14.4';

/** `supergraph.yaml` in Rover's format, with `pnpm start`'s default routing URLs. */
export function supergraphYaml(subgraphs: readonly RegisteredSubgraph[]): string {
  const lines = [
    "# Generated from the registered subgraphs by `pnpm schema:publish`; `pnpm schema:check` fails when it drifts.",
    '# Rover\'s supergraph config: `rover supergraph compose --config supergraph.yaml` composes the same',
    '# graph where Rover can run. Here `pnpm schema:publish` composes it with @apollo/composition into',
    '# supergraph.graphql, and `pnpm schema:check` verifies it. Routing URLs are the defaults of',
    '# `pnpm start`; the production gateway routes to exactly these unless ATRIUM_<NAME>_URL says otherwise.',
    `federation_version: ${FEDERATION_VERSION}`,
    'subgraphs:',
  ];
  for (const { definition, dir } of subgraphs) {
    lines.push(`  ${definition.name}:`, `    routing_url: http://127.0.0.1:${definition.port}/graphql`, '    schema:', `      file: ./${dir}/schema.graphql`);
  }
  return `${lines.join('\n')}\n`;
}

const health = (port: number) => `["CMD", "node", "-e", "fetch('http://127.0.0.1:${port}/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]`;
const probe = (port: number) => [`    healthcheck:`, `      test: ${health(port)}`, '      interval: 5s', '      timeout: 3s', '      retries: 20'];

/**
 * A container's command: the compiled production runtime on plain node (`pnpm build` ran in the
 * image; scripts/run.sh does the same for `pnpm serve` with NODE_ENV=production). Node itself is
 * the process Docker signals, not pnpm in front of it.
 */
export const containerCommand = (script: 'serve' | 'db-migrate', ...args: string[]) => JSON.stringify(['node', '--conditions=atrium-compiled', `scripts/dist/${script}.js`, ...args]).replace(/","/g, '", "');

/** `docker-compose.yml`: PostgreSQL with pgvector, a one-shot migration, one container per subgraph, the gateway. */
export function dockerCompose(subgraphs: readonly RegisteredSubgraph[]): string {
  const lines = [
    '# Generated from the registered subgraphs by `pnpm schema:publish`; `pnpm schema:check` fails when it drifts.',
    '# One container per service plus PostgreSQL with pgvector. Environment comes from .env.example, secrets from .env.',
    '# `pnpm start` needs none of this: it runs everything in one process on an embedded PostgreSQL.',
    '# The image is built with `pnpm build` and NODE_ENV=production: every container runs the compiled JavaScript.',
    'x-node: &node',
    '  build: .',
    '  image: atrium:local',
    // Production secrets (ATRIUM_JWT_*, ATRIUM_ENCRYPTION_KEY, ATRIUM_MASTER_KEY, ATRIUM_SUBGRAPH_HMAC_SECRET) go in .env beside it.
    '  env_file: [.env.example, { path: .env, required: false }]',
    '  volumes: [atrium-data:/app/.data]',
    '  restart: unless-stopped',
    '',
    'services:',
    '  postgres:',
    '    image: pgvector/pgvector:pg17',
    '    environment:',
    '      POSTGRES_USER: atrium',
    '      POSTGRES_PASSWORD: atrium',
    '      POSTGRES_DB: atrium',
    '    volumes: [pg-data:/var/lib/postgresql/data]',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "pg_isready -U atrium -d atrium"]',
    '      interval: 5s',
    '      timeout: 3s',
    '      retries: 20',
    '',
    '  migrate:',
    '    <<: *node',
    '    restart: "no"',
    `    command: ${containerCommand('db-migrate')}`,
    '    depends_on:',
    '      postgres: { condition: service_healthy }',
  ];
  for (const { definition } of subgraphs) {
    lines.push(
      '',
      `  ${definition.name}:`,
      '    <<: *node',
      `    command: ${containerCommand('serve', definition.name)}`,
      '    depends_on:',
      '      migrate: { condition: service_completed_successfully }',
      ...probe(definition.port),
    );
  }
  lines.push('', '  gateway:', '    <<: *node', `    command: ${containerCommand('serve', 'gateway')}`, '    ports: ["4000:4000"]', '    depends_on:');
  for (const { definition } of subgraphs) lines.push(`      ${definition.name}: { condition: service_healthy }`);
  lines.push(...probe(4000), '', 'volumes:', '  pg-data:', '  atrium-data:');
  return `${lines.join('\n')}\n`;
}

/** The value a variable has when unset, as an environment string; undefined when it has none. */
function defaultOf(variable: Variable): string | undefined {
  const parsed = variable.schema.safeParse(undefined);
  if (!parsed.success || parsed.data === undefined) return undefined;
  return String(parsed.data);
}

/** What the containers of docker-compose.yml need instead of the defaults. */
function containerValues(subgraphs: readonly RegisteredSubgraph[]): Record<string, string> {
  const values: Record<string, string> = {
    DATABASE_URL: 'postgresql://atrium:atrium@postgres:5432/atrium',
    ATRIUM_DATA_DIR: '/app/.data',
    ATRIUM_HOST: '0.0.0.0',
  };
  for (const { definition } of subgraphs) values[subgraphVariable(definition.name, 'URL')] = `http://${definition.name}:${definition.port}/graphql`;
  return values;
}

const rank = (owner: string, subgraphs: string[]) => (owner === 'kernel' ? -1 : subgraphs.includes(owner) ? 100 + subgraphs.indexOf(owner) : 0);

/** `.env.example`: every known variable, by the package that owns it, with its meaning and default. */
export function envExample(subgraphs: readonly RegisteredSubgraph[], registry: ConfigRegistry): string {
  const container = containerValues(subgraphs);
  const lines = [
    '# Generated from the configuration models by `pnpm schema:publish`; `pnpm schema:check` fails when it drifts.',
    '# Every variable is validated at startup by the model of the package that owns it; an unknown',
    '# ATRIUM_* variable stops startup. Copy to .env and adjust for your deployment. The values set',
    "# here are docker-compose.yml's; the others show their defaults.",
    '#',
    '# Secrets are generated once into ATRIUM_DATA_DIR/secrets.json in development; production needs',
    '# an Ed25519 key pair (PEM, "\\n" escapes allowed) and, for the encryption key and the subgraph HMAC', "# secret each, 32 random bytes in base64:",
    '#   openssl genpkey -algorithm ed25519 -out jwt.pem && openssl pkey -in jwt.pem -pubout',
    '#   openssl rand -base64 32',
  ];
  // By owner: the kernel, the other packages, then each subgraph (its registration and its model together).
  const groups = new Map<string, [string, Variable][]>();
  for (const [name, { owner, variable }] of knownVariables(registry)) groups.set(owner, [...(groups.get(owner) ?? []), [name, variable]]);
  const names = subgraphs.map((s) => s.definition.name);
  const order = [...groups.keys()].sort((a, b) => rank(a, names) - rank(b, names));
  for (const owner of order) {
    lines.push('', `# ── ${owner} ${'─'.repeat(Math.max(3, 90 - owner.length))}`);
    for (const [name, variable] of groups.get(owner)!) {
      lines.push(`# ${variable.doc.replace(/\n/g, ' ')}`);
      const value = container[name] ?? (variable.secret ? undefined : defaultOf(variable));
      lines.push(value === undefined ? `# ${name}=` : `${name}=${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Every generated workspace file, as the registry builds it now. */
export function registryArtifacts(subgraphs: readonly RegisteredSubgraph[], registry: ConfigRegistry): Artifact[] {
  return [
    { file: 'supergraph.yaml', text: supergraphYaml(subgraphs) },
    { file: 'docker-compose.yml', text: dockerCompose(subgraphs) },
    { file: '.env.example', text: envExample(subgraphs, registry) },
  ];
}
