/** A user owned by identity, as this subgraph sees it: a federation reference. */
export interface UserRef {
  id: string;
}
