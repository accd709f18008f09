import { type DestinationStream, type Logger, pino } from "pino";

const REDACTED = "[redacted]";

/** Query parameters that carry a secret: the Content API takes its key as `?key=`. */
const SECRET_QUERY = /([?&]key=)[^&#\s"]*/gi;
/** A Content API key wherever it appears, so one in an error message or odd place is hidden too. */
const API_KEY = /\bdl_[\w-]+/g;

/** Headers that carry sessions, CSRF tokens or API keys, on requests and answers. */
const SECRET_HEADERS = ["authorization", "cookie", "set-cookie", "x-api-key", "x-csrf-token"];

/** The text with every API key and `key=` query value replaced, for URLs and messages in the log. */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_QUERY, `$1${REDACTED}`).replace(API_KEY, `dl_${REDACTED}`);
}

/**
 * JSON log lines on stdout (or `destination`); tests pass "silent". Secrets never reach a line:
 * requests are logged by method and redacted URL only, any headers object logged under `headers`,
 * `req.headers` or `res.headers` loses its secret headers, and string messages are redacted too.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: {
      req: (request: { method?: string; url?: string; ip?: string }) => ({
        method: request.method,
        url: redactSecrets(request.url ?? ""),
        remoteAddress: request.ip,
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error) => {
        const serialized = pino.stdSerializers.err(error);
        serialized.message = redactSecrets(serialized.message);
        serialized.stack = redactSecrets(serialized.stack);
        return serialized;
      },
    },
    redact: {
      paths: ["headers", "req.headers", "res.headers"].flatMap((at) =>
        SECRET_HEADERS.map((name) => `${at}["${name}"]`),
      ),
      censor: REDACTED,
    },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger["info"]>, method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg: unknown) => (typeof arg === "string" ? redactSecrets(arg) : arg)),
        );
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
