import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";
import { assertEdition } from "../content/article.service.ts";
import { deleteTag, listTagsWithCounts, mergeTags, renameTag } from "../content/tag-changes.ts";
import { listSections } from "../content/taxonomy.queries.ts";
import {
  addAuthor,
  addSection,
  addTag,
  linkableAccounts,
  listAuthors,
  updateAuthor,
  updateSection,
} from "../content/taxonomy.service.ts";
import { BodyId } from "../http/ids.ts";
import { SlugSchema } from "./slug.schema.ts";

const Key = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase letters, digits and hyphens")
  .max(60);

const Name = z.string().trim().min(1).max(200);
const EditionQuery = z.strictObject({ edition: z.string().min(1).max(20) });
const SectionLocalizations = z
  .array(z.strictObject({ edition: z.string().min(1).max(20), slug: SlugSchema, name: Name }))
  .min(1);
const AuthorLocalizations = z
  .array(
    z.strictObject({
      edition: z.string().min(1).max(20),
      name: Name,
      title: z.string().trim().max(200),
      bio: z.string().trim().max(4000),
    }),
  )
  .min(1);
const AuthorJson = z.object({
  slug: z.string(),
  kind: z.enum(["staff", "columnist"]),
  photoMediaId: z.number().nullable(),
  /** The newsroom account signing with this byline; below editor, only it may put it on a story. */
  userId: z.number().nullable(),
  name: z.record(z.string(), z.string()),
  title: z.record(z.string(), z.string()),
  bio: z.record(z.string(), z.string()),
});

/** Sections, tags and authors: anyone in the newsroom reads them, editors change them. */
export function taxonomyRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const read = { access: "contributor" } as const;
  const edit = { access: "editor" } as const;
  /** Names and tags are kept only for the configured editions: 400 naming any other. */
  const editions = deps.config.site.editions.map((e) => e.code);
  const known = (localizations: readonly { edition: string }[] | undefined) => {
    for (const l of localizations ?? []) assertEdition(l.edition, editions);
  };

  app.get(
    "/sections",
    {
      config: read,
      schema: {
        tags: ["sections"],
        summary: "An edition's sections",
        querystring: EditionQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({ key: z.string(), position: z.number(), slug: z.string(), name: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await listSections(deps.db, request.query.edition) }),
  );
  app.post(
    "/sections",
    {
      config: edit,
      schema: {
        tags: ["sections"],
        summary: "Add a section",
        body: z.strictObject({
          key: Key,
          position: z.number().int().min(0).max(1000),
          localizations: SectionLocalizations,
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      known(request.body.localizations);
      await addSection(deps.writes, request.body);
      return reply.code(204).send(null);
    },
  );
  app.patch(
    "/sections/:key",
    {
      config: edit,
      schema: {
        tags: ["sections"],
        summary: "Change a section's position or names",
        params: z.object({ key: Key }),
        body: z.strictObject({
          position: z.number().int().min(0).max(1000).optional(),
          localizations: SectionLocalizations.optional(),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      known(request.body.localizations);
      await updateSection(deps.writes, request.params.key, request.body);
      return reply.code(204).send(null);
    },
  );

  const TagJson = z.object({ slug: z.string(), name: z.string() });
  app.get(
    "/tags",
    {
      config: read,
      schema: {
        tags: ["tags"],
        summary: "An edition's tags, with how many stories carry each",
        querystring: EditionQuery,
        response: { 200: z.object({ items: z.array(TagJson.extend({ stories: z.number().int() })) }) },
      },
    },
    async (request) => ({ items: await listTagsWithCounts(deps.db, request.query.edition) }),
  );
  app.post(
    "/tags",
    {
      config: edit,
      schema: {
        tags: ["tags"],
        summary: "Add a tag to an edition",
        body: z.strictObject({
          edition: z.string().min(1).max(20),
          name: Name,
          slug: SlugSchema.optional(),
        }),
        response: { 201: TagJson },
      },
    },
    async (request, reply) => {
      known([request.body]);
      return reply.code(201).send(await addTag(deps.writes, request.body));
    },
  );

  const TagParams = z.object({ edition: z.string().min(1).max(20), slug: SlugSchema });
  app.patch(
    "/tags/:edition/:slug",
    {
      config: edit,
      schema: {
        tags: ["tags"],
        summary: "Rename a tag",
        description:
          "With `slug`, the tag's page moves to the new address, and the old one (page and feeds) answers 301 to it; without it the address stays. 409 when the edition has a tag with that slug.",
        params: TagParams,
        body: z
          .strictObject({ name: Name.optional(), slug: SlugSchema.optional() })
          .refine((b) => b.name !== undefined || b.slug !== undefined, "give a name, a slug or both"),
        response: { 200: TagJson },
      },
    },
    async (request) => {
      const { edition, slug } = request.params;
      known([{ edition }]);
      return renameTag(deps.writes, edition, slug, request.body);
    },
  );
  app.post(
    "/tags/:edition/:slug/merge",
    {
      config: edit,
      schema: {
        tags: ["tags"],
        summary: "Merge a tag into another: its stories take the other tag, and it is removed",
        description:
          "The removed tag's address, and any it had before, answers 301 to the remaining tag's page (feeds too).",
        params: TagParams,
        body: z.strictObject({ into: SlugSchema }),
        response: { 200: TagJson.extend({ moved: z.number().int() }) },
      },
    },
    async (request) => {
      const { edition, slug } = request.params;
      known([{ edition }]);
      return mergeTags(deps.writes, edition, slug, request.body.into);
    },
  );
  app.delete(
    "/tags/:edition/:slug",
    {
      config: edit,
      schema: {
        tags: ["tags"],
        summary: "Delete a tag; its stories lose it",
        description: "Its page, feeds and old addresses answer 404, as any unknown tag does.",
        params: TagParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { edition, slug } = request.params;
      known([{ edition }]);
      await deleteTag(deps.writes, edition, slug);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/authors",
    {
      config: read,
      schema: {
        tags: ["authors"],
        summary: "Every author, with names per edition",
        response: { 200: z.object({ items: z.array(AuthorJson) }) },
      },
    },
    async () => ({ items: await listAuthors(deps.db) }),
  );
  app.get(
    "/authors/accounts",
    {
      config: edit,
      schema: {
        tags: ["authors"],
        summary: "Newsroom accounts an author profile can be linked to, with the profiles each signs with",
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.number(), name: z.string(), role: z.string(), authors: z.array(z.string()) }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await linkableAccounts(deps.db) }),
  );
  app.post(
    "/authors",
    {
      config: edit,
      schema: {
        tags: ["authors"],
        summary: "Add an author",
        body: z.strictObject({
          slug: Key,
          kind: z.enum(["staff", "columnist"]),
          photoMediaId: BodyId.nullable().default(null),
          localizations: AuthorLocalizations,
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      known(request.body.localizations);
      await addAuthor(deps.writes, request.body);
      return reply.code(204).send(null);
    },
  );
  app.patch(
    "/authors/:slug",
    {
      config: edit,
      schema: {
        tags: ["authors"],
        summary: "Change an author's kind, photo, names or linked newsroom account",
        params: z.object({ slug: Key }),
        body: z.strictObject({
          kind: z.enum(["staff", "columnist"]).optional(),
          photoMediaId: BodyId.nullable().optional(),
          userId: BodyId.nullable().optional(),
          localizations: AuthorLocalizations.optional(),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      known(request.body.localizations);
      await updateAuthor(deps.writes, request.params.slug, request.body);
      return reply.code(204).send(null);
    },
  );
}
