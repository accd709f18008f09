// One agency item beside the list: its text as the agency sent it (read as text, never run as
// markup), what the agency says about it, and, for authors and up, adopting it into its edition
// or starting a translation into another, or posting it to a live blog; for editors, an urgent
// item can become the edition's breaking-news banner.
import { type FormEvent, useState } from "react";
import { wireApi } from "../api/endpoints.ts";
import type { EditionCode, WireItemDetail } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField } from "../components/Field.tsx";
import { EditionOptions, SectionOptions } from "../components/Options.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, editionName, otherEditions } from "../lib/editions.ts";
import { blocksOf } from "../lib/htmlText.ts";
import { Link, navigate } from "../lib/router.tsx";
import { atLeast, useUser } from "../lib/session.tsx";
import { useSections } from "../lib/taxonomy.ts";
import { useAsync } from "../lib/useAsync.ts";
import { MakeBreakingBanner } from "./MakeBreakingBanner.tsx";
import { PostToLiveBlog } from "./PostToLiveBlog.tsx";
import { UrgencyBadge } from "./UrgencyBadge.tsx";

export function WireItemPreview({ id }: { id: number }) {
  const { t, plural, formatDateTime } = useI18n();
  const result = useAsync((signal) => wireApi.item(id, signal), [id]);
  if (result.status === "loading") return <p className="muted">{t("app.loading")}</p>;
  if (result.status === "error") return <ErrorMessage error={result.error} onRetry={result.reload} />;
  const item = result.data;
  const lang = item.language ?? contentLang(item.edition);
  return (
    <article className="wire-preview" aria-labelledby="wire-preview-heading">
      <p className="wire-meta">
        <UrgencyBadge urgency={item.urgency} /> {item.sourceName} · {item.credit} ·{" "}
        <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt)}</time>
        {item.versions > 1 && <> · {plural("wire.versions", item.versions)}</>}
      </p>
      {item.status !== "usable" && <p className="alert alert-error">{t(`wire.status.${item.status}`)}</p>}
      {item.embargoed && (
        <p className="alert alert-info">
          {item.embargoUntil
            ? t("wire.embargoedUntil", { date: formatDateTime(item.embargoUntil) })
            : t("wire.embargoedOpen")}
        </p>
      )}
      <h2 id="wire-preview-heading" lang={lang}>
        {item.headline}
      </h2>
      {item.standfirst && (
        <p className="standfirst" lang={lang}>
          {item.standfirst}
        </p>
      )}
      {(item.byline || item.datelinePlace) && (
        <p className="muted">{[item.byline, item.datelinePlace].filter(Boolean).join(" · ")}</p>
      )}
      <div className="wire-body" lang={lang}>
        {blocksOf(item.bodyHtml).map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are a fixed text, never reordered.
          <p key={i}>{text}</p>
        ))}
      </div>
      {item.subjects.length > 0 && (
        <p className="small">
          {t("wire.subjects")}: {item.subjects.map((s) => s.name).join(", ")}
        </p>
      )}
      {item.adoptions.length > 0 && (
        <ul className="small">
          {item.adoptions.map((a) => (
            <li key={a.articleId}>
              {t(a.kind === "adopt" ? "wire.adoptedBy" : "wire.translatedBy", {
                edition: editionName(a.edition, t),
                name: a.adoptedBy?.name ?? t("app.none"),
              })}{" "}
              <Link to={`/stories/${a.articleId}`}>{t("wire.openStory")}</Link>
            </li>
          ))}
        </ul>
      )}
      {Object.keys(item.extra).length > 0 && (
        <details>
          <summary>{t("wire.extra.title")}</summary>
          <pre className="wire-raw">{JSON.stringify(item.extra, null, 2)}</pre>
        </details>
      )}
      <details>
        <summary>{t("wire.raw.title")}</summary>
        {item.raw.note && <p className="small">{item.raw.note}</p>}
        <pre className="wire-raw">{item.raw.text}</pre>
      </details>
      <MakeStory item={item} />
      <PostToLiveBlog item={item} />
      <MakeBreakingBanner item={item} />
    </article>
  );
}

/** Adopt into the item's edition, or translate into another; each edition once. */
function MakeStory({ item }: { item: WireItemDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const taken = new Set(item.adoptions.map((a) => a.edition));
  const targets = otherEditions(item.edition).filter((e) => !taken.has(e));
  const [edition, setEdition] = useState<EditionCode>(
    taken.has(item.edition) ? (targets[0] ?? "") : item.edition,
  );
  const sections = useSections(edition || null);
  const [section, setSection] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!atLeast(user.role, "author") || item.status !== "usable" || !edition) return null;
  const translating = edition !== item.edition;

  async function make(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const story = translating
        ? await wireApi.translate(item.id, edition, section)
        : await wireApi.adopt(item.id, section);
      navigate(`/stories/${story.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <form className="wire-adopt" onSubmit={make} aria-label={t("wire.makeStory")}>
      <ErrorMessage error={error} />
      <SelectField
        label={t("wire.edition")}
        value={edition}
        onChange={(e) => {
          setEdition(e.target.value);
          setSection("");
        }}
      >
        {!taken.has(item.edition) && <option value={item.edition}>{editionName(item.edition, t)}</option>}
        <EditionOptions editions={targets} />
      </SelectField>
      <SelectField
        label={t("wire.section")}
        value={section}
        required
        onChange={(e) => setSection(e.target.value)}
      >
        <option value="">{t("wire.chooseSection")}</option>
        <SectionOptions sections={sections} />
      </SelectField>
      <button type="submit" className="button button-primary" disabled={busy || !section}>
        {translating ? t("wire.translate") : t("wire.adopt")}
      </button>
    </form>
  );
}
