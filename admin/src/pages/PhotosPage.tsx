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
import { PhotoSearchForm, usePhotoLibrary } from "../components/PhotoSearch.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, defaultEdition, editionName, otherEditions } from "../lib/editions.ts";
import { useLocation } from "../lib/router.tsx";
import { atLeast, useUser } from "../lib/session.tsx";
import { CropPhoto } from "../photos/CropPhoto.tsx";

const emptyTexts: MediaTexts = { caption: "", credit: "", alt: "" };

export function PhotosPage() {
  const { t } = useI18n();
  const user = useUser();
  const library = usePhotoLibrary();
  const [editing, setEditing] = useState<Media | null>(null);
  const [deleting, setDeleting] = useState<Media | null>(null);
  const [cropping, setCropping] = useState<Media | null>(null);
  const mayDelete = atLeast(user.role, "editor");
  // /photos?edit=ID opens that photo's texts (linked from a translation's editor).
  const editId = Number(useLocation().search.get("edit"));
  useEffect(() => {
    if (!Number.isSafeInteger(editId) || editId <= 0) return;
    let live = true;
    void mediaApi.get(editId).then(
      (m) => live && setEditing(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [editId]);

  return (
    <>
      <PageHeading title={t("photos.title")} />
      <UploadForm onUploaded={(m) => library.setItems((prev) => [m, ...prev.filter((x) => x.id !== m.id)])} />

      <section aria-labelledby="library-heading">
        <h2 id="library-heading">{t("photos.library")}</h2>
        <PhotoSearchForm onSearch={library.search} />
        <ErrorMessage error={library.error} onRetry={library.reload} />
        {!library.loading && library.items.length === 0 && !library.error && (
          <p>{library.filtered ? t("photos.noMatches") : t("photos.empty")}</p>
        )}
        <ul className="photo-grid">
          {library.items.map((m) => (
            <li key={m.id} className="photo-card">
              <img src={m.thumbnailUrl} alt={m.alt} loading="lazy" />
              <p className="photo-caption">{m.caption}</p>
              <p className="muted small">
                {m.credit} · {t("photos.size", { width: m.width, height: m.height })}
              </p>
              {m.fileName && <p className="muted small photo-file">{m.fileName}</p>}
              <div className="button-row">
                <button
                  type="button"
                  className="button button-small"
                  aria-haspopup="dialog"
                  onClick={() => setEditing(m)}
                >
                  {t("photos.edit", { id: m.id })}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-haspopup="dialog"
                  onClick={() => setCropping(m)}
                >
                  {t("photos.crop", { id: m.id })}
                </button>
                {mayDelete && (
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-haspopup="dialog"
                    onClick={() => setDeleting(m)}
                  >
                    {t("photos.delete", { id: m.id })}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
        {library.loading && <p role="status">{t("app.loading")}</p>}
        {library.more && !library.loading && (
          <button type="button" className="button" onClick={library.more}>
            {t("app.loadMore")}
          </button>
        )}
      </section>

      <Dialog open={editing !== null} title={t("photos.editTitle")} onClose={() => setEditing(null)}>
        {editing && (
          <EditTexts
            media={editing}
            onSaved={(m) => {
              library.setItems((prev) => prev.map((x) => (x.id === m.id ? m : x)));
              setEditing(null);
            }}
          />
        )}
      </Dialog>
      <Dialog open={cropping !== null} title={t("photos.cropTitle")} wide onClose={() => setCropping(null)}>
        {cropping && (
          <CropPhoto
            media={cropping}
            onSaved={(m) => {
              library.setItems((prev) => prev.map((x) => (x.id === m.id ? m : x)));
              setCropping(null);
            }}
          />
        )}
      </Dialog>
      <Dialog open={deleting !== null} title={t("photos.deleteTitle")} onClose={() => setDeleting(null)}>
        {deleting && (
          <DeletePhoto
            media={deleting}
            onDeleted={() => {
              library.setItems((prev) => prev.filter((x) => x.id !== deleting.id));
              setDeleting(null);
            }}
            onCancel={() => setDeleting(null)}
          />
        )}
      </Dialog>
    </>
  );
}

/** Asks before deleting; a photo still in use is refused by the server, which names the stories. */
function DeletePhoto({
  media,
  onDeleted,
  onCancel,
}: {
  media: Media;
  onDeleted: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await mediaApi.remove(media.id);
      announce(t("photos.deleted"));
      onDeleted();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="stack">
      <img src={media.thumbnailUrl} alt={media.alt} className="edit-thumb" />
      <p>{t("photos.deleteConfirm")}</p>
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {t("photos.deleteButton")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("app.cancel")}
        </button>
      </div>
    </div>
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

type EditionTexts = Record<string, { caption: string; alt: string }>;

function EditTexts({ media, onSaved }: { media: Media; onSaved: (m: Media) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [texts, setTexts] = useState<MediaTexts>({
    caption: media.caption,
    credit: media.credit,
    alt: media.alt,
  });
  // The default edition's texts are the photo's own; every other edition may have its own.
  const others = otherEditions(defaultEdition());
  const [perEdition, setPerEdition] = useState<EditionTexts>(() =>
    Object.fromEntries(
      others.map((edition) => {
        const own = media.localizations?.find((l) => l.edition === edition);
        return [edition, { caption: own?.caption ?? "", alt: own?.alt ?? "" }];
      }),
    ),
  );
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
        localizations: others.map((edition) => ({
          edition,
          caption: perEdition[edition]?.caption.trim() ?? "",
          alt: perEdition[edition]?.alt.trim() ?? "",
        })),
      });
      announce(t("photos.saved"));
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (path: string) => (error instanceof ApiError ? error.errorAt(path) : undefined);
  const setEdition = (edition: string, change: Partial<{ caption: string; alt: string }>) =>
    setPerEdition((all) => ({ ...all, [edition]: { caption: "", alt: "", ...all[edition], ...change } }));

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
      {others.map((edition, index) => (
        <fieldset key={edition} className="stack" lang={contentLang(edition)}>
          <legend>{t("photos.inEdition", { edition: editionName(edition, t) })}</legend>
          <p className="help">{t("photos.inEditionHelp")}</p>
          <TextAreaField
            label={t("photos.editionCaption", { edition: editionName(edition, t) })}
            rows={2}
            value={perEdition[edition]?.caption ?? ""}
            error={fieldError(`localizations.${index}.caption`)}
            onChange={(e) => setEdition(edition, { caption: e.target.value })}
          />
          <TextField
            label={t("photos.editionAlt", { edition: editionName(edition, t) })}
            value={perEdition[edition]?.alt ?? ""}
            error={fieldError(`localizations.${index}.alt`)}
            onChange={(e) => setEdition(edition, { alt: e.target.value })}
          />
        </fieldset>
      ))}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("app.saving") : t("app.save")}
        </button>
      </div>
    </form>
  );
}
