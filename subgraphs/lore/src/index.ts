import { defineSubgraph } from '@atrium/kernel';
import { loreConfig } from './config.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { contentResolvers } from './modules/content/resolvers.js';
import { graphResolvers } from './modules/graph/resolvers.js';
import { knowledgeResolvers } from './modules/knowledge/resolvers.js';
import { VectorServices } from './modules/search/exact.js';
import { searchResolvers } from './modules/search/resolvers.js';
import type { LoreDeps } from './context.js';
import { accessMap } from './permissions.js';
import { loreSubjectData } from './modules/privacy/subject-data.js';
import { seedLore } from './seed.js';
import { createTasks } from './tasks.js';

/** Lore: embedding models, collections, knowledge documents, chunks and embeddings, the knowledge graph, content repositories. */
export default defineSubgraph({
  name: 'lore',
  port: 4104,
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  config: loreConfig,
  modules: [knowledgeResolvers, searchResolvers, graphResolvers, contentResolvers],
  types: {
    context: './context.js#LoreContext',
    mappers: {
      EmbeddingModel: './db.js#EmbeddingModel',
      KnowledgeCollection: './db.js#Collection',
      KnowledgeDocument: './db.js#Document',
      KnowledgeChunk: './db.js#ChunkRow',
      KnowledgeEntity: './db.js#Entity',
      KnowledgeRelationship: './db.js#Relationship',
      KnowledgeNeighbour: './modules/graph/service.js#Neighbour',
      KnowledgeSearchHit: './modules/search/service.js#SearchHit',
      KnowledgeSearchResult: './modules/search/service.js#SearchResult',
      ContentRepository: './db.js#ContentRepository',
      ContentItem: './db.js#ContentItem',
      ContentVersion: './db.js#ContentVersion',
      ContentAssignment: './db.js#ContentAssignment',
    },
  },
  accessMap,
  loaders: createLoaders,
  services: ({ settings }): LoreDeps => ({ vectors: new VectorServices(settings.search.cacheMb * 1024 * 1024) }),
  tasks: (deps) => createTasks(deps),
  subjectData: loreSubjectData,
  seed: ({ db }) => seedLore(db),
});
