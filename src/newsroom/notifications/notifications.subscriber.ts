import type { Transaction } from "kysely";
import type { User } from "../../accounts/user.ts";
import type { ArticleStatus } from "../../content/article.kinds.ts";
import { ARTICLE_RULES } from "../../content/article-permissions.ts";
import type { Database } from "../../db/database.ts";
import type { DomainEvent, StoryChange, StoryNote } from "../../events/domain-events.ts";
import type { Subscriber } from "../../events/write-path.ts";
import type { NewsroomFeed } from "../live/newsroom-feed.ts";
import type { NotificationKind } from "./notifications.tables.ts";

type T = Transaction<Database>;

interface Notice {
  kind: NotificationKind;
  articleId: number;
  actorId: number | null;
  noteId: number | null;
  recipients: number[];
}

/**
 * Tells people of what happened to stories that concern them: a submission (the desk), a return
 * (the writer and the bylines linked to accounts), a publication (the writer) and a note naming
 * them. Runs after the write commits, once per event; nobody is told of their own doing.
 */
export function notificationsSubscriber(feed: NewsroomFeed): Subscriber {
  return {
    name: "notifications",
    events: ["story.changed", "story.noted"],
    afterCommit: async (trx, event, now) => {
      const notice = await noticeOf(trx, event);
      // A story deleted since the event has nothing left to point to.
      if (!notice || !(await storyExists(trx, notice.articleId))) return;
      const recipients = [...new Set(notice.recipients)].filter((id) => id !== notice.actorId);
      if (!recipients.length) return;
      await trx
        .insertInto("notifications")
        .values(
          recipients.map((userId) => ({
            user_id: userId,
            kind: notice.kind,
            article_id: notice.articleId,
            note_id: notice.noteId,
            actor_id: notice.actorId,
            created_at: now.toISOString(),
            read_at: null,
          })),
        )
        .execute();
      for (const userId of recipients) await feed.tell(trx, { kind: "notification", userId });
    },
  };
}

async function noticeOf(trx: T, event: DomainEvent): Promise<Notice | undefined> {
  if (event.type === "story.noted") return mentionNotice(event.note);
  if (event.type === "story.changed") return moveNotice(trx, event.story);
  return undefined;
}

function mentionNotice(note: StoryNote): Notice {
  return {
    kind: "mentioned",
    articleId: note.articleId,
    actorId: note.authorId,
    noteId: note.id,
    recipients: note.mentions,
  };
}

async function moveNotice(trx: T, story: StoryChange): Promise<Notice | undefined> {
  const base = { articleId: story.id, actorId: story.byUserId, noteId: null };
  const owner = story.ownerId === null ? [] : [story.ownerId];
  switch (story.move) {
    case "submit":
      return { ...base, kind: "submitted", recipients: await deskIds(trx) };
    case "return":
      return { ...base, kind: "returned", recipients: [...owner, ...(await bylineReaders(trx, story))] };
    case "publish":
      return { ...base, kind: "published", recipients: owner };
    default:
      return undefined;
  }
}

/** Who reviews submissions: editors and admins. */
async function deskIds(trx: T): Promise<number[]> {
  const rows = await trx.selectFrom("users").select("id").where("role", "in", ["editor", "admin"]).execute();
  return rows.map((r) => r.id);
}

/** The accounts linked to the story's bylines that may open it (a notice never names a story to someone who cannot). */
async function bylineReaders(trx: T, story: StoryChange): Promise<number[]> {
  const users: User[] = await trx
    .selectFrom("article_authors as aa")
    .innerJoin("authors as au", "au.id", "aa.author_id")
    .innerJoin("users as u", "u.id", "au.user_id")
    .where("aa.article_id", "=", story.id)
    .select(["u.id", "u.email", "u.name", "u.role"])
    .execute();
  const subject = {
    // A returned story is a draft; `deleted` never reaches here.
    status: story.status as ArticleStatus,
    createdBy: story.ownerId === null ? null : { id: story.ownerId, name: "" },
  };
  return users.filter((user) => ARTICLE_RULES.read(user, subject)).map((user) => user.id);
}

async function storyExists(trx: T, articleId: number): Promise<boolean> {
  const row = await trx.selectFrom("articles").select("id").where("id", "=", articleId).executeTakeFirst();
  return row !== undefined;
}
