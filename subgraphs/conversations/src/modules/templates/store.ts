import { Prisma, type DbClient } from '../../db.js';
import { paginate, unique, type Page, type TenantScope } from '@atrium/kernel';

export interface TemplateListQuery {
  callerId: string;
  /** The caller's organizations: SHARED templates of these, and its own templates in them. */
  members: TenantScope;
  /** Where the caller reviews (prompt_template:approve): every active template there. */
  reviewers: TenantScope;
  createdBy?: string | null;
  name?: string | null;
  category?: string | null;
  approvedOnly?: boolean | null;
}

/** Every Prisma call touching prompt templates. */
export class TemplateStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.promptTemplate.findMany({ where: { id: { in: [...ids] } } });
  }

  latestOf(name: string) {
    return this.db.promptTemplate.findFirst({ where: { name }, orderBy: { templateVersion: 'desc' } });
  }

  async latestVersions(names: readonly string[]): Promise<{ name: string; version: number }[]> {
    const rows = await this.db.promptTemplate.groupBy({ by: ['name'], where: { name: { in: [...names] } }, _max: { templateVersion: true } });
    return rows.map((r) => ({ name: r.name, version: r._max.templateVersion ?? 0 }));
  }

  versions(name: string, p: Page) {
    return paginate(p, { name }, (q) => this.db.promptTemplate.findMany(q), (w) => this.db.promptTemplate.count({ where: w }), [{ templateVersion: 'asc' }, { id: 'asc' }]);
  }

  /** Version 1 of a new name. */
  createFirstVersion(data: Prisma.PromptTemplateUncheckedCreateInput) {
    return unique(this.db.promptTemplate.create({ data }), 'A template with this name exists; edit it to add a version', ['name']);
  }

  /** The next version of a name; two concurrent edits clash on (name, version). */
  createNextVersion(data: Prisma.PromptTemplateUncheckedCreateInput) {
    return unique(this.db.promptTemplate.create({ data }), 'Someone else added a version at the same time; edit again', ['id']);
  }

  update(id: string, data: Prisma.PromptTemplateUncheckedUpdateInput) {
    return this.db.promptTemplate.update({ where: { id }, data });
  }

  deactivateName(name: string) {
    return this.db.promptTemplate.updateMany({ where: { name }, data: { isActive: false } });
  }

  incrementUsage(id: string) {
    return this.db.promptTemplate.update({ where: { id }, data: { usageCount: { increment: 1 } }, select: { id: true } });
  }

  /**
   * Visible, active templates in (created_at, id) order: without a name filter, only the
   * newest version of each name the caller can see. The cursor row is compared inside SQL.
   */
  async list(q: TemplateListQuery, p: Page) {
    // The service's canSee, in SQL; an organization-less template is inside ALL_TENANTS only.
    const inside = (scope: TenantScope, a: Prisma.Sql) => (scope.all ? Prisma.sql`TRUE` : Prisma.sql`${a}.organization_id = ANY(${[...scope.organizationIds]}::uuid[])`);
    const visible = (alias: string) => {
      const a = Prisma.raw(alias);
      const member = Prisma.sql`(${a}.organization_id IS NULL OR ${inside(q.members, a)})`;
      return Prisma.sql`${a}.is_active AND (
        (${a}.created_by = ${q.callerId}::uuid AND ${member})
        OR (${a}.is_approved AND (${a}.visibility = 'public' OR (${a}.visibility = 'shared' AND ${member})))
        OR ${inside(q.reviewers, a)})`;
    };
    const conditions: Prisma.Sql[] = [visible('t')];
    if (q.createdBy) conditions.push(Prisma.sql`t.created_by = ${q.createdBy}::uuid`);
    if (q.category) conditions.push(Prisma.sql`t.category = ${q.category}`);
    if (q.approvedOnly) conditions.push(Prisma.sql`t.is_approved`);
    if (q.name) conditions.push(Prisma.sql`t.name = ${q.name}`);
    else conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "conversations"."prompt_templates" n WHERE n.name = t.name AND n.template_version > t.template_version AND ${visible('n')})`);
    const where = Prisma.join(conditions, ' AND ');
    const after = p.afterId ? Prisma.sql`AND (t.created_at, t.id) > (SELECT c.created_at, c.id FROM "conversations"."prompt_templates" c WHERE c.id = ${p.afterId}::uuid)` : Prisma.empty;
    const ids = await paginate(
      p,
      where,
      (q) => this.db.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT t.id::text AS id FROM "conversations"."prompt_templates" t
         WHERE ${q.where} ${after}
         ORDER BY t.created_at, t.id
         LIMIT ${q.take}`),
      async ({ AND: [w, { id }] }) => {
        const [row] = await this.db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "conversations"."prompt_templates" t WHERE ${w} AND t.id = ${id}::uuid`);
        return row?.n ?? 0;
      },
    );
    const rows = new Map((await this.byIds(ids.map((r) => r.id))).map((r) => [r.id, r]));
    return ids.map((r) => rows.get(r.id)!).filter(Boolean);
  }
}
