// Tags of one edition (tags are per edition: a Bangla tag is not a translation of an English one)
// with how many stories carry each, their rename/merge/delete, and a form to add one.
import { type FormEvent, useState } from "react";
import { taxonomyApi } from "../../api/endpoints.ts";
import type { EditionCode, Tag } from "../../api/types.ts";
import { useAnnounce } from "../../components/Announcer.tsx";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { SelectField, TextField } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { contentLang, defaultEdition, EDITIONS, editionName } from "../../lib/editions.ts";
import { slugFromName } from "../../lib/suggest-slug.ts";
import { forgetTaxonomy } from "../../lib/taxonomy.ts";
import { useAsync } from "../../lib/useAsync.ts";
import { useSubmit } from "../../lib/useSubmit.ts";
import { type TagAction, TagActionDialog } from "./TagActions.tsx";

export function TagsPanel() {
  const { t, lang, formatNumber } = useI18n();
  const [edition, setEdition] = useState<EditionCode>(lang);
  const [changing, setChanging] = useState<{ tag: Tag; action: TagAction } | null>(null);
  const tags = useAsync(() => taxonomyApi.tags(edition).then((r) => r.items), [edition]);
  const label = editionName(edition, t);

  return (
    <>
      <SelectField
        label={t("tags.edition")}
        value={edition}
        onChange={(e) => setEdition(EDITIONS.find((x) => x === e.target.value) ?? defaultEdition())}
      >
        {EDITIONS.map((e) => (
          <option key={e} value={e}>
            {editionName(e, t)}
          </option>
        ))}
      </SelectField>
      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">{t("tags.list", { edition: label })}</h2>
        {tags.status === "loading" && <p role="status">{t("app.loading")}</p>}
        {tags.status === "error" && <ErrorMessage error={tags.error} onRetry={tags.reload} />}
        {tags.status === "ok" && tags.data.length === 0 && <p>{t("tags.empty")}</p>}
        {tags.status === "ok" && tags.data.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("taxonomy.name")}</th>
                  <th scope="col">{t("taxonomy.slug")}</th>
                  <th scope="col">{t("tags.stories")}</th>
                  <th scope="col">{t("tags.actions")}</th>
                </tr>
              </thead>
              <tbody lang={contentLang(edition)}>
                {tags.data.map((tag) => (
                  <tr key={tag.slug}>
                    <th scope="row">{tag.name}</th>
                    <td>{tag.slug}</td>
                    <td>{formatNumber(tag.stories ?? 0)}</td>
                    <td>
                      <div className="button-row">
                        {(["rename", "merge", "delete"] as const).map((action) => (
                          <button
                            key={action}
                            type="button"
                            className="button button-small"
                            aria-haspopup="dialog"
                            onClick={() => setChanging({ tag, action })}
                          >
                            {t(`tags.${action}`, { name: tag.name })}
                          </button>
                        ))}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {changing && tags.status === "ok" && (
        <TagActionDialog
          edition={edition}
          tag={changing.tag}
          action={changing.action}
          tags={tags.data}
          onClose={() => setChanging(null)}
          onDone={() => {
            setChanging(null);
            tags.reload();
          }}
        />
      )}
      <AddTag
        // A fresh form per edition, so a half-typed Bangla tag is not added to English.
        key={edition}
        edition={edition}
        onAdded={(tag) =>
          tags.setData((prev) =>
            [...prev, { ...tag, stories: 0 }].sort((a, b) => a.name.localeCompare(b.name, edition)),
          )
        }
      />
    </>
  );
}

function AddTag({
  edition,
  onAdded,
}: {
  edition: EditionCode;
  onAdded: (tag: { slug: string; name: string }) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const submit = useSubmit();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [added, setAdded] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The button stays focusable while busy (aria-disabled), so repeat presses are ignored here.
    if (submit.busy) return;
    setAdded(null);
    void submit.run(async () => {
      const tag = await taxonomyApi.createTag({ edition, name: name.trim(), slug: slug.trim() || undefined });
      forgetTaxonomy();
      onAdded(tag);
      setName("");
      setSlug("");
      const text = t("tags.added", { name: tag.name });
      setAdded(text);
      announce(text);
    });
  }

  return (
    <section aria-labelledby="add-tag-heading" className="card">
      <h2 id="add-tag-heading">{t("tags.add", { edition: editionName(edition, t) })}</h2>
      <ErrorMessage error={submit.error} />
      {added && <p className="alert alert-success">{added}</p>}
      <form onSubmit={onSubmit} className="stack narrow">
        <TextField
          label={t("taxonomy.name")}
          required
          lang={contentLang(edition)}
          maxLength={200}
          autoComplete="off"
          value={name}
          error={submit.at("name")}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t("taxonomy.slug")}
          help={`${t("tags.slugHelp")} ${t("taxonomy.slugHelp")}`}
          lang={contentLang(edition)}
          maxLength={120}
          autoComplete="off"
          spellCheck={false}
          value={slug}
          // What the server makes from the name when the field is left empty.
          placeholder={slugFromName(name)}
          error={submit.at("slug")}
          onChange={(e) => setSlug(e.target.value)}
        />
        <div>
          <button type="submit" className="button button-primary" aria-disabled={submit.busy || undefined}>
            {t("tags.addButton")}
          </button>
        </div>
      </form>
    </section>
  );
}
