import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { AppError, auditBefore, connection, httpUrl, idArg, notFound, page, parseInput, publishRegistry, registryEntry, uuid, type Sealed } from '@atrium/kernel';
import { SSO_CLIENT_SECRET } from '../auth/secrets.js';
import type { IdentityContext } from '../../context.js';
import type { Prisma } from '../../db.js';
import { SsoProviderStore } from './store.js';

const url = httpUrl.nullish();
export const PROVIDER_TYPE = { OAUTH2: 'oauth2', SAML: 'saml', OIDC: 'oidc' } as const;

const fields = {
  clientId: z.string().trim().min(1).max(255).nullish(),
  // Managed AES-GCM output (v2.<keyId>.…) must fit VARCHAR(512); 150 characters as before.
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

/** The client secret under identity's managed data key: sealed, null (removed) or undefined (unchanged). */
async function sealSecret(ctx: IdentityContext, value: string | null | undefined): Promise<Sealed | null | undefined> {
  return value === undefined ? undefined : value === null ? null : ctx.envelope.encrypt(value);
}

function toData(input: Record<string, unknown>, sealed: Sealed | null | undefined): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'clientSecret') data.clientSecret = sealed === undefined ? undefined : (sealed?.ciphertext ?? null);
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
  const sealed = await sealSecret(ctx, input.clientSecret);
  const id = randomUUID();
  return ctx.db.$transaction(async (tx) => {
    const created = await new SsoProviderStore(tx).create({ ...(toData(input, sealed) as Prisma.SsoProviderCreateInput), id });
    if (sealed) await publishRegistry(ctx.events, tx, 'identity', [registryEntry('identity', SSO_CLIENT_SECRET, id, sealed, ctx.principal?.userId ?? null)]);
    return created;
  });
}

export async function updateProvider(ctx: IdentityContext, rawId: unknown, rawInput: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateInput, rawInput, ['input']);
  if (input.name === null) throw new AppError('BAD_USER_INPUT', 'input.name: cannot be null', { fields: [{ path: ['input', 'name'], message: 'cannot be null' }] });
  const before = await new SsoProviderStore(ctx.db).byId(id);
  if (!before) throw notFound('SSO provider');
  // The old state for the audit event (and compliance's change tracking); secrets never leave it.
  auditBefore(before, 'SsoProvider');
  const sealed = await sealSecret(ctx, input.clientSecret);
  return ctx.db.$transaction(async (tx) => {
    const updated = await new SsoProviderStore(tx).update(id, toData(input, sealed));
    if (sealed !== undefined) await publishRegistry(ctx.events, tx, 'identity', [registryEntry('identity', SSO_CLIENT_SECRET, id, sealed, ctx.principal?.userId ?? null)]);
    return updated;
  });
}

export async function deleteProvider(ctx: IdentityContext, rawId: unknown) {
  const id = idArg(rawId);
  const provider = await new SsoProviderStore(ctx.db).byId(id);
  if (!provider) throw notFound('SSO provider');
  auditBefore(provider, 'SsoProvider');
  return ctx.db.$transaction(async (tx) => {
    const deleted = await new SsoProviderStore(tx).delete(id);
    if (provider.clientSecret) await publishRegistry(ctx.events, tx, 'identity', [registryEntry('identity', SSO_CLIENT_SECRET, id, null, ctx.principal?.userId ?? null)]);
    return deleted;
  });
}
