import type { Kysely, Transaction } from "kysely";
import type { User } from "../accounts/user.ts";
import { recordAudit } from "../audit/audit.ts";
import type { Database } from "../db/database.ts";
import type { ArticleRef } from "../events/domain-events.ts";
import type { UnitOfWork, WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { referenceLibraryPhotos } from "../media/library-photo-refs.ts";
import type { ArticleEdit, ArticleFields, NewDraft } from "./article.commands.ts";
import { keysOfChange, placementOf } from "./article-cache-keys.ts";
import { type EditableArticle, findEditableArticle } from "./article-editor.queries.ts";
import { assertEmbargoChange } from "./article-embargo.ts";
import { mergeEdit } from "./article-merge.ts";
import { rememberOldPath } from "./article-paths.ts";
import { assertMayAct } from "./article-permissions.ts";
import {
  replaceAuthors,
  replaceTags,
  resolveAuthors,
  resolveSection,
  resolveTags,
} from "./article-references.ts";
import { insertArticle, lockArticle, updateArticleAt } from "./article-rows.ts";
import { storedSeoText } from "./article-seo.ts";
import { slugForSave } from "./article-slugs.ts";
import type { CleanBody } from "./body-sanitizer.ts";
import { assertBylinesAllowed } from "./byline-rights.ts";
import { assertPhotoExists } from "./photo-reference.ts";
import {
  changedFields,
  findRevision,
  recordRevision,
  SNAPSHOT_FIELDS,
  type Snapshot,
  snapshotOf,
} from "./revisions.ts";
import { recordStoryChange } from "./story-change.ts";

type T = Transaction<Database>;

export async function getEditableArticle(db: Kysely<Database> | T, id: number): Promise<EditableArticle> {
  const article = await findEditableArticle(db, id);
  if (!article) throw new AppError("NOT_FOUND", `There is no story ${id}.`);
  return article;
}

/**
 * Reads a story for a change, holding its row until the transaction ends, so that people saving
 * or moving the same story at once take turns instead of overwriting each other.
 */
export async function getArticleForChange(trx: T, id: number): Promise<EditableArticle> {
  await lockArticle(trx, id);
  return getEditableArticle(trx, id);
}

export function articleRef(article: EditableArticle): ArticleRef {
  return { id: article.id, edition: article.edition, headline: article.headline, url: article.url };
}

/** Creates a draft owned by `user`, with its first revision. The body is cleaned before the transaction starts. */
export async function createDraft(
  writes: WritePath,
  clean: CleanBody,
  input: NewDraft,
  user: User,
  editions: readonly string[],
  now: Date,
): Promise<EditableArticle> {
  assertEdition(input.edition, editions);
  const body = await clean(input.body);
  return writes.run(async (uow) => {
    const authors = input.authors ?? (input.creditLine ? [] : await ownBylines(uow.trx, user));
    await assertBylinesAllowed(uow.trx, user, authors);
    return insertDraft(uow, { ...input, body, authors }, null, user, now);
  });
}

/**
 * The bylines linked to this person's account: a story they start without naming bylines (or an
 * agency credit) is signed by them, so a contributor writes under their own name by default.
 */
async function ownBylines(trx: T, user: User): Promise<string[]> {
  const rows = await trx
    .selectFrom("authors")
    .where("user_id", "=", user.id)
    .orderBy("id")
    .select("slug")
    .execute();
  return rows.map((r) => r.slug);
}

export function assertEdition(edition: string, editions: readonly string[]): void {
  if (!editions.includes(edition))
    throw new AppError("VALIDATION_FAILED", `There is no edition "${edition}".`);
}

/**
 * The draft's row, bylines, tags and first revision, inside the caller's transaction. The body is
 * already clean (createDraft cleans it, a translation copies a stored one); its copies of library
 * pictures are stored as references.
 */
export async function insertDraft(
  uow: UnitOfWork,
  input: NewDraft,
  translationGroup: string | null,
  user: User,
  now: Date,
): Promise<EditableArticle> {
  const { trx } = uow;
  const stamp = now.toISOString();
  const headline = input.headline.normalize("NFC");
  await assertPhotoExists(trx, "leadMediaId", input.leadMediaId);
  await assertPhotoExists(trx, "socialMediaId", input.socialMediaId);
  const id = await insertArticle(
    trx,
    {
      edition: input.edition,
      translation_group: translationGroup,
      section_id: await resolveSection(trx, input.edition, input.section),
      kind: input.kind ?? "news",
      headline,
      standfirst: input.standfirst.normalize("NFC"),
      body_html: await referenceLibraryPhotos(trx, input.body),
      credit_line: input.creditLine ?? null,
      dateline_place: input.datelinePlace ?? null,
      lead_media_id: input.leadMediaId ?? null,
      status: "draft",
      published_at: null,
      updated_at: null,
      scheduled_at: null,
      embargo_until: instant(input.embargoUntil ?? null),
      correction_note: null,
      seo_title: storedSeoText(input.seoTitle ?? null),
      seo_description: storedSeoText(input.seoDescription ?? null),
      social_title: storedSeoText(input.socialTitle ?? null),
      social_description: storedSeoText(input.socialDescription ?? null),
      social_media_id: input.socialMediaId ?? null,
      version: 1,
      created_at: stamp,
      modified_at: stamp,
      created_by: user.id,
    },
    { wanted: input.slug ? input.slug.normalize("NFC") : undefined, headline },
  );
  await replaceTags(trx, id, await resolveTags(trx, input.edition, input.tags ?? []));
  await replaceAuthors(trx, id, await resolveAuthors(trx, input.authors ?? []));
  const created = await getEditableArticle(trx, id);
  await recordRevision(trx, {
    articleId: id,
    userId: user.id,
    summary: "created",
    significant: false,
    snapshot: snapshotOf(created),
    version: created.version,
    now: stamp,
  });
  await recordStoryChange(uow, created, user.id);
  return created;
}

/**
 * Saves an edit made against `edit.version`. Fields someone else changed since that version are
 * kept; only a field both people changed is refused, naming who changed it (see article-merge.ts).
 * The body is cleaned before the transaction starts, so no lock is held while it is.
 */
export async function saveEdit(
  writes: WritePath,
  clean: CleanBody,
  id: number,
  edit: ArticleEdit,
  user: User,
  now: Date,
): Promise<EditableArticle> {
  const body = edit.body === undefined ? undefined : await clean(edit.body);
  return writes.run(async (uow) => {
    const current = await getArticleForChange(uow.trx, id);
    assertMayAct("edit", user, current);
    const { version, significant, ...sent } = edit;
    const fields = body === undefined ? sent : { ...sent, body };
    const merged = await mergeEdit(uow.trx, current, version, fields);
    return applyChanges(uow, current, merged, user, now, {
      significant: significant === true,
      summary: null,
    });
  });
}

/**
 * Writes changed fields, bumps the version, keeps a revision, and tells followers if the story is
 * live. A body is already clean (saveEdit cleaned it, a restored revision holds a stored one);
 * its copies of library pictures, pasted or frozen in an old revision, are stored as references.
 * Bylines are checked here because a restored revision may bring back one an editor removed.
 */
async function applyChanges(
  uow: UnitOfWork,
  current: EditableArticle,
  fields: Partial<ArticleFields>,
  user: User,
  now: Date,
  options: { significant: boolean; summary: string | null },
): Promise<EditableArticle> {
  const { trx } = uow;
  const stamp = now.toISOString();
  const headline = (fields.headline ?? current.headline).normalize("NFC");
  const live = current.status === "published";
  const placedBefore = live ? await placementOf(trx, current.id) : undefined;
  if (fields.authors) await assertBylinesAllowed(trx, user, fields.authors, current.authors);
  if (fields.leadMediaId !== current.leadMediaId)
    await assertPhotoExists(trx, "leadMediaId", fields.leadMediaId);
  if (fields.socialMediaId !== current.socialMediaId)
    await assertPhotoExists(trx, "socialMediaId", fields.socialMediaId);
  const embargoUntil =
    fields.embargoUntil === undefined ? current.embargoUntil : instant(fields.embargoUntil);
  assertEmbargoChange(current, embargoUntil, now);
  await updateArticleAt(trx, current, {
    section_id: fields.section
      ? await resolveSection(trx, current.edition, fields.section)
      : current.sectionId,
    kind: fields.kind ?? current.kind,
    slug: await slugForSave(trx, current, fields.slug, headline),
    headline,
    standfirst: (fields.standfirst ?? current.standfirst).normalize("NFC"),
    body_html: fields.body === undefined ? current.body : await referenceLibraryPhotos(trx, fields.body),
    credit_line: fields.creditLine !== undefined ? fields.creditLine : current.creditLine,
    dateline_place: fields.datelinePlace !== undefined ? fields.datelinePlace : current.datelinePlace,
    lead_media_id: fields.leadMediaId !== undefined ? fields.leadMediaId : current.leadMediaId,
    correction_note: fields.correctionNote !== undefined ? fields.correctionNote : current.correctionNote,
    embargo_until: embargoUntil,
    seo_title: seoText(fields.seoTitle, current.seoTitle),
    seo_description: seoText(fields.seoDescription, current.seoDescription),
    social_title: seoText(fields.socialTitle, current.socialTitle),
    social_description: seoText(fields.socialDescription, current.socialDescription),
    social_media_id: fields.socialMediaId !== undefined ? fields.socialMediaId : current.socialMediaId,
    updated_at: options.significant && live ? stamp : current.updatedAt,
    modified_at: stamp,
  });
  await rememberOldPath(trx, current);
  if (fields.tags) await replaceTags(trx, current.id, await resolveTags(trx, current.edition, fields.tags));
  if (fields.authors) await replaceAuthors(trx, current.id, await resolveAuthors(trx, fields.authors));
  const saved = await getEditableArticle(trx, current.id);
  const changed = changedFields(snapshotOf(current), snapshotOf(saved));
  await recordRevision(trx, {
    articleId: current.id,
    userId: user.id,
    summary: options.summary ?? (changed.length ? `changed ${changed.join(", ")}` : "saved without changes"),
    significant: options.significant,
    snapshot: snapshotOf(saved),
    version: saved.version,
    now: stamp,
  });
  if (live) {
    const keys = keysOfChange(placedBefore, await placementOf(trx, current.id));
    await uow.record({ type: "article.updated", article: articleRef(saved), keys });
  }
  await recordStoryChange(uow, saved, user.id);
  return saved;
}

/** What a restore brings back: what was written. The embargo stays as it is now (see article-embargo.ts). */
const RESTORABLE: readonly string[] = SNAPSHOT_FIELDS.filter((f) => f !== "embargoUntil");

/**
 * Puts a revision's text back as a new save (itself a revision), against the client's version:
 * the whole story, or only the fields named, through the same checks as a save.
 */
export async function restoreRevision(
  writes: WritePath,
  id: number,
  revisionId: number,
  request: { version: number; fields?: readonly string[] },
  user: User,
  now: Date,
) {
  const unknown = (request.fields ?? []).filter((f) => !RESTORABLE.includes(f));
  if (unknown.length)
    throw new AppError(
      "UNPROCESSABLE",
      `A revision cannot restore ${unknown.join(", ")}; it restores ${RESTORABLE.join(", ")}.`,
      { extra: { field: "fields", unknown } },
    );
  return writes.run(async (uow) => {
    const current = await getArticleForChange(uow.trx, id);
    assertMayAct("edit", user, current);
    if (current.version !== request.version) throw versionConflict(current, request.version);
    const revision = await findRevision(uow.trx, id, revisionId);
    if (!revision) throw new AppError("NOT_FOUND", `Story ${id} has no revision ${revisionId}.`);
    const wanted = request.fields ? new Set(request.fields) : new Set(RESTORABLE);
    const written = Object.fromEntries(
      Object.entries(revision.snapshot satisfies Snapshot).filter(([field]) => wanted.has(field)),
    );
    return applyChanges(uow, current, written, user, now, {
      significant: false,
      summary: request.fields
        ? `restored ${[...wanted].join(", ")} from revision ${revision.number}`
        : `restored revision ${revision.number}`,
    });
  });
}

export function versionConflict(
  current: EditableArticle,
  version: number,
  extra: Record<string, unknown> = {},
) {
  return new AppError(
    "VERSION_CONFLICT",
    `Story ${current.id} is at version ${current.version}; you edited version ${version}.`,
    { extra: { currentVersion: current.version, current, ...extra } },
  );
}

export async function deleteArticle(
  writes: WritePath,
  id: number,
  user: User,
  ip: string,
  now: Date,
): Promise<void> {
  await writes.run(async (uow) => {
    const current = await getArticleForChange(uow.trx, id);
    assertMayAct("delete", user, current);
    // Recorded before the row goes, so followers that keep rows of their own can still find them.
    if (current.status === "published") {
      const keys = keysOfChange(await placementOf(uow.trx, id), undefined);
      await uow.record({ type: "article.deleted", article: articleRef(current), keys });
    }
    await recordStoryChange(uow, current, user.id, true);
    await uow.trx.deleteFrom("articles").where("id", "=", id).execute();
    await recordAudit(uow.trx, {
      action: "article.deleted",
      actorUserId: user.id,
      subjectType: "article",
      subjectId: id,
      details: { headline: current.headline, edition: current.edition, status: current.status },
      ip,
      now: now.toISOString(),
    });
  });
}

/** A search or social text as stored, or the current one when the save did not send it. */
function seoText(sent: string | null | undefined, current: string | null): string | null {
  return sent === undefined ? current : storedSeoText(sent);
}

/** A time as stored: UTC, to the millisecond, whatever offset it was sent with. */
function instant(time: string | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}
