import type { Multipart } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { AppError } from "../http/app-error.ts";
import { UploadFields } from "./media.schemas.ts";
import { MAX_UPLOAD_BYTES } from "./media.ts";

export interface UploadForm {
  bytes: Buffer;
  /** The file's name as the browser sent it, reduced to a plain name (see `plainFileName`). */
  fileName: string;
  fields: { caption: string; credit: string; alt: string };
}

const MEGABYTES = MAX_UPLOAD_BYTES / 1024 / 1024;

/** Busboy limits: one file, a few short text fields; anything more is refused while it streams in. */
const LIMITS = {
  fileSize: MAX_UPLOAD_BYTES,
  files: 1,
  fields: 10,
  // 1,000 characters of Bangla take 3,000 bytes in UTF-8; leave room for surrounding whitespace.
  fieldSize: 8 * 1024,
  parts: 12,
};

/** Reads an upload form into memory: the `file` bytes and the validated text fields. */
export async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  let bytes: Buffer | undefined;
  let fileName = "";
  const texts: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: LIMITS })) {
      if (part.type === "file") {
        bytes = await readFilePart(part);
        fileName = plainFileName(part.filename);
      } else texts[part.fieldname] = readTextPart(part, texts);
    }
  } catch (error) {
    throw translateMultipartError(error);
  }
  if (!bytes || bytes.length === 0) {
    throw new AppError("VALIDATION_FAILED", "Attach the picture as a non-empty `file` field.");
  }
  const fields = UploadFields.safeParse(texts);
  if (!fields.success) throw validationError(fields.error.issues);
  return { bytes, fileName, fields: fields.data };
}

const LONGEST_FILE_NAME = 255;

/**
 * A client names the file as it likes: keep the last path segment only, without control
 * characters (NUL included, which PostgreSQL cannot store), in NFC so a search finds it however
 * the typist's keyboard composed it, and no longer than file systems allow.
 */
export function plainFileName(name: string | undefined): string {
  const last = (name ?? "").split(/[/\\]/).at(-1) ?? "";
  const plain = last
    .replace(/\p{Cc}/gu, "")
    .normalize("NFC")
    .trim();
  return [...plain].slice(0, LONGEST_FILE_NAME).join("");
}

async function readFilePart(part: Multipart & { type: "file" }): Promise<Buffer> {
  if (part.fieldname !== "file") {
    part.file.resume();
    throw new AppError(
      "VALIDATION_FAILED",
      `Send the picture in the \`file\` field, not \`${part.fieldname}\`.`,
    );
  }
  return part.toBuffer();
}

function readTextPart(part: Multipart & { type: "field" }, seen: Record<string, string>): string {
  if (Object.hasOwn(seen, part.fieldname))
    throw new AppError("VALIDATION_FAILED", `${part.fieldname}: sent twice`);
  if (part.valueTruncated) throw new AppError("VALIDATION_FAILED", `${part.fieldname}: is too long`);
  return String(part.value);
}

/** Busboy's limit errors carry generic messages; say which limit was hit and what to do. */
function translateMultipartError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === "FST_REQ_FILE_TOO_LARGE") {
    return new AppError(
      "PAYLOAD_TOO_LARGE",
      `The picture is larger than ${MEGABYTES} MB; export it smaller.`,
    );
  }
  if (code === "FST_FILES_LIMIT") {
    return new AppError("VALIDATION_FAILED", "Upload exactly one picture per request.");
  }
  if (code === "FST_FIELDS_LIMIT" || code === "FST_PARTS_LIMIT") {
    return new AppError("VALIDATION_FAILED", "Send only the file, caption, credit and alt fields.");
  }
  return error;
}

function validationError(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const errors = issues.map((issue) => ({
    path: ["body", ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  return new AppError("VALIDATION_FAILED", errors.map((e) => `${e.path}: ${e.message}`).join("; "), {
    extra: { errors },
  });
}
