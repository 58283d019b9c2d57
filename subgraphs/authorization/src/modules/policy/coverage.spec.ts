import { describe, expect, it } from 'vitest';
import { governOffers, linkOffer, normalizeCondition, permissionOffer, roleOffers, shortfalls, type Offer } from './coverage.js';
import type { PermissionFact, PolicyFacts, ResourceFact, RoleFact, RolePermissionFact, UserPermissionFact, UserRoleFact } from '@atrium/kernel/policy';
import { OPEN, role, userPermissionFact, userRoleFact } from './spec-facts.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const OWNER_ONLY = { '==': [{ var: 'resource.ownerId' }, { var: 'user.id' }] };
const EU_ONLY = { '==': [{ var: 'resource.attributes.region' }, 'eu'] };

const perm = (id: string, name: string, w: Partial<PermissionFact> = {}): PermissionFact => {
  const [resourceType, action] = name.split(':') as [string, string];
  return { id, name, resourceType, action, conditions: {}, requiresApproval: false, ...OPEN, ...w };
};
const rp = (roleId: string, permissionId: string, w: Partial<RolePermissionFact> = {}): RolePermissionFact => ({ id: `rp-${roleId}-${permissionId}`, roleId, permissionId, additionalConditions: {}, ...OPEN, ...w });
const ur = (roleId: string, w: Partial<UserRoleFact> = {}): UserRoleFact => userRoleFact(`ur-${roleId}`, roleId, w);
const up = (permissionId: string, w: Partial<UserPermissionFact> = {}): UserPermissionFact => userPermissionFact(`up-${permissionId}`, permissionId, w);
const res = (id: string, parentResourceId: string | null = null, isActive = true): ResourceFact => ({ id, resourceType: 'knowledge', resourceId: `ext-${id}`, parentResourceId, ownerId: null, attributes: {}, isActive });

// Permission rows: two rows allow conversation:read (one condition-free, one owner-only).
const READ = perm('p-read', 'conversation:read');
const READ_OWN = perm('p-read-own', 'conversation:read:own', { conditions: OWNER_ONLY });
const UPDATE = perm('p-update', 'conversation:update');
const REPORT = perm('p-report', 'report:read');
const MANAGE = perm('p-manage', 'system:manage', { requiresApproval: true });
const PERMISSIONS = [READ, READ_OWN, UPDATE, REPORT, MANAGE];

// base ← mid ← top; `other` is a separate root.
const ROLES = [role('base'), role('mid', 'base'), role('top', 'mid'), role('other')];
const LINKS = [rp('base', 'p-report'), rp('mid', 'p-update', { additionalConditions: OWNER_ONLY }), rp('top', 'p-read'), rp('other', 'p-manage')];
// org ← folder ← doc; `elsewhere` is unrelated; `off` is an inactive folder with `inside` under it.
const RESOURCES = [res('org'), res('folder', 'org'), res('doc', 'folder'), res('elsewhere'), res('off', 'org', false), res('inside', 'off')];

function actor(grants: { userRoles?: UserRoleFact[]; userPermissions?: UserPermissionFact[]; roles?: RoleFact[] }): PolicyFacts {
  return {
    userId: 'actor',
    roles: new Map((grants.roles ?? ROLES).map((r) => [r.id, r])),
    permissions: PERMISSIONS,
    rolePermissions: LINKS,
    userRoles: grants.userRoles ?? [],
    userPermissions: grants.userPermissions ?? [],
    resources: new Map(RESOURCES.map((r) => [r.id, r])),
  };
}

const want = (name: string, w: Partial<Offer> = {}): Offer => {
  const [resourceType, action] = name.split(':') as [string, string];
  return { permission: name, resourceType, action, scope: null, conditions: [], ...OPEN, ...w };
};
const reasons = (facts: PolicyFacts, offers: Offer[], delegatedCounts = false) => shortfalls(facts, offers, NOW, { delegatedCounts }).map((s) => `${s.offer.permission}:${s.reason}`);

describe('shortfalls: what the actor holds against what a write offers', () => {
  const cases: [string, Parameters<typeof actor>[0], Offer, string[]][] = [
    ['an unscoped, unconditional, open grant covers anything of that type and action', { userPermissions: [up('p-read')] }, want('conversation:read', { scope: 'doc', conditions: [EU_ONLY], validUntil: days(3) }), []],
    ['nothing of that type and action', { userPermissions: [up('p-update')] }, want('conversation:read'), ['conversation:read:NOT_HELD']],
    ['a scoped grant covers its resource and descendants', { userPermissions: [up('p-read', { resourceId: 'org' })] }, want('conversation:read', { scope: 'doc' }), []],
    ['a scoped grant does not cover an unscoped offer', { userPermissions: [up('p-read', { resourceId: 'org' })] }, want('conversation:read'), ['conversation:read:NARROWER_SCOPE']],
    ['a scoped grant does not cover an unrelated resource', { userPermissions: [up('p-read', { resourceId: 'org' })] }, want('conversation:read', { scope: 'elsewhere' }), ['conversation:read:NARROWER_SCOPE']],
    ['a scoped grant does not cover its ancestor', { userPermissions: [up('p-read', { resourceId: 'folder' })] }, want('conversation:read', { scope: 'org' }), ['conversation:read:NARROWER_SCOPE']],
    ['a scope does not reach through an inactive resource', { userPermissions: [up('p-read', { resourceId: 'org' })] }, want('conversation:read', { scope: 'inside' }), ['conversation:read:NARROWER_SCOPE']],
    ['a conditional grant does not cover the same action without the condition', { userPermissions: [up('p-read-own')] }, want('conversation:read'), ['conversation:read:MORE_CONDITIONS']],
    ['a conditional grant covers the same condition (keys in another order)', { userPermissions: [up('p-read-own')] }, want('conversation:read', { conditions: [{ '==': [{ var: 'resource.ownerId' }, { var: 'user.id' }] }] }), []],
    ['a conditional grant covers the same condition with more conditions added', { userPermissions: [up('p-read-own')] }, want('conversation:read', { conditions: [EU_ONLY, OWNER_ONLY] }), []],
    ['a conditional grant does not cover another condition', { userPermissions: [up('p-read-own')] }, want('conversation:read', { conditions: [EU_ONLY] }), ['conversation:read:MORE_CONDITIONS']],
    ['a grant ending later covers an offer ending sooner', { userPermissions: [up('p-read', { validUntil: days(10) })] }, want('conversation:read', { validUntil: days(5) }), []],
    ['a grant ending sooner does not cover an open-ended offer', { userPermissions: [up('p-read', { validUntil: days(10) })] }, want('conversation:read'), ['conversation:read:SHORTER_WINDOW']],
    ['a grant ending sooner does not cover a longer offer', { userPermissions: [up('p-read', { validUntil: days(10) })] }, want('conversation:read', { validUntil: days(11) }), ['conversation:read:SHORTER_WINDOW']],
    ['an expired grant counts for nothing', { userPermissions: [up('p-read', { validFrom: days(-10), validUntil: days(-1) })] }, want('conversation:read', { validUntil: days(1) }), ['conversation:read:NOT_HELD']],
    ['a grant that has not started counts for nothing', { userPermissions: [up('p-read', { validFrom: days(1) })] }, want('conversation:read'), ['conversation:read:NOT_HELD']],
    ['a revoked grant counts for nothing', { userPermissions: [up('p-read', { isActive: false, revokedAt: days(-1) })] }, want('conversation:read'), ['conversation:read:NOT_HELD']],
    ['a direct grant still waiting for approval counts for nothing', { userPermissions: [up('p-manage')] }, want('system:manage'), ['system:manage:NOT_HELD']],
    ['an approved direct grant counts', { userPermissions: [up('p-manage', { approvedAt: days(-1) })] }, want('system:manage'), []],
    ['what a role chain gives counts, through inheritance', { userRoles: [ur('top')] }, want('report:read', { scope: 'doc' }), []],
    ['an inherited conditional link counts only with its condition', { userRoles: [ur('top')] }, want('conversation:update'), ['conversation:update:MORE_CONDITIONS']],
    ['the assignment context conditions limit what it covers', { userRoles: [ur('top', { contextConditions: EU_ONLY })] }, want('conversation:read'), ['conversation:read:MORE_CONDITIONS']],
    ['a role window on the chain ends what the chain gives', { userRoles: [ur('top')], roles: [role('base', null, { validFrom: days(-9), validUntil: days(-1) }), role('mid', 'base'), role('top', 'mid'), role('other')] }, want('report:read'), ['report:read:NOT_HELD']],
    ['what is held only through a delegation does not count for handing out', { userRoles: [ur('top', { isDelegated: true })] }, want('conversation:read'), ['conversation:read:DELEGATED_ONLY']],
    ['an outright grant next to a delegated one counts', { userRoles: [ur('top', { isDelegated: true })], userPermissions: [up('p-read')] }, want('conversation:read'), []],
    ['an offer whose window is over gives nothing and needs nothing', {}, want('conversation:read', { validFrom: days(-5), validUntil: days(-1) }), []],
  ];
  it.each(cases)('%s', (_name, grants, offer, expected) => {
    expect(reasons(actor(grants), [offer])).toEqual(expected);
  });

  it('lets delegated holdings count where the write takes away instead of handing out', () => {
    expect(reasons(actor({ userRoles: [ur('top', { isDelegated: true })] }), [want('conversation:read')], true)).toEqual([]);
  });

  it('reports the grant that got furthest, and any one grant that covers wins', () => {
    const facts = actor({ userPermissions: [up('p-read', { resourceId: 'folder' }), up('p-read-own')] });
    // The owner-only grant passes the scope check the folder grant fails, then fails on its condition.
    expect(reasons(facts, [want('conversation:read', { scope: 'org' })])).toEqual(['conversation:read:MORE_CONDITIONS']);
    expect(reasons(facts, [want('conversation:read', { scope: 'doc' })])).toEqual([]);
  });
});

describe('offers: what a write hands out', () => {
  const catalog = actor({});

  it('an assignment offers every permission of the role chain, with every window and condition on the way', () => {
    const offers = roleOffers(catalog, 'top', { scope: 'org', conditions: EU_ONLY, validFrom: null, validUntil: days(30) });
    expect(offers.map((o) => [o.permission, o.scope, o.conditions.length, o.validUntil])).toEqual([
      ['conversation:read', 'org', 1, days(30)],
      ['conversation:update', 'org', 2, days(30)],
      ['report:read', 'org', 1, days(30)],
    ]);
  });

  it('compares what permissions allow, not which row carries it', () => {
    // The actor holds conversation:read only as the owner-only row; a second, condition-free
    // row for the same type and action is not covered by it.
    const facts = actor({ userPermissions: [up('p-read-own')] });
    expect(reasons(facts, permissionOffer(READ))).toEqual(['conversation:read:MORE_CONDITIONS']);
    expect(reasons(facts, permissionOffer(READ_OWN))).toEqual([]);
  });

  it('a role link offers its permission to the role holders, inside the role window', () => {
    const facts = actor({ roles: [role('base', null, { validUntil: days(2) }), role('mid', 'base'), role('top', 'mid'), role('other')] });
    const [o] = linkOffer(facts, rp('base', 'p-read', { validUntil: days(9) }));
    expect(o).toMatchObject({ permission: 'conversation:read', scope: null, validUntil: days(2) });
  });

  it('governing an object is every action some permission allows on its type, unconditionally and for good', () => {
    expect(governOffers(catalog, 'conversation', 'doc').map((o) => [o.permission, o.scope, o.conditions, o.validUntil])).toEqual([
      ['conversation:read', 'doc', [], null],
      ['conversation:update', 'doc', [], null],
    ]);
  });

  it('normalises conditions by sorting object keys at every depth, keeping array order', () => {
    expect(normalizeCondition({ b: 1, a: { d: [2, 1], c: 0 } })).toBe(normalizeCondition({ a: { c: 0, d: [2, 1] }, b: 1 }));
    expect(normalizeCondition({ in: [1, 2] })).not.toBe(normalizeCondition({ in: [2, 1] }));
  });
});
