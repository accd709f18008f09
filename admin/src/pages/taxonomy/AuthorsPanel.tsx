// Authors (bylines): portrait, names in both editions and kind, with add and edit dialogs.
import { useState } from "react";
import { taxonomyApi } from "../../api/endpoints.ts";
import type { Author, EditionCode } from "../../api/types.ts";
import { useAnnounce } from "../../components/Announcer.tsx";
import { Dialog } from "../../components/Dialog.tsx";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useMedia } from "../../editor/PhotoPicker.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { contentLang, EDITIONS, editionName } from "../../lib/editions.ts";
import { forgetTaxonomy } from "../../lib/taxonomy.ts";
import { useAsync } from "../../lib/useAsync.ts";
import { AuthorForm } from "./AuthorForm.tsx";

function authorName(author: Pick<Author, "name" | "slug">, lang: EditionCode): string {
  return author.name[lang] || Object.values(author.name).find(Boolean) || author.slug;
}

export function AuthorsPanel() {
  const { t, lang } = useI18n();
  const announce = useAnnounce();
  const authors = useAsync(() => taxonomyApi.authors().then((r) => r.items), []);
  // null: closed; "new": adding; an author: editing that one.
  const [dialog, setDialog] = useState<Author | "new" | null>(null);

  function done(message: string) {
    setDialog(null);
    forgetTaxonomy();
    // In place, so the Edit button the dialog returns focus to is still there.
    taxonomyApi.authors().then(
      (r) => authors.setData(() => r.items),
      () => authors.reload(),
    );
    announce(message);
  }

  const editing = dialog !== null && dialog !== "new" ? dialog : undefined;
  return (
    <section aria-labelledby="authors-heading">
      <div className="page-heading">
        <h2 id="authors-heading">{t("authors.list")}</h2>
        <button
          type="button"
          className="button button-primary"
          aria-haspopup="dialog"
          onClick={() => setDialog("new")}
        >
          {t("authors.addButton")}
        </button>
      </div>
      {authors.status === "loading" && <p role="status">{t("app.loading")}</p>}
      {authors.status === "error" && <ErrorMessage error={authors.error} onRetry={authors.reload} />}
      {authors.status === "ok" && authors.data.length === 0 && <p>{t("authors.empty")}</p>}
      {authors.status === "ok" && authors.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("authors.col.portrait")}</th>
                {EDITIONS.map((e) => (
                  <th scope="col" key={e}>
                    {t("authors.name")} ({editionName(e, t)})
                  </th>
                ))}
                <th scope="col">{t("authors.col.kind")}</th>
                <th scope="col">{t("taxonomy.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {authors.data.map((a) => (
                <tr key={a.slug}>
                  <td>
                    <Portrait id={a.photoMediaId} name={authorName(a, lang)} />
                  </td>
                  {EDITIONS.map((e, i) => {
                    const content = a.name[e] ? (
                      <span lang={contentLang(e)}>{a.name[e]}</span>
                    ) : (
                      <span className="muted">{t("taxonomy.notInEdition")}</span>
                    );
                    // The first name column heads the row for screen readers.
                    return i === 0 ? (
                      <th scope="row" key={e}>
                        {content}
                      </th>
                    ) : (
                      <td key={e}>{content}</td>
                    );
                  })}
                  <td>{t(`authors.kind.${a.kind}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-haspopup="dialog"
                      onClick={() => setDialog(a)}
                    >
                      {t("app.edit")}
                      <span className="visually-hidden"> {authorName(a, lang)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        open={dialog !== null}
        title={editing ? t("authors.editTitle", { name: authorName(editing, lang) }) : t("authors.add")}
        onClose={() => setDialog(null)}
        wide
      >
        {dialog !== null && (
          <AuthorForm
            existing={editing}
            onDone={(name) => done(t(editing ? "authors.saved" : "authors.added", { name }))}
          />
        )}
      </Dialog>
    </section>
  );
}

function Portrait({ id, name }: { id: number | null; name: string }) {
  const { t } = useI18n();
  const media = useMedia(id);
  if (id === null) return <span className="muted">{t("app.none")}</span>;
  if (!media) return <span className="muted">{t("editor.photoNumber", { id })}</span>;
  return <img className="portrait-thumb" src={media.thumbnailUrl} alt={t("authors.portraitOf", { name })} />;
}
