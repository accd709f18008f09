// Photo fields (lead photo, author portrait) and the library picker they open. Also used by the
// body toolbar to insert inline photos.
import { useEffect, useState } from "react";
import { mediaApi } from "../api/endpoints.ts";
import type { Media } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { PhotoSearchForm, usePhotoLibrary } from "../components/PhotoSearch.tsx";
import { useI18n } from "../i18n/i18n.tsx";

// Lookups by id are shared between fields, so a list of author portraits costs one request per photo.
const known = new Map<number, Promise<Media | null>>();

export function rememberMedia(m: Media): void {
  known.set(m.id, Promise.resolve(m));
}

function findMedia(id: number): Promise<Media | null> {
  let hit = known.get(id);
  if (!hit) {
    // A missing or deleted photo shows as "Photo #id" rather than an error.
    hit = mediaApi.get(id).catch(() => {
      known.delete(id);
      return null;
    });
    known.set(id, hit);
  }
  return hit;
}

/** The photo with this id, or null while loading / when it cannot be found. */
export function useMedia(id: number | null): Media | null {
  const [media, setMedia] = useState<Media | null>(null);
  useEffect(() => {
    let live = true;
    setMedia(null);
    if (id !== null) void findMedia(id).then((m) => live && setMedia(m));
    return () => {
      live = false;
    };
  }, [id]);
  return media;
}

export interface PhotoFieldTexts {
  heading: string;
  none: string;
  choose: string;
  change: string;
  remove: string;
  pickerTitle: string;
}

interface PhotoFieldProps {
  value: number | null;
  onChange: (id: number | null) => void;
  disabled?: boolean;
  texts: PhotoFieldTexts;
}

export function LeadPhotoField(props: Omit<PhotoFieldProps, "texts">) {
  const { t } = useI18n();
  const texts: PhotoFieldTexts = {
    heading: t("editor.leadPhoto"),
    none: t("editor.noPhoto"),
    choose: t("editor.choosePhoto"),
    change: t("editor.changePhoto"),
    remove: t("editor.removePhoto"),
    pickerTitle: t("photos.pickerTitle"),
  };
  return <PhotoField {...props} texts={texts} />;
}

/** Shows the chosen photo and opens a dialog with the photo library to pick one. */
export function PhotoField({ value, onChange, disabled, texts }: PhotoFieldProps) {
  const { t } = useI18n();
  const media = useMedia(value);
  const [open, setOpen] = useState(false);

  return (
    <div className="field">
      <h3 className="field-heading">{texts.heading}</h3>
      {value === null ? (
        <p className="muted">{texts.none}</p>
      ) : media ? (
        <figure className="lead-photo">
          <img src={media.thumbnailUrl} alt={media.alt} width={160} />
          <figcaption>
            {media.caption} <span className="muted">{media.credit}</span>
          </figcaption>
        </figure>
      ) : (
        <p>{t("editor.photoNumber", { id: value })}</p>
      )}
      {!disabled && (
        <div className="button-row">
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
            {value === null ? texts.choose : texts.change}
          </button>
          {value !== null && (
            <button type="button" className="button button-quiet" onClick={() => onChange(null)}>
              {texts.remove}
            </button>
          )}
        </div>
      )}
      <Dialog open={open} title={texts.pickerTitle} onClose={() => setOpen(false)} wide>
        {open && (
          <PhotoLibraryPicker
            onPick={(m) => {
              onChange(m.id);
              setOpen(false);
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

export function PhotoLibraryPicker({ onPick }: { onPick: (m: Media) => void }) {
  const { t } = useI18n();
  const library = usePhotoLibrary((items) => {
    for (const m of items) rememberMedia(m);
  });

  return (
    <div>
      <PhotoSearchForm onSearch={library.search} />
      <ErrorMessage error={library.error} />
      {!library.loading && library.items.length === 0 && !library.error && (
        <p>{library.filtered ? t("photos.noMatches") : t("photos.empty")}</p>
      )}
      <ul className="photo-grid">
        {library.items.map((m) => (
          <li key={m.id} className="photo-card">
            <img src={m.thumbnailUrl} alt={m.alt} loading="lazy" />
            <p className="photo-caption">{m.caption}</p>
            <p className="muted small">{m.credit}</p>
            <button type="button" className="button" onClick={() => onPick(m)}>
              {t("photos.choose")}
              {/* Visible words first, then the photo's description, so every button has a unique name. */}
              <span className="visually-hidden">: {m.alt || m.fileName || m.id}</span>
            </button>
          </li>
        ))}
      </ul>
      {library.loading && <p role="status">{t("app.loading")}</p>}
      {library.more && !library.loading && (
        <button type="button" className="button" onClick={library.more}>
          {t("app.loadMore")}
        </button>
      )}
    </div>
  );
}
