import { describe, expect, it } from 'vitest';
import { conditionProblems, conditionsHold } from '@atrium/kernel/conditions';
import { effectiveGrants, evaluate, roleChain, type PermissionFact, type PolicyFacts, type ResourceFact, type RoleFact, type RolePermissionFact, type UserPermissionFact } from '@atrium/kernel/policy';
import { OPEN, role, userPermissionFact, userRoleFact } from './spec-facts.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const past = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const future = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const USER = 'u-1';
const OWNER_ONLY = { '==': [{ var: 'resource.ownerId' }, { var: 'user.id' }] };

const perm = (name: string, w: Partial<PermissionFact> = {}): PermissionFact => {
  const [resourceType, action] = name.split(':') as [string, string];
  return { id: `p-${name}`, name, resourceType, action, conditions: {}, requiresApproval: false, ...OPEN, ...w };
};
const rp = (roleId: string, permissionName: string, w: Partial<RolePermissionFact> = {}): RolePermissionFact => ({
  id: `rp-${roleId}-${permissionName}`,
  roleId,
  permissionId: `p-${permissionName}`,
  additionalConditions: {},
  ...OPEN,
  ...w,
});
const ur = userRoleFact;
const up = (id: string, permissionName: string, w: Partial<UserPermissionFact> = {}): UserPermissionFact => userPermissionFact(id, `p-${permissionName}`, w);
const res = (id: string, resourceType: string, resourceId: string, parentResourceId: string | null = null, w: Partial<ResourceFact> = {}): ResourceFact => ({
  id,
  resourceType,
  resourceId,
  parentResourceId,
  ownerId: null,
  attributes: {},
  isActive: true,
  ...w,
});

function facts(input: Partial<Omit<PolicyFacts, 'roles' | 'resources'>> & { roles?: RoleFact[]; resources?: ResourceFact[] }): PolicyFacts {
  return {
    userId: USER,
    roles: new Map((input.roles ?? []).map((r) => [r.id, r])),
    permissions: input.permissions ?? [],
    rolePermissions: input.rolePermissions ?? [],
    userRoles: input.userRoles ?? [],
    userPermissions: input.userPermissions ?? [],
    resources: new Map((input.resources ?? []).map((r) => [r.id, r])),
  };
}

const check = (permission: string, resourceId: string | null = null) => {
  const [resourceType, action] = permission.split(':') as [string, string];
  return { resourceType, action, resourceId };
};

// user ← content_creator ← manager: a manager inherits from user through content_creator.
const hierarchy = [role('user'), role('content_creator', 'user'), role('manager', 'content_creator')];
const readDoc = perm('document:read');
const readRole = perm('role:read');

describe('candidate grants', () => {
  it('grants through the assigned role itself', () => {
    const f = facts({ roles: hierarchy, permissions: [readDoc], rolePermissions: [rp('manager', 'document:read')], userRoles: [ur('ur1', 'manager')] });
    expect(evaluate(f, check('document:read'), NOW).decision).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:manager' });
  });

  it('inherits every permission of the parent chain, naming the chain up to the granting role', () => {
    const f = facts({ roles: hierarchy, permissions: [readDoc], rolePermissions: [rp('user', 'document:read')], userRoles: [ur('ur1', 'manager')] });
    expect(evaluate(f, check('document:read'), NOW).decision).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:manager>content_creator>user' });
  });

  it('does not inherit downwards', () => {
    const f = facts({ roles: hierarchy, permissions: [readDoc], rolePermissions: [rp('manager', 'document:read')], userRoles: [ur('ur1', 'user')] });
    expect(evaluate(f, check('document:read'), NOW).decision).toEqual({ allowed: false, reason: 'NO_GRANT', via: null });
  });

  it('matches on resource type and action, not on the permission name', () => {
    const own = perm('document:read', { id: 'p-own', name: 'document:read:own', conditions: OWNER_ONLY });
    const f = facts({
      roles: [role('r')],
      permissions: [own],
      rolePermissions: [{ ...rp('r', 'document:read'), permissionId: 'p-own' }],
      userRoles: [ur('ur1', 'r')],
      resources: [res('d1', 'document', 'doc-1', null, { ownerId: USER })],
    });
    expect(evaluate(f, check('document:read', 'doc-1'), NOW).decision.allowed).toBe(true);
  });

  it('grants through a direct permission', () => {
    const f = facts({ permissions: [readDoc], userPermissions: [up('g1', 'document:read')] });
    expect(evaluate(f, check('document:read'), NOW).decision).toEqual({ allowed: true, reason: 'GRANTED', via: 'direct:g1' });
  });

  it('answers NO_GRANT without any candidate', () => {
    const f = facts({ roles: hierarchy, permissions: [readDoc, readRole], rolePermissions: [rp('user', 'role:read')], userRoles: [ur('ur1', 'user')] });
    expect(evaluate(f, check('document:read'), NOW)).toEqual({ decision: { allowed: false, reason: 'NO_GRANT', via: null }, candidates: [], resource: 'NOT_GIVEN' });
  });

  it('tolerates a cycle in stored data without looping', () => {
    const roles = [role('a', 'b'), role('b', 'a')];
    expect(roleChain(new Map(roles.map((r) => [r.id, r])), 'a').map((r) => r.id)).toEqual(['a', 'b']);
    const f = facts({ roles, permissions: [readDoc], rolePermissions: [rp('b', 'document:read')], userRoles: [ur('ur1', 'a')] });
    expect(evaluate(f, check('document:read'), NOW).decision.via).toBe('role:a>b');
  });
});

describe('revocation', () => {
  it('refuses a revoked or inactive assignment', () => {
    const base = { roles: hierarchy, permissions: [readDoc], rolePermissions: [rp('user', 'document:read')] };
    expect(evaluate(facts({ ...base, userRoles: [ur('ur1', 'user', { revokedAt: past(1), isActive: false })] }), check('document:read'), NOW).decision).toEqual({
      allowed: false,
      reason: 'REVOKED',
      via: 'role:user',
    });
    expect(evaluate(facts({ ...base, userRoles: [ur('ur1', 'user', { isActive: false })] }), check('document:read'), NOW).decision.reason).toBe('REVOKED');
    expect(evaluate(facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { revokedAt: past(1) })] }), check('document:read'), NOW).decision.reason).toBe('REVOKED');
  });
});

describe('time windows', () => {
  const base = { roles: hierarchy, permissions: [readDoc] };
  const decide = (f: PolicyFacts) => evaluate(f, check('document:read'), NOW).decision;

  it('applies the user_role window', () => {
    expect(decide(facts({ ...base, rolePermissions: [rp('user', 'document:read')], userRoles: [ur('ur1', 'user', { validFrom: past(9), validUntil: past(1) })] })).reason).toBe('EXPIRED');
    expect(decide(facts({ ...base, rolePermissions: [rp('user', 'document:read')], userRoles: [ur('ur1', 'user', { validFrom: future(1) })] })).reason).toBe('NOT_YET_VALID');
  });

  it('treats valid_until as exclusive and valid_from as inclusive', () => {
    expect(decide(facts({ ...base, rolePermissions: [rp('user', 'document:read')], userRoles: [ur('ur1', 'user', { validUntil: NOW })] })).reason).toBe('EXPIRED');
    expect(decide(facts({ ...base, rolePermissions: [rp('user', 'document:read')], userRoles: [ur('ur1', 'user', { validFrom: NOW })] })).allowed).toBe(true);
  });

  it('cuts inheritance at an expired role on the chain, but keeps what is below it', () => {
    const roles = [role('user'), role('content_creator', 'user', { validFrom: past(9), validUntil: past(1) }), role('manager', 'content_creator')];
    const f = facts({
      roles,
      permissions: [readDoc, readRole],
      rolePermissions: [rp('user', 'document:read'), rp('manager', 'role:read')],
      userRoles: [ur('ur1', 'manager')],
    });
    expect(evaluate(f, check('document:read'), NOW).decision).toEqual({ allowed: false, reason: 'EXPIRED', via: 'role:manager>content_creator>user' });
    expect(evaluate(f, check('role:read'), NOW).decision).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:manager' });
  });

  it('ignores windows of roles above the granting one', () => {
    const roles = [role('user', null, { validFrom: past(9), validUntil: past(1) }), role('manager', 'user')];
    const f = facts({ roles, permissions: [readDoc], rolePermissions: [rp('manager', 'document:read')], userRoles: [ur('ur1', 'manager')] });
    expect(evaluate(f, check('document:read'), NOW).decision.allowed).toBe(true);
  });

  it('applies the role_permission and permission windows', () => {
    expect(decide(facts({ ...base, rolePermissions: [rp('user', 'document:read', { validUntil: past(1), validFrom: past(2) })], userRoles: [ur('ur1', 'user')] })).reason).toBe('EXPIRED');
    const notYet = perm('document:read', { validFrom: future(2) });
    expect(decide(facts({ roles: hierarchy, permissions: [notYet], rolePermissions: [rp('user', 'document:read')], userRoles: [ur('ur1', 'user')] })).reason).toBe('NOT_YET_VALID');
    expect(decide(facts({ permissions: [perm('document:read', { validUntil: past(1), validFrom: past(3) })], userPermissions: [up('g', 'document:read')] })).reason).toBe('EXPIRED');
    expect(decide(facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { validFrom: future(1) })] })).reason).toBe('NOT_YET_VALID');
  });

  it('says EXPIRED when one window ended even if another has not started', () => {
    const f = facts({ ...base, rolePermissions: [rp('user', 'document:read', { validFrom: future(1) })], userRoles: [ur('ur1', 'user', { validFrom: past(5), validUntil: past(1) })] });
    expect(decide(f).reason).toBe('EXPIRED');
  });
});

describe('scope', () => {
  // org → project → doc: a grant on the org reaches the grandchild.
  const tree = [res('org', 'organization', 'org-a'), res('proj', 'knowledge', 'kb-1', 'org'), res('doc', 'document', 'doc-1', 'proj'), res('other', 'document', 'doc-2')];
  const base = { roles: hierarchy, permissions: [readDoc], rolePermissions: [rp('user', 'document:read')], resources: tree };

  it('reaches a grandchild of the scoped resource', () => {
    const f = facts({ ...base, userRoles: [ur('ur1', 'user', { resourceScope: 'org' })] });
    expect(evaluate(f, check('document:read', 'doc-1'), NOW).decision).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:user' });
  });

  it('refuses a resource outside the scope, or one that is not registered', () => {
    const f = facts({ ...base, userRoles: [ur('ur1', 'user', { resourceScope: 'org' })] });
    expect(evaluate(f, check('document:read', 'doc-2'), NOW).decision.reason).toBe('OUT_OF_SCOPE');
    expect(evaluate(f, check('document:read', 'unknown'), NOW).decision.reason).toBe('OUT_OF_SCOPE');
  });

  it('never lets a scoped grant satisfy a check without a resource', () => {
    const f = facts({ ...base, userRoles: [ur('ur1', 'user', { resourceScope: 'org' })] });
    expect(evaluate(f, check('document:read'), NOW).decision).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', via: 'role:user' });
  });

  it('lets an unscoped grant apply everywhere', () => {
    const f = facts({ ...base, userRoles: [ur('ur1', 'user')] });
    expect(evaluate(f, check('document:read', 'doc-2'), NOW).decision.allowed).toBe(true);
    expect(evaluate(f, check('document:read'), NOW).decision.allowed).toBe(true);
  });

  it('scopes a direct grant by its resource_id', () => {
    const f = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { resourceId: 'proj' })], resources: tree });
    expect(evaluate(f, check('document:read', 'doc-1'), NOW).decision.allowed).toBe(true);
    expect(evaluate(f, check('document:read', 'doc-2'), NOW).decision.reason).toBe('OUT_OF_SCOPE');
  });

  it('resolves the external id with the permission resource type', () => {
    // `kb-1` is a knowledge resource; a document check for `kb-1` is about another object.
    const f = facts({ ...base, userRoles: [ur('ur1', 'user', { resourceScope: 'proj' })] });
    expect(evaluate(f, check('document:read', 'kb-1'), NOW).decision.reason).toBe('OUT_OF_SCOPE');
  });
});

describe('conditions', () => {
  const tree = [res('mine', 'conversation', 'c-1', null, { ownerId: USER }), res('theirs', 'conversation', 'c-2', null, { ownerId: 'u-2', attributes: { shared: true } })];
  const update = perm('conversation:update');

  it('holds a role_permission to its additional conditions (owner only)', () => {
    const f = facts({ roles: hierarchy, permissions: [update], rolePermissions: [rp('user', 'conversation:update', { additionalConditions: OWNER_ONLY })], userRoles: [ur('ur1', 'user')], resources: tree });
    expect(evaluate(f, check('conversation:update', 'c-1'), NOW).decision.allowed).toBe(true);
    expect(evaluate(f, check('conversation:update', 'c-2'), NOW).decision).toEqual({ allowed: false, reason: 'CONDITION_FALSE', via: 'role:user' });
  });

  it('is false without a resource when the condition is not empty', () => {
    const f = facts({ roles: hierarchy, permissions: [update], rolePermissions: [rp('user', 'conversation:update', { additionalConditions: OWNER_ONLY })], userRoles: [ur('ur1', 'user')] });
    expect(evaluate(f, check('conversation:update'), NOW).decision.reason).toBe('CONDITION_FALSE');
  });

  it('requires the permission conditions and the grant conditions together', () => {
    const shared = { '==': [{ var: 'resource.attributes.shared' }, true] };
    const p = perm('conversation:update', { conditions: shared });
    const f = facts({ permissions: [p], userPermissions: [up('g', 'conversation:update', { additionalConditions: OWNER_ONLY })], resources: tree });
    expect(evaluate(f, check('conversation:update', 'c-1'), NOW).decision.reason).toBe('CONDITION_FALSE'); // mine, not shared
    expect(evaluate(f, check('conversation:update', 'c-2'), NOW).decision.reason).toBe('CONDITION_FALSE'); // shared, not mine
    const both = facts({ permissions: [p], userPermissions: [up('g', 'conversation:update', { additionalConditions: OWNER_ONLY })], resources: [res('x', 'conversation', 'c-3', null, { ownerId: USER, attributes: { shared: true } })] });
    expect(evaluate(both, check('conversation:update', 'c-3'), NOW).decision.allowed).toBe(true);
  });

  it('treats an empty object as true and refuses unsafe or malformed logic', () => {
    const ctx = { user: { id: USER }, resource: null };
    expect(conditionsHold([{}, null], ctx)).toBe(true);
    expect(conditionProblems({ method: [{ var: 'user.id' }, 'toString'] })).toEqual(['operator "method" is not allowed']);
    expect(conditionProblems({ '==': [1, 1], '!=': [1, 2] })).toHaveLength(1);
    expect(conditionProblems(['x'])).toEqual(['must be a JsonLogic object']);
    const withResource = { user: { id: USER }, resource: { id: 'c', type: 'conversation', ownerId: USER, attributes: {} } };
    expect(conditionsHold([{ method: [{ var: 'user.id' }, 'toString'] }], withResource)).toBe(false);
    expect(conditionsHold([{ unknown_op: [] }], withResource)).toBe(false);
    expect(conditionsHold([OWNER_ONLY], withResource)).toBe(true);
  });
});

describe('unknown and inactive resources fail closed', () => {
  const notOwner = { '!=': [{ var: 'resource.ownerId' }, { var: 'user.id' }] };
  const lowTier = { '<': [{ var: 'resource.attributes.tier' }, 3] };
  const tree = [res('org', 'organization', 'org-a'), res('off', 'knowledge', 'kb-off', 'org', { isActive: false }), res('doc', 'document', 'doc-1', 'off'), res('gone', 'document', 'doc-gone', 'org', { isActive: false })];

  it('a condition reading resource.* is false for an id that is not registered, and the explanation says so', () => {
    for (const condition of [notOwner, lowTier, { missing: ['resource.ownerId'] }, { var: '' }]) {
      const f = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { additionalConditions: condition })], resources: tree });
      const evaluation = evaluate(f, check('document:read', 'invented-id'), NOW);
      expect(evaluation.decision).toEqual({ allowed: false, reason: 'CONDITION_FALSE', via: 'direct:g' });
      expect(evaluation.resource).toBe('UNKNOWN');
    }
  });

  it('a registered resource still evaluates the same conditions', () => {
    const f = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { additionalConditions: notOwner })], resources: [res('x', 'document', 'doc-x', null, { ownerId: 'u-2' })] });
    expect(evaluate(f, check('document:read', 'doc-x'), NOW)).toMatchObject({ decision: { allowed: true }, resource: 'ACTIVE' });
  });

  it('a condition that reads only the user still applies to an unknown id, and no condition needs no resource', () => {
    const me = { '==': [{ var: 'user.id' }, USER] };
    const f = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { additionalConditions: me })] });
    expect(evaluate(f, check('document:read', 'invented-id'), NOW).decision.allowed).toBe(true);
    const plain = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read')] });
    expect(evaluate(plain, check('document:read', 'invented-id'), NOW).decision.allowed).toBe(true);
  });

  it('an inactive resource is reached by no scope, its own or an ancestor\'s, while unscoped grants still apply', () => {
    const scoped = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { resourceId: 'org' })], resources: tree });
    expect(evaluate(scoped, check('document:read', 'doc-1'), NOW).decision.reason).toBe('OUT_OF_SCOPE'); // under an inactive folder
    expect(evaluate(scoped, check('document:read', 'doc-gone'), NOW)).toMatchObject({ decision: { reason: 'OUT_OF_SCOPE' }, resource: 'INACTIVE' });
    const own = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read', { resourceId: 'gone' })], resources: tree });
    expect(evaluate(own, check('document:read', 'doc-gone'), NOW).decision.reason).toBe('OUT_OF_SCOPE');
    const unscoped = facts({ permissions: [readDoc], userPermissions: [up('g', 'document:read')], resources: tree });
    expect(evaluate(unscoped, check('document:read', 'doc-gone'), NOW).decision.allowed).toBe(true);
  });
});

describe('approval', () => {
  const sensitive = perm('user:impersonate', { requiresApproval: true });

  it('does not count a pending direct grant, and counts it once approved', () => {
    expect(evaluate(facts({ permissions: [sensitive], userPermissions: [up('g', 'user:impersonate')] }), check('user:impersonate'), NOW).decision).toEqual({
      allowed: false,
      reason: 'PENDING_APPROVAL',
      via: 'direct:g',
    });
    expect(evaluate(facts({ permissions: [sensitive], userPermissions: [up('g', 'user:impersonate', { approvedAt: past(1) })] }), check('user:impersonate'), NOW).decision.allowed).toBe(true);
  });

  it('does not apply to role paths (the assignment is the approval)', () => {
    const f = facts({ roles: [role('r')], permissions: [sensitive], rolePermissions: [rp('r', 'user:impersonate')], userRoles: [ur('ur1', 'r')] });
    expect(evaluate(f, check('user:impersonate'), NOW).decision.allowed).toBe(true);
  });
});

describe('the reason among several failing candidates', () => {
  it('comes from the candidate that got furthest through the checks', () => {
    const tree = [res('org', 'organization', 'org-a'), res('d', 'document', 'doc-1'), res('mine', 'document', 'doc-2', null, { ownerId: USER })];
    const roles = [role('a'), role('b'), role('c')];
    const f = facts({
      roles,
      permissions: [readDoc],
      rolePermissions: [rp('a', 'document:read'), rp('b', 'document:read'), rp('c', 'document:read', { additionalConditions: OWNER_ONLY })],
      userRoles: [
        ur('revoked', 'a', { revokedAt: past(1), isActive: false }),
        ur('expired', 'b', { validFrom: past(3), validUntil: past(1) }),
        ur('scoped', 'b', { resourceScope: 'org' }),
        ur('conditional', 'c'),
      ],
      userPermissions: [],
      resources: tree,
    });
    const withConditionCandidate = evaluate(f, check('document:read', 'doc-1'), NOW);
    expect(withConditionCandidate.decision).toEqual({ allowed: false, reason: 'CONDITION_FALSE', via: 'role:c' });
    expect(withConditionCandidate.candidates.map((c) => c.reason)).toEqual(['REVOKED', 'EXPIRED', 'OUT_OF_SCOPE', 'CONDITION_FALSE']);
    const withoutIt = facts({ ...f, roles, resources: tree, userRoles: f.userRoles.slice(0, 3) } as never);
    expect(evaluate(withoutIt, check('document:read', 'doc-1'), NOW).decision).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', via: 'role:b' });
    expect(evaluate(facts({ roles, permissions: [readDoc], rolePermissions: [rp('a', 'document:read'), rp('b', 'document:read')], userRoles: f.userRoles.slice(0, 2) }), check('document:read'), NOW).decision.reason).toBe('EXPIRED');
    expect(evaluate(f, check('document:read', 'doc-2'), NOW).decision).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:c' });
  });

  it('prefers PENDING_APPROVAL over every earlier failure', () => {
    const p = perm('user:impersonate', { requiresApproval: true });
    const f = facts({ permissions: [p], userPermissions: [up('old', 'user:impersonate', { revokedAt: past(1), resourceId: null }), up('new', 'user:impersonate', { resourceId: 'x' }), up('pending', 'user:impersonate')] });
    expect(evaluate(f, check('user:impersonate'), NOW).decision).toEqual({ allowed: false, reason: 'PENDING_APPROVAL', via: 'direct:pending' });
  });
});

describe('effective grants', () => {
  it('lists current paths with their scope, window intersection and conditions', () => {
    const f = facts({
      roles: [role('user', null, { validUntil: future(30) }), role('manager', 'user')],
      permissions: [readDoc, readRole, perm('conversation:update')],
      rolePermissions: [rp('user', 'document:read', { validUntil: future(10) }), rp('manager', 'role:read'), rp('user', 'conversation:update', { additionalConditions: OWNER_ONLY })],
      userRoles: [ur('ur1', 'manager', { resourceScope: 'org', validFrom: past(2) }), ur('gone', 'user', { revokedAt: past(1) })],
      userPermissions: [up('p1', 'document:read', { validFrom: future(1) })],
    });
    const grants = effectiveGrants(f, NOW);
    expect(grants.map((g) => [g.permission.name, g.via, g.scope])).toEqual([
      ['role:read', 'role:manager', 'org'],
      ['document:read', 'role:manager>user', 'org'],
      ['conversation:update', 'role:manager>user', 'org'],
    ]);
    expect(grants[1]!.validFrom).toEqual(past(2));
    expect(grants[1]!.validUntil).toEqual(future(10));
    expect(grants[2]!.conditions).toEqual([OWNER_ONLY]);
  });
});
