import type { Kysely, Transaction } from "kysely";
import type { User } from "../accounts/user.ts";
import { recordAudit } from "../audit/audit.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import type { ArticlePatch, NewArticleInput } from "../newsroom/article.schemas.ts";
import { type EditableArticle, findEditableArticle } from "./article-editor.queries.ts";
import { announceArticleChange } from "./article-events.ts";
import { assertAllowed } from "./article-permissions.ts";
import {
  freeSlug,
  replaceAuthors,
  replaceTags,
  resolveAuthors,
  resolveSection,
  resolveTags,
  slugTaken,
} from "./article-references.ts";
import { bumpContentVersion } from "./content.writes.ts";
import { changedFields, findRevision, recordRevision, type Snapshot, snapshotOf } from "./revisions.ts";
import { sanitizeBody } from "./sanitize-body.ts";

type T = Transaction<Database>;

export async function getEditableArticle(db: Kysely<Database> | T, id: number): Promise<EditableArticle> {
  const article = await findEditableArticle(db, id);
  if (!article) throw new AppError("NOT_FOUND", `There is no story ${id}.`);
  return article;
}

/** Creates a draft owned by `user`, with its first revision. */
export async function createDraft(
  db: Kysely<Database>,
  input: NewArticleInput & { translationGroup?: string | null },
  user: User,
  editions: readonly string[],
  now: Date,
): Promise<EditableArticle> {
  if (!editions.includes(input.edition))
    throw new AppError("VALIDATION_FAILED", `There is no edition "${input.edition}".`);
  return db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    const slug = input.slug ?? (await freeSlug(trx, input.edition, input.headline));
    if (await slugTaken(trx, input.edition, slug))
      throw new AppError("SLUG_TAKEN", `"${slug}" is already used in ${input.edition}.`);
    const { id } = await trx
      .insertInto("articles")
      .values({
        edition: input.edition,
        translation_group: input.translationGroup ?? null,
        section_id: await resolveSection(trx, input.edition, input.section),
        kind: input.kind ?? "news",
        slug,
        headline: input.headline.normalize("NFC"),
        standfirst: input.standfirst.normalize("NFC"),
        body_html: sanitizeBody(input.body),
        credit_line: input.creditLine ?? null,
        dateline_place: input.datelinePlace ?? null,
        lead_media_id: input.leadMediaId ?? null,
        status: "draft",
        published_at: null,
        updated_at: null,
        scheduled_at: null,
        correction_note: null,
        version: 1,
        created_at: stamp,
        modified_at: stamp,
        created_by: user.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await replaceTags(trx, id, await resolveTags(trx, input.edition, input.tags ?? []));
    await replaceAuthors(trx, id, await resolveAuthors(trx, input.authors ?? []));
    const created = await getEditableArticle(trx, id);
    await recordRevision(trx, {
      articleId: id,
      userId: user.id,
      summary: "created",
      significant: false,
      snapshot: snapshotOf(created),
      now: stamp,
    });
    return created;
  });
}

/**
 * Saves an edit made against `patch.version`. A stale version is refused with the current story,
 * so the client can show both and nothing either person wrote is lost.
 */
export async function saveEdit(
  db: Kysely<Database>,
  id: number,
  patch: ArticlePatch,
  user: User,
  now: Date,
): Promise<EditableArticle> {
  return db.transaction().execute(async (trx) => {
    const current = await getEditableArticle(trx, id);
    assertAllowed("edit", user, current);
    if (current.version !== patch.version) {
      throw new AppError(
        "VERSION_CONFLICT",
        `Story ${id} is at version ${current.version}; you edited version ${patch.version}.`,
        {
          extra: { currentVersion: current.version, current },
        },
      );
    }
    const { version: _v, significant, ...fields } = patch;
    return applyChanges(trx, current, fields, user, now, {
      significant: significant === true,
      summary: null,
    });
  });
}

/** Writes changed fields, bumps the version, keeps a revision, and refreshes public pages if live. */
async function applyChanges(
  trx: T,
  current: EditableArticle,
  fields: Partial<Snapshot>,
  user: User,
  now: Date,
  options: { significant: boolean; summary: string | null },
): Promise<EditableArticle> {
  const stamp = now.toISOString();
  const slug = fields.slug ?? current.slug;
  if (slug !== current.slug && (await slugTaken(trx, current.edition, slug, current.id))) {
    throw new AppError("SLUG_TAKEN", `"${slug}" is already used in ${current.edition}.`);
  }
  const live = current.status === "published";
  await trx
    .updateTable("articles")
    .set({
      section_id: fields.section
        ? await resolveSection(trx, current.edition, fields.section)
        : current.sectionId,
      kind: fields.kind ?? current.kind,
      slug,
      headline: (fields.headline ?? current.headline).normalize("NFC"),
      standfirst: (fields.standfirst ?? current.standfirst).normalize("NFC"),
      body_html: fields.body !== undefined ? sanitizeBody(fields.body) : current.body,
      credit_line: fields.creditLine !== undefined ? fields.creditLine : current.creditLine,
      dateline_place: fields.datelinePlace !== undefined ? fields.datelinePlace : current.datelinePlace,
      lead_media_id: fields.leadMediaId !== undefined ? fields.leadMediaId : current.leadMediaId,
      correction_note: fields.correctionNote !== undefined ? fields.correctionNote : current.correctionNote,
      updated_at: options.significant && live ? stamp : current.updatedAt,
      version: current.version + 1,
      modified_at: stamp,
    })
    .where("id", "=", current.id)
    .execute();
  if (fields.tags) await replaceTags(trx, current.id, await resolveTags(trx, current.edition, fields.tags));
  if (fields.authors) await replaceAuthors(trx, current.id, await resolveAuthors(trx, fields.authors));
  const saved = await getEditableArticle(trx, current.id);
  const changed = changedFields(snapshotOf(current), snapshotOf(saved));
  const summary =
    options.summary ?? (changed.length ? `changed ${changed.join(", ")}` : "saved without changes");
  await recordRevision(trx, {
    articleId: current.id,
    userId: user.id,
    summary,
    significant: options.significant,
    snapshot: snapshotOf(saved),
    now: stamp,
  });
  if (live) await bumpContentVersion(trx);
  if (live) await announceArticleChange(trx, "article.updated", saved, now);
  return saved;
}

/** Puts a revision's text back as a new save (itself a revision), against the client's version. */
export async function restoreRevision(
  db: Kysely<Database>,
  id: number,
  revisionId: number,
  version: number,
  user: User,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const current = await getEditableArticle(trx, id);
    assertAllowed("edit", user, current);
    if (current.version !== version) {
      throw new AppError("VERSION_CONFLICT", `Story ${id} is at version ${current.version}.`, {
        extra: { currentVersion: current.version, current },
      });
    }
    const revision = await findRevision(trx, id, revisionId);
    if (!revision) throw new AppError("NOT_FOUND", `Story ${id} has no revision ${revisionId}.`);
    return applyChanges(trx, current, revision.snapshot, user, now, {
      significant: false,
      summary: `restored revision ${revision.number}`,
    });
  });
}

export async function deleteArticle(
  db: Kysely<Database>,
  id: number,
  user: User,
  ip: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await getEditableArticle(trx, id);
    assertAllowed("delete", user, current);
    if (current.status === "published") await announceArticleChange(trx, "article.deleted", current, now);
    await trx.deleteFrom("articles").where("id", "=", id).execute();
    await recordAudit(trx, {
      action: "article.deleted",
      actorUserId: user.id,
      subjectType: "article",
      subjectId: id,
      details: { headline: current.headline, edition: current.edition, status: current.status },
      ip,
      now: now.toISOString(),
    });
    if (current.status === "published") await bumpContentVersion(trx);
  });
}
