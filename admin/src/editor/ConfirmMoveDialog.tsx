// The safety net before readers see a change: publishing, scheduling and updating a live story
// show the pre-publish checklist (checklist.ts) and ask to confirm; taking a story down asks too.
// Missing items warn; only what the server would refuse anyway holds the button back.
import type { Article, ArticleFields } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { type Check, HEADLINE_LENGTH, prePublishChecklist } from "./checklist.ts";
import { useMedia } from "./PhotoPicker.tsx";

export type ConfirmedMove = "publish" | "schedule" | "update" | "unpublish";

const TEXTS: Record<ConfirmedMove, { title: MessageKey; intro: MessageKey; confirm: MessageKey }> = {
  publish: { title: "confirm.publish.title", intro: "confirm.publish.intro", confirm: "workflow.publish" },
  schedule: {
    title: "confirm.schedule.title",
    intro: "confirm.schedule.intro",
    confirm: "workflow.schedule",
  },
  update: { title: "confirm.update.title", intro: "confirm.update.intro", confirm: "editor.updateLive" },
  unpublish: {
    title: "confirm.unpublish.title",
    intro: "confirm.unpublish.intro",
    confirm: "workflow.unpublish",
  },
};

/** The checklist for what is on screen: the editor's fields (saved before the move) and the lead photo's texts. */
export function useChecklist(server: Article, draft: ArticleFields): Check[] {
  const photo = useMedia(draft.leadMediaId);
  // The SEO description is edited with the other fields once the editor has it; until then, the stored one.
  const seo = "seoDescription" in draft ? draft.seoDescription : server.seoDescription;
  return prePublishChecklist({
    ...draft,
    seoDescription: typeof seo === "string" ? seo : null,
    leadPhoto: photo && draft.leadMediaId === photo.id ? photo : null,
  });
}

interface ConfirmMoveDialogProps {
  move: ConfirmedMove | null;
  checks: Check[];
  /** For scheduling: the time it goes live, as shown to the user. */
  when?: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmMoveDialog({ move, checks, when, busy, onConfirm, onClose }: ConfirmMoveDialogProps) {
  const { t } = useI18n();
  const texts = move ? TEXTS[move] : null;
  const checked = move !== null && move !== "unpublish";
  const blocked = checked && checks.some((c) => c.blocking && !c.met);
  const unmet = checks.filter((c) => !c.met).length;
  return (
    <Dialog open={texts !== null} title={texts ? t(texts.title) : ""} onClose={onClose}>
      {texts && (
        <div className="stack">
          <p>{t(texts.intro, { date: when ?? "" })}</p>
          {checked && (
            <>
              <h3>{t("checklist.heading")}</h3>
              <ul className="checklist">
                {checks.map((check) => (
                  <ChecklistItem key={check.id} check={check} />
                ))}
              </ul>
              {blocked ? (
                <p className="alert alert-error">{t("checklist.blocked")}</p>
              ) : (
                <p className={unmet ? "alert alert-info" : "help"}>
                  {unmet ? t("checklist.goAhead") : t("checklist.allMet")}
                </p>
              )}
            </>
          )}
          <div className="button-row">
            <button
              type="button"
              className={move === "unpublish" ? "button button-danger" : "button button-primary"}
              disabled={busy || blocked}
              onClick={onConfirm}
            >
              {t(texts.confirm)}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t("app.cancel")}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function ChecklistItem({ check }: { check: Check }) {
  const { t } = useI18n();
  const state = check.met ? "met" : check.blocking ? "blocking" : "unmet";
  let text: string;
  switch (check.id) {
    case "headline":
      text = t("checklist.headline", {
        count: check.length,
        min: HEADLINE_LENGTH.min,
        max: HEADLINE_LENGTH.max,
      });
      break;
    case "leadPhoto":
      text = !check.chosen
        ? t("checklist.leadPhotoNone")
        : check.missing.length
          ? t("checklist.leadPhotoMissing", {
              missing: check.missing.map((f) => t(`checklist.photo.${f}`)).join(", "),
            })
          : t("checklist.leadPhoto");
      break;
    default:
      text = t(`checklist.${check.id}`);
  }
  // The state is a word before the item, not only a colour or an icon.
  return (
    <li className={`check check-${state}`}>
      <span className="check-state">{t(`checklist.state.${state}`)}</span> {text}
    </li>
  );
}
