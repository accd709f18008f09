// The edition's breaking-news banner, set and cleared beside its front page: the text readers see
// above every page, the story or live blog it leads to, and when it comes down by itself.
import { useEffect, useState } from "react";
import { breakingApi } from "../api/endpoints.ts";
import type { BreakingBanner, EditionCode } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextField } from "../components/Field.tsx";
import { ZonedDateTimeInput } from "../components/ZonedDateTimeInput.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang } from "../lib/editions.ts";

export function BreakingPanel({ edition }: { edition: EditionCode }) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [current, setCurrent] = useState<BreakingBanner | null>(null);
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [endsAt, setEndsAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    breakingApi.get(edition).then(
      (banner) => live && setCurrent(banner),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [edition]);

  async function act(
    work: () => Promise<BreakingBanner | null>,
    done: (banner: BreakingBanner | null) => string,
  ) {
    setBusy(true);
    setError(null);
    try {
      const banner = await work();
      setCurrent(banner);
      announce(done(banner));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  function set() {
    if (!endsAt) return setError(new Error(t("breaking.endMissing")));
    void act(
      () => breakingApi.set(edition, { text, url, endsAt }),
      () => t("breaking.done.set"),
    );
  }

  return (
    <section aria-labelledby="breaking-heading" className="breaking-panel">
      <h2 id="breaking-heading">{t("breaking.title")}</h2>
      <p role="status" className="breaking-current">
        {current ? (
          <>
            <span lang={contentLang(edition)}>{current.text}</span> ({current.url}){" "}
            {t("breaking.until", { time: formatDateTime(current.endsAt) })}
          </>
        ) : (
          t("breaking.none")
        )}
      </p>
      <TextField
        label={t("breaking.text")}
        help={t("breaking.textHelp")}
        lang={contentLang(edition)}
        maxLength={400}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <TextField
        label={t("breaking.url")}
        help={t("breaking.urlHelp")}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />
      <ZonedDateTimeInput label={t("breaking.endsAt")} value={endsAt} onChange={setEndsAt} />
      <ErrorMessage error={error} />
      <div className="inline-form">
        <button type="button" className="button button-primary" disabled={busy} onClick={set}>
          {t("breaking.set")}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !current}
          onClick={() =>
            void act(
              () => breakingApi.clear(edition).then(() => null),
              () => t("breaking.done.cleared"),
            )
          }
        >
          {t("breaking.clear")}
        </button>
      </div>
    </section>
  );
}
