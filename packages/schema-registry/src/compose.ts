import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Finding } from './findings.js';

export interface SubgraphSdl {
  name: string;
  /** Routing URL written into the supergraph (`supergraph.yaml` `routing_url`). */
  url: string;
  sdl: string;
}

export interface Composition {
  findings: Finding[];
  /** Present when composition succeeded. */
  supergraphSdl?: string;
  apiSchema?: GraphQLSchema;
}

const COORDINATE = /"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*){0,2})"/g;

/** The first quoted schema coordinate in a composition message (`"User.email"`), skipping subgraph names. */
export function coordinateIn(message: string, subgraphNames: readonly string[]): string | null {
  for (const match of message.matchAll(COORDINATE)) {
    if (!subgraphNames.includes(match[1]!)) return match[1]!;
  }
  return null;
}

function subgraphsOf(error: GraphQLError, names: readonly string[]): string[] {
  const fromNodes = (error.nodes ?? []).map((node) => (node as { subgraph?: string }).subgraph).filter((s): s is string => !!s);
  const fromMessage = [...error.message.matchAll(/subgraphs? ((?:"[^"]+"(?:, | and )?)+)/g)].flatMap((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((q) => q[1]!));
  return [...new Set([...fromNodes, ...fromMessage])].filter((s) => names.includes(s)).sort();
}

/**
 * Check 2: compose every subgraph with `composeServices`. Errors fail with their code and
 * coordinate; hints are notes carrying their code and coordinate.
 */
export function composeSubgraphs(subgraphs: readonly SubgraphSdl[]): Composition {
  const names = subgraphs.map((s) => s.name);
  const findings: Finding[] = [];
  const services = [];
  for (const subgraph of subgraphs) {
    try {
      services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) });
    } catch (error) {
      findings.push({ check: 'composition', severity: 'error', rule: 'SDL_SYNTAX_ERROR', subgraphs: [subgraph.name], coordinate: null, message: (error as Error).message });
    }
  }
  if (findings.length) return { findings };
  const result = composeServices(services);
  if (result.errors) {
    for (const error of result.errors) {
      findings.push({
        check: 'composition',
        severity: 'error',
        rule: String(error.extensions?.code ?? 'COMPOSITION_ERROR'),
        subgraphs: subgraphsOf(error, names),
        coordinate: coordinateIn(error.message, names),
        message: error.message,
      });
    }
    return { findings };
  }
  for (const hint of result.hints) {
    findings.push({
      check: 'composition',
      severity: 'info',
      rule: hint.definition.code,
      subgraphs: [...new Set((hint.nodes ?? []).map((n) => n.subgraph).filter((s): s is string => !!s))].sort(),
      coordinate: hint.coordinate ?? coordinateIn(hint.message, names),
      message: hint.message,
    });
  }
  return { findings, supergraphSdl: result.supergraphSdl, apiSchema: result.schema.toAPISchema().toGraphQLJSSchema() };
}

/** The client-facing API schema of a supergraph document (federation's `join__`/`link__` machinery removed). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
