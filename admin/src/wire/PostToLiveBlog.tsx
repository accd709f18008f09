// "Post to the live blog": an agency item's headline and text, with the agency's credit, as an
// entry on one of its edition's live blogs that are still live, chosen from a short list.
import { type FormEvent, useState } from "react";
import { liveBlogsApi, type OpenLiveBlog } from "../api/liveWire.ts";
import type { WireItemDetail } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { Link } from "../lib/router.tsx";
import { atLeast, useUser } from "../lib/session.tsx";

/** Whether the item may go out now: usable, and under no embargo that still holds. */
export function usableNow(item: WireItemDetail, now = Date.now()): boolean {
  if (item.status !== "usable") return false;
  if (!item.embargoed) return true;
  return item.embargoUntil !== null && Date.parse(item.embargoUntil) <= now;
}

export function PostToLiveBlog({ item }: { item: WireItemDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const announce = useAnnounce();
  const [blogs, setBlogs] = useState<OpenLiveBlog[] | null>(null);
  const [chosen, setChosen] = useState("");
  const [posted, setPosted] = useState<OpenLiveBlog | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!atLeast(user.role, "author") || !usableNow(item)) return null;

  async function open() {
    setBusy(true);
    setError(null);
    try {
      const { items } = await liveBlogsApi.open(item.edition);
      setBlogs(items);
      setChosen(items[0] ? String(items[0].id) : "");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function post(event: FormEvent) {
    event.preventDefault();
    const blog = blogs?.find((b) => String(b.id) === chosen);
    if (!blog) return;
    setBusy(true);
    setError(null);
    try {
      await liveBlogsApi.postWireItem(item.id, blog.id);
      setPosted(blog);
      setBlogs(null);
      announce(t("wireLive.posted", { headline: blog.headline }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (blogs === null)
    return (
      <div className="wire-live">
        <ErrorMessage error={error} />
        {posted && (
          <p role="status">
            {t("wireLive.posted", { headline: posted.headline })}{" "}
            <Link to={`/stories/${posted.id}`}>{t("wire.openStory")}</Link>
          </p>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void open()}>
          {t("wireLive.open")}
        </button>
      </div>
    );
  return (
    <form className="wire-live" onSubmit={post} aria-label={t("wireLive.title")}>
      <ErrorMessage error={error} />
      {blogs.length === 0 ? (
        <p className="muted">{t("wireLive.none")}</p>
      ) : (
        <SelectField label={t("wireLive.choose")} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {blogs.map((b) => (
            <option key={b.id} value={b.id} lang={contentLang(b.edition)}>
              {b.headline}
              {b.status === "published" ? "" : ` (${t(`status.${b.status}`)})`}
            </option>
          ))}
        </SelectField>
      )}
      <div className="inline-form">
        <button type="submit" className="button button-primary" disabled={busy || !chosen}>
          {t("wireLive.post")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setBlogs(null)}>
          {t("app.cancel")}
        </button>
      </div>
    </form>
  );
}
