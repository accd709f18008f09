import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isForeignKeyViolation, type UniqueConstraint, violatedConstraint } from "../db/unique-violation.ts";
import { AppError, ERROR_CODES, type ErrorCode } from "./app-error.ts";

/** Writes an RFC 9457 problem document. */
export function sendProblem(reply: FastifyReply, error: AppError) {
  const { status, title } = ERROR_CODES[error.code];
  reply.headers(error.headers);
  return reply
    .code(status)
    .type("application/problem+json")
    .send({
      type: `https://dateline.dev/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
      title,
      status,
      detail: error.message,
      code: error.code,
      ...error.extra,
    });
}

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "MALFORMED_JSON",
  FST_ERR_CTP_EMPTY_JSON_BODY: "MALFORMED_JSON",
  FST_ERR_CTP_BODY_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "BAD_REQUEST",
  FST_REQ_FILE_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  FST_FILES_LIMIT: "PAYLOAD_TOO_LARGE",
  FST_INVALID_MULTIPART_CONTENT_TYPE: "UNSUPPORTED_MEDIA_TYPE",
};

/** Turns anything thrown by an API route into a problem document; unknown errors are logged and hidden. */
/**
 * A write that lost a race for a unique value, caught by the database itself (the services check
 * first, so this is the narrow window between their check and their write).
 */
const RACE_ERRORS: Record<UniqueConstraint, () => AppError> = {
  articles_slug: () =>
    new AppError("SLUG_TAKEN", "Another story took that slug at the same moment.", {
      extra: { field: "slug" },
    }),
  articles_one_per_edition: () =>
    new AppError("UNPROCESSABLE", "This story got a version in that edition at the same moment.", {
      extra: { field: "edition" },
    }),
  tags_slug: () =>
    new AppError("VERSION_CONFLICT", "A tag of that name was created at the same moment; save again.", {
      extra: { field: "tags" },
    }),
  wire_adoptions_edition: () =>
    new AppError("UNPROCESSABLE", "Someone made a story from this item in that edition at the same moment.", {
      extra: { field: "edition" },
    }),
  wire_sources_name: () =>
    new AppError("NAME_TAKEN", "A wire source of that name was added at the same moment.", {
      extra: { field: "name" },
    }),
};

export function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: [error.validationContext ?? "body", ...issue.instancePath.split("/").filter(Boolean)].join("."),
      message: issue.message ?? "is not valid",
    }));
    const summary = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
    return new AppError("VALIDATION_FAILED", summary, { extra: { errors } });
  }
  const raced = violatedConstraint(error);
  if (raced) return RACE_ERRORS[raced]();
  if (isForeignKeyViolation(error))
    return new AppError(
      "UNPROCESSABLE",
      "Something this change names (a photo, section, tag or byline) was deleted at the same moment; reload and try again.",
    );
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? FRAMEWORK_CODES[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, fastifyError.message ?? ERROR_CODES[mapped].title);
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return new AppError("BAD_REQUEST", fastifyError.message ?? "Bad request");
  request.log.error({ err: error }, "request failed");
  return new AppError("INTERNAL", "Something went wrong on our side; it has been logged.");
}
