import type { Kysely, Transaction } from "kysely";
import { ROLES, roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import type { Database } from "../db/database.ts";
import type { UnitOfWork, WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { getArticleForChange } from "./article.service.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { ARTICLE_RULES, assertReadable } from "./article-permissions.ts";

type Q = Kysely<Database> | Transaction<Database>;
type Story = Pick<EditableArticle, "id" | "status" | "createdBy">;

/** A note is a message to the desk, not a story: a few paragraphs at most. */
export const NOTE_MAX_LENGTH = 4000;
export const NOTE_MAX_MENTIONS = 20;

export interface NoteInput {
  body: string;
  /** The users the note names, chosen from those who may see the story. */
  mentions?: readonly number[];
}

export interface ArticleNote {
  id: number;
  body: string;
  createdAt: string;
  author: { id: number; name: string } | null;
  mentions: { id: number; name: string }[];
}

/**
 * Who a note on this story may name: whoever may read it (authors and up, and its creator), so a
 * mention never tells anyone of a story they could not open.
 */
export async function mentionableUsers(db: Q, story: Story): Promise<{ id: number; name: string }[]> {
  const readers = ROLES.filter((role) => roleAtLeast(role, "author"));
  let query = db.selectFrom("users").select(["id", "name"]);
  const creator = story.createdBy?.id;
  query =
    creator === undefined
      ? query.where("role", "in", readers)
      : query.where((eb) => eb.or([eb("role", "in", readers), eb("id", "=", creator)]));
  return query.orderBy("name").orderBy("id").execute();
}

/**
 * Writes a note on a story inside the caller's write (a return stores its note in the same
 * transaction) and records `story.noted`, which tells the people it names. The story's row must
 * already be held by the caller.
 */
export async function addNote(
  uow: UnitOfWork,
  story: Story,
  author: User,
  input: NoteInput,
  now: Date,
  /** The request's name for the text, which a refusal names: `note` on a return. */
  field: "body" | "note" = "body",
): Promise<ArticleNote> {
  // One spelling of each Bangla letter, as every stored text has, so a note reads and matches alike.
  const body = input.body.trim().normalize("NFC");
  // 422, not 400: the request is well formed, but a return or a note without words says nothing.
  if (!body) throw new AppError("UNPROCESSABLE", "A note needs some text.", { extra: { field } });
  if (body.length > NOTE_MAX_LENGTH) {
    throw new AppError("VALIDATION_FAILED", `A note may be at most ${NOTE_MAX_LENGTH} characters.`, {
      extra: { field },
    });
  }
  const mentions = [...new Set(input.mentions ?? [])];
  if (mentions.length > NOTE_MAX_MENTIONS) {
    throw new AppError("VALIDATION_FAILED", `A note may name at most ${NOTE_MAX_MENTIONS} people.`, {
      extra: { field: "mentions" },
    });
  }
  const named = await namedUsers(uow.trx, story, mentions);
  const inserted = await uow.trx
    .insertInto("article_notes")
    .values({
      article_id: story.id,
      author_id: author.id,
      body,
      mentions: JSON.stringify(mentions),
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await uow.record({
    type: "story.noted",
    note: { id: inserted.id, articleId: story.id, authorId: author.id, mentions },
  });
  return {
    id: inserted.id,
    body,
    createdAt: now.toISOString(),
    author: { id: author.id, name: author.name },
    mentions: named,
  };
}

/** The users a note names, in the order given; refuses anyone who does not exist or may not see the story. */
async function namedUsers(db: Q, story: Story, ids: number[]): Promise<{ id: number; name: string }[]> {
  if (!ids.length) return [];
  const users = await db
    .selectFrom("users")
    .select(["id", "email", "name", "role"])
    .where("id", "in", ids)
    .execute();
  const byId = new Map(users.map((u) => [u.id, u]));
  const refused = ids.filter((id) => {
    const user = byId.get(id);
    return !user || !ARTICLE_RULES.read(user, story);
  });
  if (refused.length) {
    throw new AppError("UNPROCESSABLE", "A note can only name people who may see the story.", {
      extra: { field: "mentions", refused },
    });
  }
  return ids.map((id) => {
    const user = byId.get(id) as User;
    return { id: user.id, name: user.name };
  });
}

/** `POST /articles/:id/notes`: anyone who may see the story may write on it. */
export function writeNote(writes: WritePath, articleId: number, user: User, input: NoteInput, now: Date) {
  return writes.run(async (uow) => {
    const story = await getArticleForChange(uow.trx, articleId);
    assertReadable(user, story);
    return addNote(uow, story, user, input, now);
  });
}

/** A story's notes, oldest first, so the conversation reads down. */
export async function listNotes(db: Q, articleId: number): Promise<ArticleNote[]> {
  const rows = await db
    .selectFrom("article_notes as n")
    .leftJoin("users as u", "u.id", "n.author_id")
    .where("n.article_id", "=", articleId)
    .select(["n.id", "n.body", "n.mentions", "n.created_at", "u.id as authorId", "u.name as authorName"])
    .orderBy("n.id")
    .execute();
  const mentioned = [...new Set(rows.flatMap((r) => JSON.parse(r.mentions) as number[]))];
  const names = new Map(
    mentioned.length
      ? (await db.selectFrom("users").select(["id", "name"]).where("id", "in", mentioned).execute()).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    createdAt: r.created_at,
    author: r.authorId === null || r.authorName === null ? null : { id: r.authorId, name: r.authorName },
    // An account removed since is left out rather than shown by a bare id.
    mentions: (JSON.parse(r.mentions) as number[]).flatMap((id) => {
      const name = names.get(id);
      return name === undefined ? [] : [{ id, name }];
    }),
  }));
}
