import { createLogger, type Logger } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { testConfig, type TestSystem } from '../kit/system.js';

export type ExtraGateway = Awaited<ReturnType<typeof startGateway>>;

/** More gateways with settings of their own in front of a test system's subgraphs; `close` stops them all. */
export function extraGateways() {
  const started: ExtraGateway[] = [];
  return {
    async start(t: TestSystem, env: Record<string, string>, logger: Logger = createLogger('test', 'silent')) {
      const g = await startGateway({ config: testConfig(env), logger, subgraphs: t.system.subgraphs, port: 0, sessions: null });
      started.push(g);
      return g;
    },
    close: () => Promise.all(started.map((g) => g.close())),
  };
}
