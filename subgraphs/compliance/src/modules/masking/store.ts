import type { DbClient, Prisma } from '../../db.js';
import type { DetectorSource } from './detect.js';

/** Every statement touching `data_classifications`, `data_elements` and `masking_policies`. */
export class MaskingStore {
  constructor(private readonly db: DbClient) {}

  classifications() {
    return this.db.dataClassification.findMany({ orderBy: [{ sensitivityLevel: 'asc' }, { name: 'asc' }] });
  }

  classificationNamed(name: string) {
    return this.db.dataClassification.findUnique({ where: { name } });
  }

  /** Classifications by id, for the loader. */
  classificationsById(ids: readonly string[]) {
    return this.db.dataClassification.findMany({ where: { id: { in: [...ids] } } });
  }

  elements(tableName?: string | null) {
    return this.db.dataElement.findMany({ where: tableName ? { tableName } : {}, orderBy: [{ tableName: 'asc' }, { columnName: 'asc' }] });
  }

  element(id: string) {
    return this.db.dataElement.findUnique({ where: { id } });
  }

  createElement(data: Prisma.DataElementUncheckedCreateInput) {
    return this.db.dataElement.create({ data });
  }

  updateElement(id: string, data: Prisma.DataElementUncheckedUpdateInput) {
    return this.db.dataElement.update({ where: { id }, data: { ...data, updatedAt: new Date() } });
  }

  deleteElement(id: string) {
    return this.db.dataElement.delete({ where: { id } });
  }

  /** The active elements that declare detection patterns, with their classification's sensitivity (the detectors' sources). */
  async detectorSources(): Promise<DetectorSource[]> {
    const rows = await this.db.dataElement.findMany({ where: { isActive: true }, include: { classification: { select: { sensitivityLevel: true } } }, orderBy: [{ tableName: 'asc' }, { columnName: 'asc' }] });
    return rows.map((e) => ({ elementType: e.elementType, table: e.tableName, column: e.columnName, patterns: e.detectionPatterns, classificationId: e.classificationId, sensitivityLevel: e.classification.sensitivityLevel, method: e.maskingMethod, parameters: e.maskingParameters }));
  }

  /** The elements declared for some columns of one table, active or not. */
  elementsOf(tableName: string, columnNames: readonly string[]) {
    return this.db.dataElement.findMany({ where: { tableName, columnName: { in: [...columnNames] } } });
  }

  /** Register detected elements; a column declared meanwhile keeps its declaration (skipped). */
  async createDetected(rows: Prisma.DataElementCreateManyInput[]) {
    if (!rows.length) return [];
    return this.db.dataElement.createManyAndReturn({ data: rows, skipDuplicates: true });
  }

  policies() {
    return this.db.maskingPolicy.findMany({ orderBy: [{ priority: 'desc' }, { name: 'asc' }] });
  }

  policy(id: string) {
    return this.db.maskingPolicy.findUnique({ where: { id } });
  }

  createPolicy(data: Prisma.MaskingPolicyUncheckedCreateInput) {
    return this.db.maskingPolicy.create({ data });
  }

  updatePolicy(id: string, data: Prisma.MaskingPolicyUncheckedUpdateInput) {
    return this.db.maskingPolicy.update({ where: { id }, data: { ...data, updatedAt: new Date() } });
  }

  deletePolicy(id: string) {
    return this.db.maskingPolicy.delete({ where: { id } });
  }

  /**
   * What a masking plan is computed from, in one statement: the active elements with their
   * classification, and the active policies, highest priority first.
   */
  async planFacts() {
    const [row] = await this.db.$queryRawUnsafe<{ elements: PlanElement[] | null; policies: PlanPolicy[] | null }[]>(
      `SELECT
         (SELECT json_agg(json_build_object('table', e.table_name, 'column', e.column_name, 'elementType', e.element_type, 'method', e.masking_method,
                 'parameters', e.masking_parameters, 'classification', c.name, 'sensitivityLevel', c.sensitivity_level, 'accessLogged', c.access_logging_required))
            FROM compliance.data_elements e JOIN compliance.data_classifications c ON c.id = e.classification_id WHERE e.is_active) AS elements,
         (SELECT json_agg(json_build_object('name', p.name, 'tables', p.applies_to_tables, 'columns', p.applies_to_columns, 'users', p.applies_to_users,
                 'roles', p.applies_to_roles, 'rules', p.masking_rules, 'condition', p.condition) ORDER BY p.priority DESC, p.name)
            FROM compliance.masking_policies p WHERE p.is_active) AS policies`,
    );
    return { elements: row?.elements ?? [], policies: row?.policies ?? [] };
  }
}

export interface PlanElement {
  table: string;
  column: string;
  elementType: string | null;
  method: string;
  parameters: Record<string, unknown>;
  classification: string;
  sensitivityLevel: number;
  accessLogged: boolean;
}

export interface PlanPolicy {
  name: string;
  tables: string[] | null;
  columns: string[] | null;
  users: string[] | null;
  roles: string[] | null;
  rules: Record<string, unknown>;
  condition: Record<string, unknown>;
}
