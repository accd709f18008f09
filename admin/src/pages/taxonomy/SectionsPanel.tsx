// Sections: the list in navigation order with both editions' names, an edit dialog per row and
// an "add" form. GET /sections answers one edition at a time, so both are fetched and merged.
import { useState } from "react";
import { taxonomyApi } from "../../api/endpoints.ts";
import type { EditionCode, SectionLocalization } from "../../api/types.ts";
import { useAnnounce } from "../../components/Announcer.tsx";
import { Dialog } from "../../components/Dialog.tsx";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { EDITIONS, editionName } from "../../lib/editions.ts";
import { forgetTaxonomy } from "../../lib/taxonomy.ts";
import { useAsync } from "../../lib/useAsync.ts";
import { SectionForm, type SectionRow } from "./SectionForm.tsx";

async function loadSections(): Promise<SectionRow[]> {
  const lists = await Promise.all(
    EDITIONS.map((e) => taxonomyApi.sections(e).then((r) => ({ e, items: r.items }))),
  );
  // Map keeps insertion order: the first edition's navigation order, then sections only the other has.
  const rows = new Map<string, SectionRow>();
  for (const { e, items } of lists) {
    for (const s of items) {
      const row = rows.get(s.key) ?? { key: s.key, loc: {} };
      row.loc[e] = { edition: e, slug: s.slug, name: s.name };
      rows.set(s.key, row);
    }
  }
  return [...rows.values()];
}

function sectionName(row: SectionRow, lang: EditionCode): string {
  return row.loc[lang]?.name ?? Object.values(row.loc)[0]?.name ?? row.key;
}

export function SectionsPanel() {
  const { t, lang } = useI18n();
  const announce = useAnnounce();
  const sections = useAsync(loadSections, []);
  const [editing, setEditing] = useState<SectionRow | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  function changed(message: string) {
    forgetTaxonomy();
    // Refresh in place rather than reload(): unmounting the table would lose the Edit button
    // the dialog hands focus back to.
    loadSections().then(
      (rows) => sections.setData(() => rows),
      () => sections.reload(),
    );
    announce(message);
  }

  return (
    <>
      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t("sections.list")}</h2>
        {sections.status === "loading" && <p role="status">{t("app.loading")}</p>}
        {sections.status === "error" && <ErrorMessage error={sections.error} onRetry={sections.reload} />}
        {sections.status === "ok" && sections.data.length === 0 && <p>{t("sections.empty")}</p>}
        {sections.status === "ok" && sections.data.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("sections.col.order")}</th>
                  <th scope="col">{t("sections.col.key")}</th>
                  {EDITIONS.map((e) => (
                    <th scope="col" key={e}>
                      {editionName(e, t)}
                    </th>
                  ))}
                  <th scope="col">{t("taxonomy.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {sections.data.map((row, index) => (
                  <tr key={row.key}>
                    <td>{index + 1}</td>
                    <th scope="row">
                      <code>{row.key}</code>
                    </th>
                    {EDITIONS.map((e) => (
                      <td key={e}>
                        <Localized loc={row.loc[e]} />
                      </td>
                    ))}
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        aria-haspopup="dialog"
                        onClick={() => setEditing(row)}
                      >
                        {t("app.edit")}
                        <span className="visually-hidden"> {sectionName(row, lang)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <Dialog
        open={editing !== null}
        title={editing ? t("sections.editTitle", { name: sectionName(editing, lang) }) : ""}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <SectionForm
            existing={editing}
            onDone={(name) => {
              setEditing(null);
              changed(t("sections.saved", { name }));
            }}
          />
        )}
      </Dialog>

      <section aria-labelledby="add-section-heading" className="card">
        <h2 id="add-section-heading">{t("sections.add")}</h2>
        {added && <p className="alert alert-success">{added}</p>}
        {/* Rendered once the list is in, so the suggested position comes after the last section. */}
        {sections.status === "ok" && (
          <SectionForm
            suggestedPosition={sections.data.length + 1}
            onDone={(name) => {
              const text = t("sections.added", { name });
              setAdded(text);
              changed(text);
            }}
          />
        )}
      </section>
    </>
  );
}

function Localized({ loc }: { loc: SectionLocalization | undefined }) {
  const { t } = useI18n();
  if (!loc) return <span className="muted">{t("taxonomy.notInEdition")}</span>;
  return (
    <span lang={loc.edition}>
      {loc.name}
      <br />
      <span className="muted small">/{loc.slug}</span>
    </span>
  );
}
