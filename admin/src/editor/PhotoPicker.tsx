// Lead photo: shows the chosen photo and opens a dialog with the photo library to pick one.
import { useEffect, useState } from "react";
import { mediaApi } from "../api/endpoints.ts";
import type { Media } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { useI18n } from "../i18n/i18n.tsx";

// v1 of the API has no GET /media/{id}; the library's first pages are searched instead and
// remembered here so the editor can show a thumbnail for the current lead photo.
const known = new Map<number, Media>();

async function findMedia(id: number): Promise<Media | null> {
  const hit = known.get(id);
  if (hit) return hit;
  let cursor: string | null = null;
  for (let page = 0; page < 5; page++) {
    const result = await mediaApi.list(cursor);
    for (const m of result.items) known.set(m.id, m);
    if (known.has(id) || !result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return known.get(id) ?? null;
}

interface LeadPhotoFieldProps {
  value: number | null;
  onChange: (id: number | null) => void;
  disabled?: boolean;
}

export function LeadPhotoField({ value, onChange, disabled }: LeadPhotoFieldProps) {
  const { t } = useI18n();
  const [media, setMedia] = useState<Media | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let live = true;
    if (value === null) setMedia(null);
    else
      findMedia(value).then(
        (m) => live && setMedia(m),
        () => live && setMedia(null),
      );
    return () => {
      live = false;
    };
  }, [value]);

  return (
    <div className="field">
      <h3 className="field-heading">{t("editor.leadPhoto")}</h3>
      {value === null ? (
        <p className="muted">{t("editor.noPhoto")}</p>
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
            {value === null ? t("editor.choosePhoto") : t("editor.changePhoto")}
          </button>
          {value !== null && (
            <button type="button" className="button button-quiet" onClick={() => onChange(null)}>
              {t("editor.removePhoto")}
            </button>
          )}
        </div>
      )}
      <Dialog open={open} title={t("photos.pickerTitle")} onClose={() => setOpen(false)} wide>
        {open && (
          <PhotoLibraryPicker
            onPick={(m) => {
              known.set(m.id, m);
              setMedia(m);
              onChange(m.id);
              setOpen(false);
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

function PhotoLibraryPicker({ onPick }: { onPick: (m: Media) => void }) {
  const { t } = useI18n();
  const [items, setItems] = useState<Media[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  async function load(from: string | null) {
    setLoading(true);
    setError(null);
    try {
      const page = await mediaApi.list(from);
      for (const m of page.items) known.set(m.id, m);
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: load the first page once.
  useEffect(() => {
    void load(null);
  }, []);

  return (
    <div>
      <ErrorMessage error={error} />
      {!loading && items.length === 0 && !error && <p>{t("photos.empty")}</p>}
      <ul className="photo-grid">
        {items.map((m) => (
          <li key={m.id} className="photo-card">
            <img src={m.thumbnailUrl} alt={m.alt} loading="lazy" />
            <p className="photo-caption">{m.caption}</p>
            <p className="muted small">{m.credit}</p>
            <button type="button" className="button" onClick={() => onPick(m)}>
              {t("photos.choose")}
              {/* Visible words first, then the photo's description, so every button has a unique name. */}
              <span className="visually-hidden">: {m.alt}</span>
            </button>
          </li>
        ))}
      </ul>
      {loading && <p role="status">{t("app.loading")}</p>}
      {cursor && !loading && (
        <button type="button" className="button" onClick={() => void load(cursor)}>
          {t("app.loadMore")}
        </button>
      )}
    </div>
  );
}
