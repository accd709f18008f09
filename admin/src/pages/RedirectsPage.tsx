// Redirects (editors): old addresses of an imported site that answer 301, with where each leads
// now. Editors find one by its old address and delete those that should answer 404 instead.
import { type FormEvent, useState } from "react";
import { redirectsApi } from "../api/endpoints.ts";
import type { Redirect } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { Link } from "../lib/router.tsx";
import { useAsync } from "../lib/useAsync.ts";

/**
 * Stored addresses are escaped; a Bangla path reads better as its letters. Segment by segment, so
 * an escaped slash inside a segment stays visibly escaped.
 */
function readable(address: string): string {
  const q = address.indexOf("?");
  const path = q === -1 ? address : address.slice(0, q);
  try {
    const shown = path
      .split("/")
      .map((segment) => decodeURIComponent(segment).replaceAll("/", "%2F"))
      .join("/");
    return q === -1 ? shown : shown + address.slice(q);
  } catch {
    return address;
  }
}

export function RedirectsPage() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const list = useAsync((signal) => redirectsApi.list({ q }, signal), [q]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setQ(typed.trim());
  }

  async function loadMore(cursor: string) {
    setMore(true);
    setError(null);
    try {
      const next = await redirectsApi.list({ q, cursor });
      list.setData((prev) => ({ items: [...prev.items, ...next.items], nextCursor: next.nextCursor }));
    } catch (err) {
      setError(err);
    } finally {
      setMore(false);
    }
  }

  async function remove(r: Redirect) {
    const from = readable(r.from);
    if (!window.confirm(t("redirects.deleteConfirm", { from }))) return;
    setError(null);
    try {
      await redirectsApi.remove(r.id);
      list.setData((prev) => ({ ...prev, items: prev.items.filter((x) => x.id !== r.id) }));
      announce(t("redirects.deleted", { from }));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <PageHeading title={t("redirects.title")} />
      <p className="help">{t("redirects.help")}</p>
      <search>
        <form className="filters" onSubmit={onSearch}>
          <TextField label={t("redirects.search")} value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="button">
            {t("redirects.searchButton")}
          </button>
        </form>
      </search>
      <ErrorMessage error={error} />
      {list.status === "loading" && <p role="status">{t("app.loading")}</p>}
      {list.status === "error" && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.status === "ok" && list.data.items.length === 0 && <p>{t("redirects.none")}</p>}
      {list.status === "ok" && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("redirects.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("redirects.col.from")}</th>
                <th scope="col">{t("redirects.col.target")}</th>
                <th scope="col">{t("redirects.col.source")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("redirects.col.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <code>{readable(r.from)}</code>
                  </td>
                  <td>
                    <Target target={r.target} />
                  </td>
                  <td>{r.source}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={t("redirects.deleteLabel", { from: readable(r.from) })}
                      onClick={() => void remove(r)}
                    >
                      {t("redirects.delete")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.status === "ok" && list.data.nextCursor && (
        <button
          type="button"
          className="button"
          disabled={more}
          onClick={() => void loadMore(list.data.nextCursor ?? "")}
        >
          {more ? t("app.loading") : t("app.loadMore")}
        </button>
      )}
    </>
  );
}

function Target({ target }: { target: Redirect["target"] }) {
  const { t } = useI18n();
  if (target.kind === "path") return <code>{readable(target.path)}</code>;
  return (
    <>
      <Link to={`/stories/${target.articleId}`} lang={contentLang(target.edition)}>
        {target.headline}
      </Link>
      <br />
      <span className="small muted">
        {target.path === null ? t("redirects.hidden") : <code>{readable(target.path)}</code>}
      </span>
    </>
  );
}
