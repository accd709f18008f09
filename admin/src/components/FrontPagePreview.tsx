// The public front page as the arrangement on screen would make it, before it is saved. The server
// renders the real page (POST /front-pages/{edition}/preview, which writes nothing), and it is shown
// in a sandboxed frame: no script of it runs, and it cannot reach the newsroom's page or session.
import { useEffect, useState } from "react";
import { frontPagesApi } from "../api/endpoints.ts";
import type { EditionCode, FrontPage } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { ErrorMessage } from "./ErrorMessage.tsx";

/** Moves and picks come in bursts (a drag, several clicks): one render for the arrangement they end on. */
const SETTLE_MS = 400;

type Width = "phone" | "desktop";
const WIDTHS: Width[] = ["phone", "desktop"];

export function FrontPagePreview({ edition, lead, slots }: { edition: EditionCode } & FrontPage) {
  const { t } = useI18n();
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [width, setWidth] = useState<Width>("desktop");

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const page = await frontPagesApi.preview(edition, { lead, slots });
        if (!live) return;
        setHtml(page);
        setError(null);
      } catch (err) {
        // An answer for an arrangement already changed again is of no use, nor is its error.
        if (live) setError(err);
      }
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [edition, lead, slots]);

  return (
    <section aria-labelledby="front-preview-heading" className="front-preview">
      <div className="front-preview-bar">
        <h2 id="front-preview-heading">{t("front.preview")}</h2>
        <fieldset className="front-preview-widths">
          <legend className="visually-hidden">{t("front.previewWidth")}</legend>
          {WIDTHS.map((w) => (
            <button
              key={w}
              type="button"
              className="button button-quiet"
              aria-pressed={width === w}
              onClick={() => setWidth(w)}
            >
              {t(w === "phone" ? "front.phone" : "front.desktop")}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="help">{t("front.previewHelp")}</p>
      <ErrorMessage error={error} />
      {html === null ? (
        <p role="status">{t("front.previewLoading")}</p>
      ) : (
        <iframe
          title={t("front.previewFrame")}
          sandbox=""
          srcDoc={html}
          className={`front-preview-frame front-preview-${width}`}
        />
      )}
    </section>
  );
}
