import { groupLoaderBy, loaderBy } from '@atrium/kernel';
import type { IdentityDb } from './db.js';
import { OrganizationStore } from './modules/organizations/store.js';
import { UserStore } from './modules/users/store.js';

/** Per-request dataloaders for every entity and foreign-key field of the identity graph. */
export function createLoaders(db: IdentityDb) {
  const users = new UserStore(db);
  const orgs = new OrganizationStore(db);
  return {
    user: loaderBy((ids) => users.byIds(ids), (u) => u.id),
    profile: loaderBy((ids) => users.profilesByUserIds(ids), (p) => p.userId),
    organization: loaderBy((ids) => orgs.byIds(ids), (o) => o.id),
    membershipsByUser: groupLoaderBy((ids) => orgs.membershipsOfUsers(ids), (m) => m.userId),
    team: loaderBy((ids) => orgs.teamsByIds(ids), (t) => t.id),
  };
}
export type IdentityLoaders = ReturnType<typeof createLoaders>;
