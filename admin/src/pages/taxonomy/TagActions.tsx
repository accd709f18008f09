// Changing one tag: rename it (its address moves only if the slug is changed), merge it into
// another (its stories take that tag) or delete it (its stories lose it). Each asks in a dialog.
import { type FormEvent, useState } from "react";
import { taxonomyApi } from "../../api/endpoints.ts";
import type { EditionCode, Tag } from "../../api/types.ts";
import { useAnnounce } from "../../components/Announcer.tsx";
import { Dialog } from "../../components/Dialog.tsx";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { SelectField, TextField } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { contentLang } from "../../lib/editions.ts";
import { forgetTaxonomy } from "../../lib/taxonomy.ts";
import { useSubmit } from "../../lib/useSubmit.ts";

export type TagAction = "rename" | "merge" | "delete";

interface TagActionsProps {
  edition: EditionCode;
  tag: Tag;
  action: TagAction;
  /** Every tag of the edition: what it can be merged into. */
  tags: Tag[];
  onClose: () => void;
  onDone: () => void;
}

export function TagActionDialog({ edition, tag, action, tags, onClose, onDone }: TagActionsProps) {
  const { t, plural } = useI18n();
  const announce = useAnnounce();
  const submit = useSubmit();
  const lang = contentLang(edition);
  const [name, setName] = useState(tag.name);
  const [slug, setSlug] = useState(tag.slug);
  const others = tags.filter((x) => x.slug !== tag.slug);
  const [into, setInto] = useState(others[0]?.slug ?? "");

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submit.busy) return;
    void submit.run(async () => {
      let done: string;
      if (action === "rename") {
        const renamed = await taxonomyApi.renameTag(edition, tag.slug, {
          name: name.trim(),
          ...(slug.trim() !== tag.slug ? { slug: slug.trim() } : {}),
        });
        done = t("tags.renamed", { from: tag.name, name: renamed.name });
      } else if (action === "merge") {
        const merged = await taxonomyApi.mergeTag(edition, tag.slug, into);
        done = plural("tags.merged", merged.moved, { from: tag.name, name: merged.name });
      } else {
        await taxonomyApi.deleteTag(edition, tag.slug);
        done = t("tags.deleted", { name: tag.name });
      }
      forgetTaxonomy();
      announce(done);
      onDone();
    });
  }

  const title =
    action === "rename"
      ? t("tags.renameTitle", { name: tag.name })
      : action === "merge"
        ? t("tags.mergeTitle", { name: tag.name })
        : t("tags.deleteTitle", { name: tag.name });

  return (
    <Dialog open title={title} onClose={onClose}>
      <form onSubmit={onSubmit} className="stack">
        <ErrorMessage error={submit.error} />
        {action === "rename" && (
          <>
            <TextField
              label={t("taxonomy.name")}
              required
              lang={lang}
              maxLength={200}
              autoComplete="off"
              value={name}
              error={submit.at("name")}
              onChange={(e) => setName(e.target.value)}
            />
            <TextField
              label={t("taxonomy.slug")}
              help={t("tags.renameSlugHelp")}
              required
              lang={lang}
              maxLength={120}
              autoComplete="off"
              spellCheck={false}
              value={slug}
              error={submit.at("slug")}
              onChange={(e) => setSlug(e.target.value)}
            />
          </>
        )}
        {action === "merge" &&
          (others.length === 0 ? (
            <p>{t("tags.mergeNone")}</p>
          ) : (
            <>
              <SelectField
                label={t("tags.mergeInto")}
                value={into}
                lang={lang}
                onChange={(e) => setInto(e.target.value)}
              >
                {others.map((x) => (
                  <option key={x.slug} value={x.slug}>
                    {x.name}
                  </option>
                ))}
              </SelectField>
              <p>{plural("tags.mergeExplain", tag.stories ?? 0, { name: tag.name })}</p>
            </>
          ))}
        {action === "delete" && <p>{plural("tags.deleteExplain", tag.stories ?? 0, { name: tag.name })}</p>}
        <div className="button-row">
          <button
            type="submit"
            className={action === "delete" ? "button button-danger" : "button button-primary"}
            aria-disabled={submit.busy || (action === "merge" && others.length === 0) || undefined}
            disabled={action === "merge" && others.length === 0}
          >
            {action === "rename"
              ? t("tags.renameButton")
              : action === "merge"
                ? t("tags.mergeButton")
                : t("tags.deleteButton")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("app.cancel")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
