/**
 * Every text field a newsroom role can set, named as the admin API's OpenAPI document names it
 * (`METHOD path field`, the path under /api/admin/v1). The guard plants a payload in each one; its
 * position here is part of the payload's marker (see xss-payloads.ts). `openApiTextFields` reads
 * the same list out of the document, so a field added to a route without being planted fails the
 * guard instead of going unchecked.
 */
export const PLANTED_FIELDS = [
  "POST /articles headline",
  "POST /articles standfirst",
  "POST /articles body",
  "POST /articles tags[]",
  "POST /articles creditLine",
  "POST /articles datelinePlace",
  "POST /articles slug",
  "POST /articles section",
  "POST /articles edition",
  "POST /articles authors[]",
  "PATCH /articles/{id} headline",
  "PATCH /articles/{id} standfirst",
  "PATCH /articles/{id} body",
  "PATCH /articles/{id} tags[]",
  "PATCH /articles/{id} creditLine",
  "PATCH /articles/{id} datelinePlace",
  "PATCH /articles/{id} correctionNote",
  "PATCH /articles/{id} slug",
  "PATCH /articles/{id} section",
  "PATCH /articles/{id} authors[]",
  "POST /articles/{id}/preview headline",
  "POST /articles/{id}/preview standfirst",
  "POST /articles/{id}/preview body",
  "POST /articles/{id}/preview tags[]",
  "POST /articles/{id}/preview creditLine",
  "POST /articles/{id}/preview datelinePlace",
  "POST /articles/{id}/preview correctionNote",
  "POST /articles/{id}/preview slug",
  "POST /articles/{id}/preview section",
  "POST /articles/{id}/preview authors[]",
  "POST /articles/{id}/schedule at",
  "POST /articles/{id}/translations edition",
  "POST /sections key",
  "POST /sections localizations[].edition",
  "POST /sections localizations[].slug",
  "POST /sections localizations[].name",
  "PATCH /sections/{key} localizations[].edition",
  "PATCH /sections/{key} localizations[].slug",
  "PATCH /sections/{key} localizations[].name",
  "POST /tags edition",
  "POST /tags name",
  "POST /tags slug",
  "POST /authors slug",
  "POST /authors localizations[].edition",
  "POST /authors localizations[].name",
  "POST /authors localizations[].title",
  "POST /authors localizations[].bio",
  "PATCH /authors/{slug} localizations[].edition",
  "PATCH /authors/{slug} localizations[].name",
  "PATCH /authors/{slug} localizations[].title",
  "PATCH /authors/{slug} localizations[].bio",
  "POST /media caption",
  "POST /media credit",
  "POST /media alt",
  "PATCH /media/{id} caption",
  "PATCH /media/{id} credit",
  "PATCH /media/{id} alt",
  "PATCH /media/{id} localizations[].edition",
  "PATCH /media/{id} localizations[].caption",
  "PATCH /media/{id} localizations[].alt",
  "POST /media/import url",
  "POST /users email",
  "POST /users name",
  "POST /session email",
  "POST /api-keys name",
  "POST /webhooks url",
  "POST /wire/sources name",
  "POST /wire/sources credit",
  "POST /wire/sources url",
  "POST /wire/sources headers[]",
  "POST /wire/sources folder",
  "POST /wire/items/{id}/adopt section",
  "POST /wire/items/{id}/translate section",
  "POST /wire/items/{id}/translate edition",
  "POST /articles embargoUntil",
  "PATCH /articles/{id} embargoUntil",
  "POST /articles/{id}/preview embargoUntil",
  "POST /articles seoTitle",
  "POST /articles seoDescription",
  "POST /articles socialTitle",
  "POST /articles socialDescription",
  "PATCH /articles/{id} seoTitle",
  "PATCH /articles/{id} seoDescription",
  "PATCH /articles/{id} socialTitle",
  "PATCH /articles/{id} socialDescription",
  "POST /articles/{id}/preview seoTitle",
  "POST /articles/{id}/preview seoDescription",
  "POST /articles/{id}/preview socialTitle",
  "POST /articles/{id}/preview socialDescription",
  "POST /articles/{id}/return note",
  "POST /articles/{id}/notes body",
  "PATCH /tags/{edition}/{slug} name",
  "PATCH /tags/{edition}/{slug} slug",
  "POST /tags/{edition}/{slug}/merge into",
  "POST /articles/{id}/revisions/{revisionId}/restore fields[]",
  "PUT /editions/{edition}/breaking text",
  "PUT /editions/{edition}/breaking url",
  "PUT /editions/{edition}/breaking endsAt",
  "POST /articles/{id}/entries headline",
  "POST /articles/{id}/entries bodyHtml",
  "PATCH /articles/{id}/entries/{entryId} headline",
  "PATCH /articles/{id}/entries/{entryId} bodyHtml",
  "POST /articles/{id}/entries/{entryId}/translation-tasks edition",
  "POST /articles/{id}/translation-tasks/{taskId}/entries headline",
  "POST /articles/{id}/translation-tasks/{taskId}/entries bodyHtml",
] as const;
export type PlantedField = (typeof PLANTED_FIELDS)[number];

/** Text fields no page or screen ever shows, so there is nothing to plant. */
export const NEVER_SHOWN: Record<string, string> = {
  "POST /session password": "checked against a hash, never stored or shown",
  "POST /users password": "stored as an argon2 hash only",
  "POST /session/password currentPassword": "checked against a hash, never stored or shown",
  "POST /session/password newPassword": "stored as an argon2 hash only",
};

const API_PREFIX = "/api/admin/v1";

interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
interface Operation {
  description?: string;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/**
 * The free-text fields of every admin API write, as `METHOD path field`: strings that are not an
 * enumeration, in JSON bodies, plus the text parts a multipart operation's description names in
 * backticks (the upload's `caption`, `credit` and `alt`; `file` is the picture).
 */
export function openApiTextFields(document: OpenApiDocument): string[] {
  const fields: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    if (!path.startsWith(API_PREFIX)) continue;
    for (const [method, operation] of Object.entries(operations)) {
      if (method === "get" || method === "delete") continue;
      const name = `${method.toUpperCase()} ${path.slice(API_PREFIX.length)}`;
      for (const field of requestTextFields(document, operation)) fields.push(`${name} ${field}`);
    }
  }
  return fields;
}

function requestTextFields(document: OpenApiDocument, operation: Operation): string[] {
  const json = operation.requestBody?.content?.["application/json"]?.schema;
  if (json) return stringPaths(document, json, "");
  // Multipart bodies are read by the route itself, so the document describes them only in words.
  if (operation.description?.startsWith("multipart/form-data"))
    return [...operation.description.matchAll(/`(\w+)`/g)]
      .map((m) => m[1] ?? "")
      .filter((part) => part !== "file");
  return [];
}

function stringPaths(document: OpenApiDocument, schema: Schema, at: string): string[] {
  if (schema.$ref) return stringPaths(document, resolve(document, schema.$ref), at);
  const alternatives = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alternatives) return [...new Set(alternatives.flatMap((s) => stringPaths(document, s, at)))];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("string")) return schema.enum ? [] : [at];
  if (schema.properties)
    return Object.entries(schema.properties).flatMap(([key, s]) =>
      stringPaths(document, s, at ? `${at}.${key}` : key),
    );
  if (schema.items) return stringPaths(document, schema.items, `${at}[]`);
  return [];
}

function resolve(document: OpenApiDocument, ref: string): Schema {
  const name = ref.replace("#/components/schemas/", "");
  const schema = document.components?.schemas?.[name];
  if (!schema) throw new Error(`OpenAPI reference ${ref} names no schema`);
  return schema;
}
