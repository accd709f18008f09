// Who else has this story open, shown above the editor, and this editor's own presence: a
// heartbeat to the server on opening, every 15 s and when typing starts or stops, and leaving when
// the editor closes. Opening a story someone is typing in asks the writer to acknowledge it before
// they edit. Arrivals and departures are announced politely; typing, which comes and goes with
// every pause, is shown but not announced.
import { useEffect, useRef, useState } from "react";
import { presenceApi } from "../api/presence.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { nameList, usePresenceText } from "../components/PresenceMarker.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useSetStoryPresence, useStoryPresence } from "../lib/presence.tsx";
import { navigate } from "../lib/router.tsx";

/** The server counts a person gone after 45 s without a beat; three beats fit in that. */
const HEARTBEAT_MS = 15_000;
/** Typing stops being told this long after the last keystroke. */
const TYPING_IDLE_MS = 5000;

export function StoryPresence({ articleId, canEdit }: { articleId: number; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const announce = useAnnounce();
  const others = useStoryPresence(articleId);
  const setStory = useSetStoryPresence();
  const text = usePresenceText(others);
  const [typing, setTyping] = useState(false);
  const [typedYet, setTypedYet] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);

  // Any input in the story's own fields, the body included (contenteditable fires input too); a
  // note or a dialog's text (a return's note, a link) is not the story, and warns nobody off it.
  useEffect(() => {
    if (!canEdit) return;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const onInput = (event: Event) => {
      const field = event.target instanceof Element ? event.target : null;
      if (!field?.closest(".editor-layout") || field.closest("dialog, .notes")) return;
      setTypedYet(true);
      setTyping(true);
      clearTimeout(idle);
      idle = setTimeout(() => setTyping(false), TYPING_IDLE_MS);
    };
    document.addEventListener("input", onInput, true);
    return () => {
      document.removeEventListener("input", onInput, true);
      clearTimeout(idle);
    };
  }, [canEdit]);

  useEffect(() => {
    let stopped = false;
    const beat = () =>
      presenceApi.beat(articleId, typing).then(
        ({ people }) => {
          if (!stopped) setStory(articleId, people);
        },
        // A missed beat is made up by the next one; the server forgives two.
        () => undefined,
      );
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [articleId, typing, setStory]);

  useEffect(() => {
    const leave = () => void presenceApi.leave(articleId).catch(() => undefined);
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [articleId]);

  const seen = useRef(new Map<number, string>());
  useEffect(() => {
    const now = new Map(others.map((p) => [p.userId, p.name]));
    const came = [...now].filter(([id]) => !seen.current.has(id)).map(([, name]) => name);
    const went = [...seen.current].filter(([id]) => !now.has(id)).map(([, name]) => name);
    seen.current = now;
    // One message: a second announcement at once would cut the first off.
    const told = [
      ...(came.length > 0 ? [t("presence.arrived", { names: nameList(lang, came) })] : []),
      ...(went.length > 0 ? [t("presence.left", { names: nameList(lang, went) })] : []),
    ];
    if (told.length > 0) announce(told.join(" "));
  }, [others, announce, t, lang]);

  const typists = others.filter((p) => p.typing).map((p) => p.name);
  const warn = canEdit && !acknowledged && !typedYet && typists.length > 0;

  return (
    <>
      {text && <p className="alert alert-info presence-note">{text}</p>}
      <Dialog
        open={warn}
        title={t("presence.warnTitle", { names: nameList(lang, typists) })}
        onClose={() => setAcknowledged(true)}
        dismissible={false}
      >
        <p>{t("presence.warnBody")}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setAcknowledged(true)}>
            {t("presence.warnEdit")}
          </button>
          <button type="button" className="button" onClick={() => navigate("/stories")}>
            {t("presence.warnLeave")}
          </button>
        </div>
      </Dialog>
    </>
  );
}
