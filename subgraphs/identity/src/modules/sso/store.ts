import { paginate, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

export class SsoProviderStore {
  constructor(private readonly db: DbClient) {}

  byId(id: string) {
    return this.db.ssoProvider.findUnique({ where: { id } });
  }

  list(p: Page) {
    return paginate(p, (q) => this.db.ssoProvider.findMany(q), (where) => this.db.ssoProvider.count({ where }));
  }

  create(data: Prisma.SsoProviderCreateInput) {
    return this.db.ssoProvider.create({ data });
  }

  update(id: string, data: Prisma.SsoProviderUpdateInput) {
    return this.db.ssoProvider.update({ where: { id }, data });
  }

  delete(id: string) {
    return this.db.ssoProvider.delete({ where: { id } });
  }
}
