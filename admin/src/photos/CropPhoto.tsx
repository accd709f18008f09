// A photo's crop and focal point, as the newsroom sets them: the stage, the same values as numbers,
// shape presets and "Reset" to the whole picture. Saving replaces both; the server then cuts new
// copies of the picture in the background.
import { type FormEvent, useState } from "react";
import { mediaApi } from "../api/endpoints.ts";
import type { Media } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { CropFields } from "./CropFields.tsx";
import { CropStage } from "./CropStage.tsx";
import { ASPECTS, type Aspect, clampRect, fitAspect, isWhole, wholePicture } from "./crop-geometry.ts";

const CENTRE = { x: 0.5, y: 0.5 };

export function CropPhoto({ media, onSaved }: { media: Media; onSaved: (m: Media) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const size = { width: media.width, height: media.height };
  const [crop, setCrop] = useState(media.crop ?? wholePicture(size));
  const [focal, setFocal] = useState(media.focalPoint ?? CENTRE);
  const [aspect, setAspect] = useState<Aspect>("free");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function chooseAspect(next: Aspect) {
    setAspect(next);
    const ratio = ASPECTS[next];
    if (ratio) setCrop(fitAspect(crop, ratio, size));
  }

  function reset() {
    setAspect("free");
    setCrop(wholePicture(size));
    setFocal(CENTRE);
    announce(t("crop.wasReset"));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const whole = clampRect(crop, size);
    try {
      const saved = await mediaApi.crop(media.id, {
        crop: isWhole(whole, size) ? null : whole,
        focalPoint: focal.x === CENTRE.x && focal.y === CENTRE.y ? null : focal,
      });
      announce(t("crop.saved"));
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack">
      <ErrorMessage error={error} />
      <CropStage
        src={media.url}
        alt={media.alt}
        size={size}
        crop={crop}
        focal={focal}
        ratio={ASPECTS[aspect]}
        onCrop={setCrop}
        onFocal={setFocal}
      />
      <CropFields
        size={size}
        crop={crop}
        focal={focal}
        aspect={aspect}
        onAspect={chooseAspect}
        onCrop={setCrop}
        onFocal={setFocal}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("app.saving") : t("crop.save")}
        </button>
        <button type="button" className="button" onClick={reset}>
          {t("crop.reset")}
        </button>
      </div>
    </form>
  );
}
