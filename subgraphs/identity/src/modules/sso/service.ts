import { z } from 'zod';
import { AppError, auditBefore, connection, encrypt, httpUrl, idArg, notFound, page, parseInput, uuid } from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { Prisma } from '../../db.js';
import { SsoProviderStore } from './store.js';

const url = httpUrl.nullish();
export const PROVIDER_TYPE = { OAUTH2: 'oauth2', SAML: 'saml', OIDC: 'oidc' } as const;

const fields = {
  clientId: z.string().trim().min(1).max(255).nullish(),
  // AES-GCM output must fit the seed's VARCHAR(255): 150 characters of secret at most.
  clientSecret: z.string().min(1).max(150, 'must be at most 150 characters').nullish(),
  discoveryUrl: url,
  authorizationUrl: url,
  tokenUrl: url,
  userinfoUrl: url,
  jwksUrl: url,
  samlMetadataUrl: url,
  samlCertificate: z.string().max(20_000).nullish(),
  scopes: z.array(z.string().trim().min(1).max(200)).max(50).nullish(),
  attributeMapping: z.record(z.string(), z.string().max(200)).nullish(),
  autoCreateUsers: z.boolean().nullish(),
  autoAssignRoles: z.array(uuid).max(50).nullish(),
  isActive: z.boolean().nullish(),
};
// GraphQL already mapped the enum to its stored value (see PROVIDER_TYPE).
const createInput = z.object({ name: z.string().trim().min(1).max(100), providerType: z.enum(['oauth2', 'saml', 'oidc']), ...fields });
const updateInput = z.object({ name: z.string().trim().min(1).max(100).nullish(), ...fields });

const LIST_FIELDS = new Set(['scopes', 'autoAssignRoles']);
const BOOL_FIELDS = new Set(['autoCreateUsers', 'isActive']);

function toData(ctx: IdentityContext, input: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'clientSecret') data.clientSecret = value === null ? null : encrypt(value as string, ctx.config.secrets.encryptionKey);
    else if (LIST_FIELDS.has(key)) data[key] = value ?? [];
    else if (key === 'attributeMapping') data[key] = value ?? {};
    else if (BOOL_FIELDS.has(key) && value === null) continue;
    else data[key] = value;
  }
  return data;
}


export async function getProvider(ctx: IdentityContext, rawId: unknown) {
  return new SsoProviderStore(ctx.db).byId(idArg(rawId));
}

export async function listProviders(ctx: IdentityContext, rawArgs: unknown) {
  const p = page(rawArgs);
  return connection(await new SsoProviderStore(ctx.db).list(p), p);
}

export async function createProvider(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(createInput, rawInput, ['input']);
  return new SsoProviderStore(ctx.db).create(toData(ctx, input) as Prisma.SsoProviderCreateInput);
}

export async function updateProvider(ctx: IdentityContext, rawId: unknown, rawInput: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateInput, rawInput, ['input']);
  if (input.name === null) throw new AppError('BAD_USER_INPUT', 'input.name: cannot be null', { fields: [{ path: ['input', 'name'], message: 'cannot be null' }] });
  const store = new SsoProviderStore(ctx.db);
  const before = await store.byId(id);
  if (!before) throw notFound('SSO provider');
  // The old state for the audit event (and compliance's change tracking); secrets never leave it.
  auditBefore(before, 'SsoProvider');
  return store.update(id, toData(ctx, input));
}

export async function deleteProvider(ctx: IdentityContext, rawId: unknown) {
  const id = idArg(rawId);
  const store = new SsoProviderStore(ctx.db);
  const before = await store.byId(id);
  if (!before) throw notFound('SSO provider');
  auditBefore(before, 'SsoProvider');
  return store.delete(id);
}
