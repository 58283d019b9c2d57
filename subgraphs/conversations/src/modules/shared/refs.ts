/** Entities identity owns, as this subgraph sees them: federation references. */
export interface UserRef {
  id: string;
}
export interface OrganizationRef {
  id: string;
}
