import { groupLoaderBy, loaderBy } from '@atrium/kernel';
import type { AuthorizationDb } from './db.js';
import { AssignmentStore } from './modules/assignments/store.js';
import { PermissionStore, ResourceTypeStore } from './modules/catalog/store.js';
import { ResourceStore } from './modules/resources/store.js';
import { RoleStore } from './modules/roles/store.js';

/** Per-request dataloaders for every entity and foreign-key field of the authorization graph. */
export function createLoaders(db: AuthorizationDb) {
  const types = new ResourceTypeStore(db);
  const permissions = new PermissionStore(db);
  const resources = new ResourceStore(db);
  const roles = new RoleStore(db);
  const assignments = new AssignmentStore(db);
  return {
    resourceType: loaderBy((ids) => types.byIds(ids), (t) => t.id),
    resource: loaderBy((ids) => resources.byIds(ids), (r) => r.id),
    role: loaderBy((ids) => roles.byIds(ids), (r) => r.id),
    permission: loaderBy((ids) => permissions.byIds(ids), (p) => p.id),
    rolePermissionsByRole: groupLoaderBy((ids) => roles.rolePermissionsOfRoles(ids), (rp) => rp.roleId),
    userRolesByUser: groupLoaderBy((ids) => assignments.userRolesOfUsers(ids, false), (ur) => ur.userId),
  };
}
export type AuthorizationLoaders = ReturnType<typeof createLoaders>;
