// Photo library: upload with the three texts every published photo needs, browse, edit texts.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { ApiError } from "../api/client.ts";
import { mediaApi } from "../api/endpoints.ts";
import type { Media, MediaTexts } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextAreaField, TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useI18n } from "../i18n/i18n.tsx";

const emptyTexts: MediaTexts = { caption: "", credit: "", alt: "" };

export function PhotosPage() {
  const { t } = useI18n();
  const [items, setItems] = useState<Media[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Media | null>(null);

  async function load(from: string | null) {
    setLoading(true);
    setError(null);
    try {
      const page = await mediaApi.list(from);
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: first page once.
  useEffect(() => {
    void load(null);
  }, []);

  return (
    <>
      <PageHeading title={t("photos.title")} />
      <UploadForm onUploaded={(m) => setItems((prev) => [m, ...prev.filter((x) => x.id !== m.id)])} />

      <section aria-labelledby="library-heading">
        <h2 id="library-heading">{t("photos.library")}</h2>
        <ErrorMessage error={error} onRetry={() => void load(null)} />
        {!loading && items.length === 0 && !error && <p>{t("photos.empty")}</p>}
        <ul className="photo-grid">
          {items.map((m) => (
            <li key={m.id} className="photo-card">
              <img src={m.thumbnailUrl} alt={m.alt} loading="lazy" />
              <p className="photo-caption">{m.caption}</p>
              <p className="muted small">
                {m.credit} · {t("photos.size", { width: m.width, height: m.height })}
              </p>
              <button
                type="button"
                className="button button-small"
                aria-haspopup="dialog"
                onClick={() => setEditing(m)}
              >
                {t("photos.edit", { id: m.id })}
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
      </section>

      <Dialog open={editing !== null} title={t("photos.editTitle")} onClose={() => setEditing(null)}>
        {editing && (
          <EditTexts
            media={editing}
            onSaved={(m) => {
              setItems((prev) => prev.map((x) => (x.id === m.id ? m : x)));
              setEditing(null);
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function UploadForm({ onUploaded }: { onUploaded: (m: Media) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [texts, setTexts] = useState<MediaTexts>(emptyTexts);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    const trimmed = { caption: texts.caption.trim(), credit: texts.credit.trim(), alt: texts.alt.trim() };
    if (!file || !trimmed.caption || !trimmed.credit || !trimmed.alt) {
      setError(new Error(t("photos.missingFields")));
      return;
    }
    setBusy(true);
    try {
      const media = await mediaApi.upload(file, trimmed);
      onUploaded(media);
      setTexts(emptyTexts);
      setFile(null);
      if (fileRef.current) fileRef.current.value = "";
      setDone(true);
      announce(t("photos.uploaded"));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldError(name) : undefined);

  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h2 id={`${id}-heading`}>{t("photos.upload")}</h2>
      <ErrorMessage error={error} />
      {done && <p className="alert alert-success">{t("photos.uploaded")}</p>}
      <form onSubmit={onSubmit} className="upload-form">
        <div className="field">
          <label htmlFor={`${id}-file`}>
            {t("photos.file")} <span className="required">({t("app.required")})</span>
          </label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <TextAreaField
          label={t("photos.caption")}
          required
          rows={2}
          value={texts.caption}
          error={fieldError("caption")}
          onChange={(e) => setTexts({ ...texts, caption: e.target.value })}
        />
        <TextField
          label={t("photos.credit")}
          help={t("photos.creditHelp")}
          required
          value={texts.credit}
          error={fieldError("credit")}
          onChange={(e) => setTexts({ ...texts, credit: e.target.value })}
        />
        <TextField
          label={t("photos.alt")}
          help={t("photos.altHelp")}
          required
          value={texts.alt}
          error={fieldError("alt")}
          onChange={(e) => setTexts({ ...texts, alt: e.target.value })}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("photos.uploading") : t("photos.uploadButton")}
          </button>
        </div>
      </form>
    </section>
  );
}

function EditTexts({ media, onSaved }: { media: Media; onSaved: (m: Media) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [texts, setTexts] = useState<MediaTexts>({
    caption: media.caption,
    credit: media.credit,
    alt: media.alt,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await mediaApi.update(media.id, {
        caption: texts.caption.trim(),
        credit: texts.credit.trim(),
        alt: texts.alt.trim(),
      });
      announce(t("photos.saved"));
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack">
      <img src={media.thumbnailUrl} alt={media.alt} className="edit-thumb" />
      <ErrorMessage error={error} />
      <TextAreaField
        label={t("photos.caption")}
        required
        rows={2}
        value={texts.caption}
        onChange={(e) => setTexts({ ...texts, caption: e.target.value })}
      />
      <TextField
        label={t("photos.credit")}
        required
        value={texts.credit}
        onChange={(e) => setTexts({ ...texts, credit: e.target.value })}
      />
      <TextField
        label={t("photos.alt")}
        help={t("photos.altHelp")}
        required
        value={texts.alt}
        onChange={(e) => setTexts({ ...texts, alt: e.target.value })}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("app.saving") : t("app.save")}
        </button>
      </div>
    </form>
  );
}
