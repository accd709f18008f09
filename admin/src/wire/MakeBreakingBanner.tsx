// "Make this the breaking banner", for editors on a flash or urgent item (urgency 1–2): the
// banner's text starts as the item's headline, its link as the story adopted from the item in
// that edition (else a published story or live blog of the edition, picked here), and it comes
// down two hours from now unless the editor says otherwise; it is set through the banner's own API.
import { type FormEvent, useState } from "react";
import { articlesApi, breakingApi } from "../api/endpoints.ts";
import { liveBlogsApi } from "../api/liveWire.ts";
import type { EditionCode, WireItemDetail } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField, TextField } from "../components/Field.tsx";
import { EditionOptions } from "../components/Options.tsx";
import { ZonedDateTimeInput } from "../components/ZonedDateTimeInput.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";
import { cutGraphemes } from "../lib/graphemes.ts";
import { atLeast, useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";
import { usableNow } from "./PostToLiveBlog.tsx";

/** The banner API's limit on its text. */
const TEXT_GRAPHEMES = 200;
const DEFAULT_HOURS = 2;

interface Target {
  url: string;
  headline: string;
  group: "adopted" | "live" | "story";
}

/** Where the banner may lead in an edition: the adopted story, open live blogs, published stories. */
async function targetsIn(item: WireItemDetail, edition: EditionCode, query: string, signal: AbortSignal) {
  const adopted = item.adoptions.find((a) => a.edition === edition);
  const [story, blogs, stories] = await Promise.all([
    adopted ? articlesApi.get(adopted.articleId, signal) : undefined,
    liveBlogsApi.open(edition, signal),
    articlesApi.list({ edition, status: "published", q: query, limit: 20 }, signal),
  ]);
  const targets: Target[] = [];
  if (story?.url) targets.push({ url: story.url, headline: story.headline, group: "adopted" });
  for (const b of blogs.items) if (b.url) targets.push({ url: b.url, headline: b.headline, group: "live" });
  for (const s of stories.items)
    if (s.url && !targets.some((t) => t.url === s.url))
      targets.push({ url: s.url, headline: s.headline, group: "story" });
  return targets;
}

export function MakeBreakingBanner({ item }: { item: WireItemDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const urgent = item.urgency !== null && item.urgency <= 2;
  if (!atLeast(user.role, "editor") || !urgent || !usableNow(item)) return null;
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t("wireBanner.open")}
      </button>
    );
  return <BannerForm item={item} onClose={() => setOpen(false)} />;
}

function BannerForm({ item, onClose }: { item: WireItemDetail; onClose: () => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [edition, setEdition] = useState<EditionCode>(item.edition);
  const [text, setText] = useState(() => cutGraphemes(item.headline, TEXT_GRAPHEMES));
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<string | null>(null);
  const [endsAt, setEndsAt] = useState<string | null>(() =>
    new Date(Date.now() + DEFAULT_HOURS * 3600_000).toISOString(),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const targets = useAsync((signal) => targetsIn(item, edition, query, signal), [item, edition, query]);
  const options = targets.data ?? [];
  // The adopted story leads until the editor picks another.
  const url = picked ?? options[0]?.url ?? "";

  async function set(event: FormEvent) {
    event.preventDefault();
    if (!endsAt) return setError(new Error(t("breaking.endMissing")));
    setBusy(true);
    setError(null);
    try {
      await breakingApi.set(edition, { text, url, endsAt });
      setDone(true);
      announce(t("breaking.done.set"));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (done)
    return (
      <p role="status" className="wire-banner">
        {t("breaking.done.set")}{" "}
        <button type="button" className="button" onClick={onClose}>
          {t("app.close")}
        </button>
      </p>
    );
  const group = (g: Target["group"]) =>
    options
      .filter((o) => o.group === g)
      .map((o) => (
        <option key={o.url} value={o.url} lang={contentLang(edition)}>
          {o.headline}
        </option>
      ));
  return (
    <form className="wire-banner" onSubmit={set} aria-label={t("wireBanner.title")}>
      <h3>{t("wireBanner.title")}</h3>
      <TextField
        label={t("breaking.text")}
        help={t("breaking.textHelp")}
        lang={contentLang(edition)}
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <SelectField
        label={t("wire.edition")}
        value={edition}
        onChange={(e) => {
          setEdition(e.target.value);
          setPicked(null);
        }}
      >
        <EditionOptions />
      </SelectField>
      <div className="inline-form">
        <TextField label={t("wireBanner.find")} value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="button" className="button" onClick={() => setQuery(search.trim())}>
          {t("wireBanner.search")}
        </button>
      </div>
      {targets.status === "error" && <ErrorMessage error={targets.error} onRetry={targets.reload} />}
      <SelectField
        label={t("wireBanner.link")}
        help={t("wireBanner.linkHelp")}
        required
        value={url}
        onChange={(e) => setPicked(e.target.value)}
      >
        {options.length === 0 && <option value="">{t("wireBanner.noLink")}</option>}
        {options.some((o) => o.group === "adopted") && (
          <optgroup label={t("wireBanner.adopted")}>{group("adopted")}</optgroup>
        )}
        {options.some((o) => o.group === "live") && (
          <optgroup label={t("wireBanner.liveBlogs")}>{group("live")}</optgroup>
        )}
        {options.some((o) => o.group === "story") && (
          <optgroup label={t("wireBanner.stories")}>{group("story")}</optgroup>
        )}
      </SelectField>
      <ZonedDateTimeInput label={t("breaking.endsAt")} value={endsAt} onChange={setEndsAt} required />
      <ErrorMessage error={error} />
      <div className="inline-form">
        <button type="submit" className="button button-primary" disabled={busy || !url || !text.trim()}>
          {t("breaking.set")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          {t("app.cancel")}
        </button>
      </div>
    </form>
  );
}
