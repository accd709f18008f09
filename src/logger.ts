import { type Logger, pino } from "pino";

/** JSON log lines on stdout; tests pass "silent". */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
