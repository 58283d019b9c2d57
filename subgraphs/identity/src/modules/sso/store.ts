import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

export class SsoProviderStore {
  constructor(private readonly db: DbClient) {}

  byId(id: string) {
    return this.db.ssoProvider.findUnique({ where: { id } });
  }

  list(p: Page) {
    return paginate(p, {}, (q) => this.db.ssoProvider.findMany(q), (where) => this.db.ssoProvider.count({ where }));
  }

  create(data: Prisma.SsoProviderCreateInput) {
    return unique(this.db.ssoProvider.create({ data }), 'An SSO provider with this name already exists', ['name']);
  }

  update(id: string, data: Prisma.SsoProviderUpdateInput) {
    return unique(this.db.ssoProvider.update({ where: { id }, data }), 'An SSO provider with this name already exists', ['name']);
  }

  delete(id: string) {
    return this.db.ssoProvider.delete({ where: { id } });
  }
}
