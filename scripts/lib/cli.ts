import { ConfigError, createLogger, type Config, type Logger } from '@atrium/kernel';
import { openDatabase, type DatabaseHandle } from '@atrium/runtime/database';
import { loadSystemConfig } from '@atrium/runtime/registry';

/** Configuration for a command-line script: an invalid environment prints why and exits 1. */
export function configOrExit(): Config {
  try {
    return loadSystemConfig(process.env);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
}

/**
 * Run `work` against DATABASE_URL or the embedded PostgreSQL, always stop the embedded server,
 * and exit 0 on success or 1 with `<command> failed: ...`.
 */
export async function runWithDatabase(command: string, work: (input: { config: Config; logger: Logger; database: DatabaseHandle }) => Promise<void>): Promise<never> {
  const config = configOrExit();
  const logger = createLogger(command, config.logLevel);
  let database: DatabaseHandle;
  try {
    database = await openDatabase(config, logger);
  } catch (error) {
    console.error(`${command} failed: cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let exitCode = 0;
  try {
    await work({ config, logger, database });
  } catch (error) {
    console.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  } finally {
    await database.stop().catch((error: unknown) => console.error(`stopping the database failed: ${String(error)}`));
  }
  process.exit(exitCode);
}
