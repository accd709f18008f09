import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { AppError } from "../http/app-error.ts";
import { ParamId } from "../http/ids.ts";
import { ArticleJson } from "../newsroom/article.schemas.ts";
import { storyPresenter } from "../newsroom/article-actions.ts";
import { decodeCursor, encodeCursor } from "../newsroom/cursor.ts";
import { type StoryRequest, storyFromWireItem } from "./wire-adopt.ts";
import { WIRE_FORMATS } from "./wire-item.ts";
import { listWireItems, wireItemDetail } from "./wire-items.queries.ts";
import {
  addWireSource,
  listWireSources,
  NewWireSource,
  removeWireSource,
  setWireSourcePaused,
  WireSourceError,
  wireSourceNamed,
} from "./wire-sources.ts";

const tags = ["wire"];
const IdParams = z.object({ id: ParamId });
const seeDesk = { access: "contributor" } as const;
const manageSources = { access: "editor" } as const;

const ItemListQuery = z.strictObject({
  source: z.string().max(80).optional(),
  edition: z.string().max(20).optional(),
  language: z.string().max(35).optional(),
  urgency: z.coerce.number().int().min(1).max(9).optional(),
  subject: z.string().max(200).optional(),
  text: z.string().max(200).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

const Concept = z.object({ name: z.string(), code: z.string().optional() });
const PictureJson = z.object({
  href: z.string().optional(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  altText: z.string().optional(),
  renditions: z.array(
    z.object({
      name: z.string().optional(),
      href: z.string(),
      contentType: z.string().optional(),
      width: z.number().optional(),
      height: z.number().optional(),
    }),
  ),
});
const ItemSummaryJson = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  sourceName: z.string(),
  guid: z.string(),
  edition: z.string(),
  version: z.number().int().nullable(),
  versions: z.number().int(),
  urgency: z.number().int().nullable(),
  headline: z.string(),
  standfirst: z.string().nullable(),
  byline: z.string().nullable(),
  credit: z.string(),
  language: z.string().nullable(),
  datelinePlace: z.string().nullable(),
  firstCreated: z.string().nullable(),
  versionCreated: z.string().nullable(),
  embargoUntil: z.string().nullable(),
  embargoed: z.boolean(),
  status: z.enum(["usable", "withheld", "canceled"]),
  receivedAt: z.string(),
  updatedAt: z.string(),
  adoptions: z.array(
    z.object({
      articleId: z.number().int(),
      edition: z.string(),
      kind: z.enum(["adopt", "translate"]),
      itemVersion: z.number().int().nullable(),
      adoptedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      adoptedAt: z.string(),
    }),
  ),
});
const ItemDetailJson = ItemSummaryJson.extend({
  bodyHtml: z.string(),
  subjects: z.array(Concept),
  keywords: z.array(z.string()),
  people: z.array(Concept),
  organisations: z.array(Concept),
  places: z.array(Concept),
  pictures: z.array(PictureJson),
  extra: z.record(z.string(), z.unknown()),
  versionHistory: z.array(
    z.object({
      id: z.number().int(),
      version: z.number().int().nullable(),
      receivedAt: z.string(),
      fileName: z.string().nullable(),
    }),
  ),
  raw: z.object({
    fileName: z.string().nullable(),
    text: z.string(),
    encoding: z.string(),
    note: z.string().nullable(),
  }),
});
const SourceJson = z.object({
  id: z.number().int(),
  name: z.string(),
  format: z.enum(WIRE_FORMATS),
  credit: z.string(),
  edition: z.string(),
  url: z.string().nullable(),
  folder: z.string().nullable(),
  headerNames: z.array(z.string()),
  intervalSeconds: z.number().int().nullable(),
  paused: z.boolean(),
  health: z.object({
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    itemsToday: z.number().int(),
  }),
});

/** The source service's refusals as problems: an unknown source is 404, a taken name 409, a refused field 422. */
function asProblem(error: unknown): never {
  if (!(error instanceof WireSourceError)) throw error;
  switch (error.kind) {
    case "unknown":
      throw new AppError("NOT_FOUND", error.message);
    case "name-taken":
      throw new AppError("NAME_TAKEN", error.message, { extra: { field: "name" } });
    case "refused":
      throw new AppError("UNPROCESSABLE", error.message, { extra: { field: error.field } });
  }
}

/** The wire desk's items (everyone in the newsroom) and its sources (editors manage them). */
export function wireRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const editions = deps.config.site.editions.map((e) => e.code);
  const present = storyPresenter(editions, deps.now);

  app.get(
    "/wire/items",
    {
      config: seeDesk,
      schema: {
        tags,
        summary: "Agency items, last changed first, with filters and cursor paging",
        querystring: ItemListQuery,
        response: { 200: z.object({ items: z.array(ItemSummaryJson), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const q = request.query;
      const source = q.source ? await wireSourceNamed(deps.db, q.source).catch(() => undefined) : undefined;
      if (q.source && !source) return { items: [], nextCursor: null };
      const items = await listWireItems(
        deps.db,
        {
          sourceId: source?.id,
          edition: q.edition,
          language: q.language,
          urgency: q.urgency,
          subject: q.subject,
          text: q.text,
          since: q.since && new Date(q.since).toISOString(),
        },
        { cursor: q.cursor ? decodeCursor(q.cursor) : undefined, limit: q.limit },
      );
      const last = items.at(-1);
      return {
        items,
        nextCursor:
          items.length === q.limit && last ? encodeCursor({ at: last.updatedAt, id: last.id }) : null,
      };
    },
  );

  app.get(
    "/wire/items/:id",
    {
      config: seeDesk,
      schema: {
        tags,
        summary: "One agency item with its versions and the file its newest version came in",
        params: IdParams,
        response: { 200: ItemDetailJson },
      },
    },
    async (request) => {
      const item = await wireItemDetail(deps.db, request.params.id);
      if (!item) throw new AppError("NOT_FOUND", `No wire item ${request.params.id}.`);
      return item;
    },
  );

  for (const [action, summary, body] of [
    [
      "adopt",
      "Makes a draft in the item's edition from its newest version, linked to it",
      z.strictObject({ section: z.string().trim().min(1).max(120) }),
    ],
    [
      "translate",
      "Makes a draft in another edition from the item's newest version, to be translated, linked to it",
      z.strictObject({ section: z.string().trim().min(1).max(120), edition: z.string().min(1).max(20) }),
    ],
  ] as const)
    app.post(
      `/wire/items/:id/${action}`,
      {
        config: { access: "author" },
        schema: { tags, summary, params: IdParams, body, response: { 201: ArticleJson } },
      },
      async (request, reply) => {
        const made = await storyFromWireItem(
          {
            writes: deps.writes,
            cleanBody: deps.cleanBody,
            editions,
            pictures: { db: deps.db, media: deps.media, allowedHosts: deps.config.wire.allowedHosts },
          },
          request.params.id,
          { kind: action, ...request.body } as StoryRequest,
          currentSession(request).user,
          deps.now(),
        );
        for (const failure of made.pictureFailures)
          request.log.warn({ itemId: request.params.id, failure }, "an agency picture did not come in");
        return reply.code(201).send(present(request, made.article));
      },
    );

  app.get(
    "/wire/sources",
    {
      config: seeDesk,
      schema: {
        tags,
        summary: "Wire sources with their health (never their request headers' values)",
        response: { 200: z.object({ items: z.array(SourceJson) }) },
      },
    },
    async () => ({ items: await listWireSources(deps.db, deps.now(), deps.config.site.timeZone) }),
  );

  app.post(
    "/wire/sources",
    {
      config: manageSources,
      schema: { tags, summary: "Adds a wire source", body: NewWireSource, response: { 201: SourceJson } },
    },
    async (request, reply) => {
      const added = await addWireSource(deps.db, request.body, deps.now(), deps.config.wire).catch(asProblem);
      return reply.code(201).send(added);
    },
  );

  for (const [action, paused] of [
    ["pause", true],
    ["resume", false],
  ] as const)
    app.post(
      `/wire/sources/:id/${action}`,
      {
        config: manageSources,
        schema: {
          tags,
          summary: `${action === "pause" ? "Pauses" : "Resumes"} a source`,
          params: IdParams,
          response: { 200: SourceJson },
        },
      },
      async (request) => setWireSourcePaused(deps.db, request.params.id, paused).catch(asProblem),
    );

  app.delete(
    "/wire/sources/:id",
    {
      config: manageSources,
      schema: { tags, summary: "Removes a source; its items stay on the desk", params: IdParams },
    },
    async (request, reply) => {
      await removeWireSource(deps.db, request.params.id, deps.now()).catch(asProblem);
      return reply.code(204).send();
    },
  );
}
