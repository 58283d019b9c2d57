import { CriticalityLevel, DiffRule, diff, type Change, type UsageHandler } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import type { BreakingAcknowledgment } from './config.js';
import type { Finding } from './findings.js';
import { isUsed, usedBy, type Usage } from './operations.js';
import { trafficRequests } from './traffic.js';
import type { Owners } from './owners.js';

/** The coordinate whose usage decides whether a breaking change hurts any operation. */
function usageCoordinate(change: Change, type: string, field?: string, argument?: string): string {
  // A new required argument breaks every call of its field, whatever arguments it passes.
  if (change.type === 'FIELD_ARGUMENT_ADDED' && field) return `${type}.${field}`;
  return [type, field, argument].filter(Boolean).join('.');
}

/**
 * Check 3: diff the committed API schema (old) against the new one with graphql-inspector.
 * Its `considerUsage` rule asks `checkUsage` about every breaking change; a change to a
 * coordinate that no operation of the manifest uses comes back DANGEROUS and
 * `isSafeBasedOnUsage`, and is reported as safe. Other breaking changes fail unless
 * `schema-changes.yaml` acknowledges them with a reason.
 */
export async function checkBreakingChanges(input: {
  oldSchema: GraphQLSchema;
  newSchema: GraphQLSchema;
  usage: Usage;
  acknowledgments: readonly BreakingAcknowledgment[];
  owners: Owners;
  /** Names the baseline in messages, e.g. `supergraph.graphql`. */
  baseline: string;
}): Promise<Finding[]> {
  const { usage, owners } = input;
  const checkUsage: UsageHandler = async (items) => items.map(({ type, field, argument, meta }) => !isUsed(usage, usageCoordinate(meta.change, type, field, argument)));
  const changes = await diff(input.oldSchema, input.newSchema, [DiffRule.considerUsage], { checkUsage });
  const findings: Finding[] = [];
  const acknowledged = new Set<BreakingAcknowledgment>();
  for (const change of changes) {
    const path = change.path ?? null;
    const base = { check: 'breaking' as const, rule: change.type as string, subgraphs: path ? owners.of(path) : [], coordinate: path };
    const [type, field, argument] = (path ?? '').split('.');
    // considerUsage matches safe paths by prefix (`User.email` would also clear `User.emailVerified`): confirm each one.
    const safe = change.criticality.isSafeBasedOnUsage === true && !!type && !isUsed(usage, usageCoordinate(change, type, field, argument));
    if (change.criticality.level === CriticalityLevel.Breaking || (change.criticality.isSafeBasedOnUsage && !safe)) {
      const ack = input.acknowledgments.find((a) => a.path === path && (!a.change || a.change === change.type));
      const message = change.message.replace(/ \(non-breaking based on usage\)$/, '');
      if (ack) {
        acknowledged.add(ack);
        findings.push({ ...base, severity: 'warning', message: `BREAKING, acknowledged in schema-changes.yaml: ${message} (${ack.reason})` });
      } else {
        const coordinate = type ? usageCoordinate(change, type, field, argument) : null;
        const by = coordinate ? usedBy(usage, coordinate) : null;
        const used =
          by === 'manifest'
            ? ` An operation in the manifest uses ${coordinate}.`
            : by === 'traffic'
              ? ` No operation in the manifest uses ${coordinate}, but ${usage.traffic!.source} requested it ${trafficRequests(usage.traffic, coordinate!)} times.`
              : '';
        findings.push({ ...base, severity: 'error', message: `BREAKING against ${input.baseline}: ${message}.${used} Keep it (deprecate first), or acknowledge it in schema-changes.yaml with a reason.` });
      }
    } else if (safe) {
      const nobody = usage.traffic ? `neither an operation in the manifest nor ${usage.traffic.source} uses it` : 'no operation in the manifest uses it';
      findings.push({ ...base, severity: 'info', message: `breaking but safe: ${nobody}. ${change.message.replace(/ \(non-breaking based on usage\)$/, '')}` });
    } else if (change.criticality.level === CriticalityLevel.Dangerous) {
      findings.push({ ...base, severity: 'warning', message: `DANGEROUS: ${change.message}${change.criticality.reason ? ` (${change.criticality.reason})` : ''}` });
    } else {
      findings.push({ ...base, severity: 'info', message: `${change.message} (not yet in ${input.baseline}: run pnpm schema:publish)` });
    }
  }
  for (const ack of input.acknowledgments) {
    if (acknowledged.has(ack)) continue;
    findings.push({
      check: 'breaking',
      severity: 'info',
      rule: 'stale-acknowledgment',
      subgraphs: owners.of(ack.path),
      coordinate: ack.path,
      message: `schema-changes.yaml acknowledges a breaking change at ${ack.path}${ack.change ? ` (${ack.change})` : ''} that this diff does not contain; remove it once published`,
    });
  }
  return findings;
}
