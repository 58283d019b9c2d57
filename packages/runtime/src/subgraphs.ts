import type { SubgraphPackage } from '@atrium/kernel';
import { subgraph as authorization } from '@atrium/authorization/index';
import { subgraph as conversations } from '@atrium/conversations/index';
import { subgraph as identity } from '@atrium/identity/index';

/** Every subgraph, in dependency order: migrations and seeds run in this order. */
export const SUBGRAPH_PACKAGES: SubgraphPackage[] = [identity, authorization, conversations];
