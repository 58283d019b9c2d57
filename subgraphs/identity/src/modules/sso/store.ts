import { afterCursor, keysetOrder, type Cursor } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

export class SsoProviderStore {
  constructor(private readonly db: DbClient) {}

  byId(id: string) {
    return this.db.ssoProvider.findUnique({ where: { id } });
  }

  list(cursor: Cursor | null, take: number) {
    return this.db.ssoProvider.findMany({ where: afterCursor(cursor) as Prisma.SsoProviderWhereInput, orderBy: keysetOrder(), take });
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
