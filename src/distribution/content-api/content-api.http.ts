import type { FastifyRequest } from "fastify";

/** The API key of a request: `Authorization: Bearer KEY`, or else `?key=KEY`. */
export function keyOf(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (match) return match[1];
  }
  const query = request.query as Record<string, unknown> | undefined;
  const key = query?.key;
  return typeof key === "string" && key !== "" ? key : undefined;
}

/** Whether `If-None-Match` names `etag` (weak or strong) or `*`. */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === etag || tag === "*";
  });
}
