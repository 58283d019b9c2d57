import { EVENTS, on, type SubgraphServices } from '@atrium/kernel';
import type { AuthorizationSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { recordDeactivation, recordReactivation, recordRegistration } from './modules/accounts/service.js';
import { applyMembership, applyMembershipEnd, applyResourceDelete, applyResourceUpsert } from './modules/resources/sync.js';

type Deps = SubgraphServices<PrismaClient, AuthorizationSettings>;

/**
 * The catalog events authorization consumes. The three user events keep its projection of
 * identity's users (user_accounts: grants go only to users that exist and are active, without
 * reading identity's tables) and end or set up grants. Each handler is idempotent (a replay
 * changes nothing) and ordered by the event's `at` (a late delivery never undoes a newer state).
 */
export const consumers = [
  on(EVENTS.userRegistered, async (event, { db, logger }: Deps) => {
    const { state, roles } = await recordRegistration(db, event, logger);
    logger.info({ userId: event.userId, isActive: state.isActive, roles }, 'user registered');
  }),
  on(EVENTS.userDeactivated, async (event, { db, logger }: Deps) => {
    const { state, roles, permissions } = await recordDeactivation(db, event);
    logger.info({ userId: event.userId, recorded: state.recorded, roles, permissions }, 'grants of a deactivated user ended');
  }),
  on(EVENTS.userReactivated, async (event, { db, logger }: Deps) => {
    const state = await recordReactivation(db, event);
    logger.info({ userId: event.userId, recorded: state.recorded }, 'user reactivated');
  }),
  // Every object is a resource; membership drives access (modules/resources/sync.ts).
  on(EVENTS.resourceUpserted, async (event, { db, logger }: Deps) => {
    const outcome = await applyResourceUpsert(db, event);
    logger.debug({ resourceType: event.resourceType, resourceId: event.resourceId, outcome }, 'resource announced');
  }),
  on(EVENTS.resourceDeleted, async (event, { db, logger }: Deps) => {
    const outcome = await applyResourceDelete(db, event);
    logger.debug({ resourceType: event.resourceType, resourceId: event.resourceId, outcome }, 'resource deleted');
  }),
  on(EVENTS.memberAdded, async (event, { db, logger }: Deps) => {
    const outcome = await applyMembership(db, event);
    logger.info({ organizationId: event.organizationId, userId: event.userId, roleId: event.roleId, outcome }, 'member added');
  }),
  on(EVENTS.memberChanged, async (event, { db, logger }: Deps) => {
    const outcome = await applyMembership(db, event);
    logger.info({ organizationId: event.organizationId, userId: event.userId, roleId: event.roleId, outcome }, 'member changed');
  }),
  on(EVENTS.memberRemoved, async (event, { db, logger }: Deps) => {
    const outcome = await applyMembershipEnd(db, event);
    logger.info({ organizationId: event.organizationId, userId: event.userId, outcome }, 'member removed');
  }),
];
