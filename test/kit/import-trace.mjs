// `node --import ./test/kit/import-trace.mjs`: prints `[import] <url>` on stderr for every module
// the process resolves whose URL contains TRACE_IMPORTS (tests prove what a process never loads).
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const needle = process.env.TRACE_IMPORTS;
if (needle) {
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (url) => process.stderr.write(`[import] ${url}\n`));
  port1.unref();
  const hooks = `
    let port, needle;
    export function initialize(data) { port = data.port; needle = data.needle; }
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      if (result.url.includes(needle)) port.postMessage(result.url);
      return result;
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2, needle }, transferList: [port2] });
}
