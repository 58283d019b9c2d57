import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';
import { createLogger } from './logger.js';
import { injectTraceHeaders, startTracing, tracedBatch, tracesUrl, tracingOn, withSpan, SpanKind } from './tracing.js';

const base = () => ({ ATRIUM_DATA_DIR: mkdtempSync(join(tmpdir(), 'atrium-tracing-')) });

describe('tracing configuration', () => {
  it('is off by default and turned on by ATRIUM_OTLP_ENDPOINT, or the standard OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(loadConfig(base()).tracing).toEqual({ endpoint: null, serviceName: undefined, sampleRatio: 1 });
    expect(loadConfig({ ...base(), OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing.endpoint).toBe('http://collector:4318');
    const both = loadConfig({ ...base(), ATRIUM_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://b:4318', ATRIUM_OTEL_SERVICE_NAME: 'edge-1', ATRIUM_OTEL_SAMPLE_RATIO: '0.25' });
    expect(both.tracing).toEqual({ endpoint: 'http://a:4318', serviceName: 'edge-1', sampleRatio: 0.25 });
  });

  it('refuses an endpoint that is not an http(s) URL and a ratio outside 0…1', () => {
    const problems = (vars: Record<string, string>) => {
      try {
        loadConfig({ ...base(), ...vars });
        return [];
      } catch (error) {
        return (error as ConfigError).problems.map((p) => p.split(':')[0]);
      }
    };
    expect(problems({ ATRIUM_OTLP_ENDPOINT: 'collector:4318' })).toEqual(['ATRIUM_OTLP_ENDPOINT']);
    expect(problems({ ATRIUM_OTLP_ENDPOINT: 'grpc://collector:4317' })).toEqual(['ATRIUM_OTLP_ENDPOINT']);
    expect(problems({ ATRIUM_OTEL_SAMPLE_RATIO: '1.5' })).toEqual(['ATRIUM_OTEL_SAMPLE_RATIO']);
    expect(problems({ ATRIUM_OTEL_SERVICE_NAME: 'a b' })).toEqual(['ATRIUM_OTEL_SERVICE_NAME']);
  });

  it('sends traces to <endpoint>/v1/traces (a full traces URL as it is)', () => {
    expect(tracesUrl('http://collector:4318')).toBe('http://collector:4318/v1/traces');
    expect(tracesUrl('http://collector:4318/')).toBe('http://collector:4318/v1/traces');
    expect(tracesUrl('https://otel.example/prefix/v1/traces')).toBe('https://otel.example/prefix/v1/traces');
  });

  it('without an endpoint nothing starts and every helper is a pass-through', async () => {
    const handle = await startTracing({ endpoint: null, serviceName: undefined, sampleRatio: 1 }, 'atrium', createLogger('test', 'silent'));
    expect(tracingOn()).toBe(false);
    expect(injectTraceHeaders({ a: '1' })).toEqual({ a: '1' });
    const batch = async (keys: readonly string[]) => keys.length;
    expect(tracedBatch('x', batch)).toBe(batch);
    expect(await withSpan('x', SpanKind.INTERNAL, {}, async (span) => span)).toBeNull();
    await handle.flush();
    await handle.stop();
  });
});
