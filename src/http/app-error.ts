/**
 * Every error the API reports on purpose, with its HTTP status. Clients may rely on `code`;
 * the table in docs/errors.md documents each one.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, title: "The request is not valid" },
  MALFORMED_JSON: { status: 400, title: "The request body is not valid JSON" },
  BAD_REQUEST: { status: 400, title: "Bad request" },
  NOT_AUTHENTICATED: { status: 401, title: "Log in first" },
  BAD_CREDENTIALS: { status: 401, title: "Wrong email or password" },
  WRONG_PASSWORD: { status: 403, title: "The current password is not correct" },
  CSRF_TOKEN_MISSING: { status: 403, title: "Missing or wrong CSRF token" },
  FORBIDDEN: { status: 403, title: "Your role does not allow this" },
  NOT_FOUND: { status: 404, title: "Not found" },
  VERSION_CONFLICT: { status: 409, title: "Someone else saved this first" },
  SLUG_TAKEN: { status: 409, title: "That slug is already used in this edition" },
  EMAIL_TAKEN: { status: 409, title: "That email already has an account" },
  INVALID_TRANSITION: { status: 409, title: "The story cannot move to that state from its current one" },
  IN_USE: { status: 409, title: "Still in use" },
  NAME_TAKEN: { status: 409, title: "That name is already used" },
  PAYLOAD_TOO_LARGE: { status: 413, title: "The upload is too large" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Unsupported media type" },
  UNPROCESSABLE: { status: 422, title: "The request cannot be carried out" },
  RELATED_PIN_REFUSED: { status: 422, title: "Those stories cannot be pinned as related" },
  EMBARGOED: { status: 422, title: "The story is under embargo" },
  TOO_MANY_ATTEMPTS: { status: 429, title: "Too many attempts" },
  INTERNAL: { status: 500, title: "Internal server error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error with a stable code and a message meant for the person who made the request. */
export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra members for the problem document, e.g. `currentVersion` on a conflict. */
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { extra?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(detail, { cause: options.cause });
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }
}
