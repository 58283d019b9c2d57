/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OperationStatsModel as OperationStatsModelModel } from './modules/usage/service.js';
import type { SubgraphRow as SubgraphRowModel } from './modules/usage/store.js';
import type { AnalyticsContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time, serialised in UTC. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** GraphQL operation kinds. */
export type OperationKind =
  /** A mutation. */
  | 'mutation'
  /** A query. */
  | 'query'
  /** A subscription. */
  | 'subscription';

/** One operation's traffic over a window, as the gateway recorded it. */
export type OperationStats = {
  __typename?: 'OperationStats';
  /** errors / requests. */
  errorRate: Scalars['Float']['output'];
  /** Requests that answered with at least one error. */
  errors: Scalars['Int']['output'];
  /** The operation name, or `(anonymous)`. */
  operationName: Scalars['String']['output'];
  /** Its kind, when the gateway resolved it (not for requests refused before parsing). */
  operationType?: Maybe<OperationKind>;
  /** Median latency at the gateway (request in to response written), in milliseconds. */
  p50Ms: Scalars['Float']['output'];
  /** 95th percentile latency, in milliseconds. */
  p95Ms: Scalars['Float']['output'];
  /** 99th percentile latency, in milliseconds. */
  p99Ms: Scalars['Float']['output'];
  /** How the percentiles were computed. */
  percentiles: PercentileMethod;
  /** Requests in the window. */
  requests: Scalars['Int']['output'];
  /** Per subgraph the operation fetched. */
  subgraphs: Array<SubgraphOperationStats>;
};

/** Narrows operationStats to some requests. */
export type OperationStatsFilter = {
  /** Only requests that answered with an error. */
  errorsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this operation name (`(anonymous)` for unnamed ones). */
  operationName?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of operation. */
  operationType?: InputMaybe<OperationKind>;
  /** Only requests that fetched this subgraph. */
  subgraph?: InputMaybe<Scalars['String']['input']>;
  /** Only this user's requests. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** How a percentile was computed. */
export type PercentileMethod =
  /** percentile_cont over every stored request of the window. */
  | 'EXACT';

export type Query = {
  __typename?: 'Query';
  /**
   * Per operation over [from, to) (at most 31 days): request count, error rate and exact p50/p95/p99
   * latency, busiest first, and per subgraph. Needs analytics:read for every organization.
   */
  operationStats: Array<OperationStats>;
};


export type QueryOperationStatsArgs = {
  filter?: InputMaybe<OperationStatsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** One subgraph's share of an operation: the time the gateway spent fetching it. */
export type SubgraphOperationStats = {
  __typename?: 'SubgraphOperationStats';
  /** Subgraph name. */
  name: Scalars['String']['output'];
  /** Median total fetch time of this subgraph per request, in milliseconds. */
  p50Ms: Scalars['Float']['output'];
  /** 95th percentile fetch time, in milliseconds. */
  p95Ms: Scalars['Float']['output'];
  /** 99th percentile fetch time, in milliseconds. */
  p99Ms: Scalars['Float']['output'];
  /** Requests of the operation that fetched this subgraph. */
  requests: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  OperationKind: OperationKind;
  OperationStats: ResolverTypeWrapper<OperationStatsModelModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  OperationStatsFilter: OperationStatsFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PercentileMethod: PercentileMethod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubgraphOperationStats: ResolverTypeWrapper<SubgraphRowModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  OperationStats: OperationStatsModelModel;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  OperationStatsFilter: OperationStatsFilter;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  SubgraphOperationStats: SubgraphRowModel;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type OperationKindResolvers = { MUTATION: 'mutation', QUERY: 'query', SUBSCRIPTION: 'subscription' };

export type OperationStatsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['OperationStats'] = ResolversParentTypes['OperationStats']> = {
  errorRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationType?: Resolver<Maybe<ResolversTypes['OperationKind']>, ParentType, ContextType>;
  p50Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p99Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  percentiles?: Resolver<ResolversTypes['PercentileMethod'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subgraphs?: Resolver<Array<ResolversTypes['SubgraphOperationStats']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  operationStats?: Resolver<Array<ResolversTypes['OperationStats']>, ParentType, ContextType, RequireFields<QueryOperationStatsArgs, 'first' | 'from' | 'to'>>;
};

export type SubgraphOperationStatsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SubgraphOperationStats'] = ResolversParentTypes['SubgraphOperationStats']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  p50Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p99Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AnalyticsContext> = {
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  OperationKind?: OperationKindResolvers;
  OperationStats?: OperationStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SubgraphOperationStats?: SubgraphOperationStatsResolvers<ContextType>;
};

