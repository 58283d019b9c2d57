/**
 * Shield on a large list when the decision is already known in process (a current policy
 * snapshot: `Authorizer.decideNow`): the list's fields stay synchronous (graphql-js answers
 * without a promise), the decision is made once for the request, and a denial still goes through
 * shield with the FORBIDDEN naming the missing permission. The same in the whole system:
 * test/authz-snapshot.test.ts (revocations on the very next request) and identity's tests.
 */
import { access, applyShield, createRequestAuthorizer, type AccessRequest, type BaseContext, type Decision } from '@atrium/kernel';
import { buildSchema, execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';

const ME = '00000000-0000-4000-8000-000000000000';
const USERS = Array.from({ length: 1000 }, (_, i) => ({ id: i === 7 ? ME : `user-${i}`, username: `u${i}`, email: `u${i}@example.test` }));

// A subgraph schema has `_service`; shield keeps it open.
const plain = buildSchema(`type Query { users: [User!]! _service: _Service! } type _Service { sdl: String } type User { id: ID! username: String! email: String }`);
plain.getQueryType()!.getFields().users!.resolve = () => USERS;
const schema = applyShield(
  plain,
  {
    Query: { users: access.authenticated },
    User: { id: access.authenticated, username: access.authenticated, '*': access.owner((u) => u.id, access.can('user:read')) },
  },
);

const ALLOWED: Decision = { allowed: true, reason: 'GRANTED', via: 'role:manager' };
const DENIED: Decision = { allowed: false, reason: 'NO_GRANT', via: null };

function context(now: ((r: AccessRequest) => Decision | undefined) | undefined, remote: Decision) {
  const asked = { now: 0, remote: 0 };
  const authorizer = createRequestAuthorizer(
    async (rs) => {
      asked.remote += rs.length;
      return rs.map(() => remote);
    },
    now &&
      ((r) => {
        asked.now += 1;
        return now(r);
      }),
  );
  const ctx = { requestId: 'r', principal: { userId: ME, sessionId: ME }, authorization: 'Bearer x', clientIp: null, userAgent: null, logger: undefined as never, authz: authorizer } satisfies BaseContext;
  return { ctx, asked };
}

const QUERY = parse(`{ users { id username email } }`);

describe('shield with decisions known in process', () => {
  it('answers a 1,000-object list synchronously, deciding user:read once for the request', () => {
    const { ctx, asked } = context(() => ALLOWED, DENIED);
    const result = execute({ schema, document: QUERY, contextValue: ctx });
    // Not a promise: no field waited on anything.
    expect(result).not.toBeInstanceOf(Promise);
    const { data, errors } = result as Awaited<typeof result>;
    expect(errors).toBeUndefined();
    expect((data as { users: unknown[] }).users).toHaveLength(1000);
    expect((data as { users: { email: string }[] }).users[999]!.email).toBe('u999@example.test');
    expect(asked).toEqual({ now: 1, remote: 0 });
  });

  it('leaves a denial to shield: one decision asked, FORBIDDEN naming the permission, the owner still sees their own', async () => {
    const { ctx, asked } = context(() => DENIED, DENIED);
    const { data, errors } = await execute({ schema, document: QUERY, contextValue: ctx });
    const users = (data as { users: { id: string; email: string | null }[] | null }).users;
    // email is nullable: each other user's email is refused, the caller's own is not.
    expect(users?.find((u) => u.id === ME)?.email).toBe('u7@example.test');
    expect(users?.filter((u) => u.email === null)).toHaveLength(999);
    expect(new Set(errors?.map((e) => [e.extensions.code, e.message].join(' ')))).toEqual(new Set(['FORBIDDEN Missing permission user:read (NO_GRANT)']));
    expect(asked.remote).toBe(1);
  });

  it('without an in-process answer asks the decision point once and allows the same', async () => {
    const { ctx, asked } = context(undefined, ALLOWED);
    const result = execute({ schema, document: QUERY, contextValue: ctx });
    expect(result).toBeInstanceOf(Promise);
    const { errors, data } = await result;
    expect(errors).toBeUndefined();
    expect((data as { users: unknown[] }).users).toHaveLength(1000);
    expect(asked).toEqual({ now: 0, remote: 1 });
  });
});
