import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** `supergraph.yaml` in Rover's format: `rover supergraph compose --config supergraph.yaml` reads it too. */
const SupergraphConfigSchema = z.object({
  federation_version: z.string().min(1),
  subgraphs: z.record(
    z.string().regex(/^[a-z][a-z0-9_-]*$/),
    z.object({
      routing_url: z.url(),
      schema: z.object({ file: z.string().min(1) }),
    }),
  ),
});
export type SupergraphConfig = z.infer<typeof SupergraphConfigSchema>;

const reason = z.string().trim().min(1, 'a reason is required');

/**
 * `schema-changes.yaml`: breaking changes made on purpose, and lint findings accepted on purpose.
 * Every entry carries the reason a reviewer agreed to.
 */
const AcknowledgmentsSchema = z.object({
  breaking: z
    .array(
      z.object({
        /** The change's coordinate as graphql-inspector reports it: `Type`, `Type.field`, `Type.field.arg`. */
        path: z.string().min(1),
        /** Optional inspector change type (`FIELD_REMOVED`...): without it, every breaking change at `path` is acknowledged. */
        change: z.string().min(1).optional(),
        reason,
      }),
    )
    .default([]),
  lint: z
    .array(
      z.object({
        rule: z.string().min(1),
        coordinate: z.string().min(1),
        reason,
      }),
    )
    .default([]),
});
export type Acknowledgments = z.infer<typeof AcknowledgmentsSchema>;
export type BreakingAcknowledgment = Acknowledgments['breaking'][number];
export type LintAcknowledgment = Acknowledgments['lint'][number];

export const NO_ACKNOWLEDGMENTS: Acknowledgments = { breaking: [], lint: [] };

function describeIssues(file: string, error: z.ZodError): Error {
  const lines = error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return new Error(`${file} is invalid:\n${lines.join('\n')}`);
}

export function parseSupergraphConfig(text: string, file = 'supergraph.yaml'): SupergraphConfig {
  const parsed = SupergraphConfigSchema.safeParse(parseYaml(text));
  if (!parsed.success) throw describeIssues(file, parsed.error);
  return parsed.data;
}

export function parseAcknowledgments(text: string, file = 'schema-changes.yaml'): Acknowledgments {
  const parsed = AcknowledgmentsSchema.safeParse(parseYaml(text) ?? {});
  if (!parsed.success) throw describeIssues(file, parsed.error);
  return parsed.data;
}
