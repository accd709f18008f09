// Photos dropped, pasted or picked inside the story editor: each file goes to the photo library
// (the same upload as the Photos screen) and, once stored, is placed in the body as a figure.
// Several upload at once; each shows its progress, and a log announces each outcome.
import { Selection } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";
import { useId, useRef, useState } from "react";
import { mediaApi } from "../api/endpoints.ts";
import type { Media } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { figureAttrs } from "./InsertPhotoDialog.tsx";
import { rememberMedia } from "./PhotoPicker.tsx";

/** The server's limit (MAX_UPLOAD_BYTES): a bigger file is refused here rather than sent for nothing. */
export const MAX_BYTES = 15 * 1024 * 1024;
export const UPLOAD_ACCEPT = "image/jpeg,image/png,image/webp,image/avif";

interface UploadItem {
  key: number;
  name: string;
  /** 0–1 of the bytes sent. */
  progress: number;
  state: "uploading" | "done" | "failed";
  error?: string;
}

export interface PhotoUploads {
  /** Uploads the files and places each, in the order given, at the caret (or at `at`). */
  upload: (files: readonly File[], at?: number) => void;
  /** Opens the system's file picker. */
  pick: () => void;
  panel: React.ReactNode;
}

export function usePhotoUploads(editor: Editor | null): PhotoUploads {
  const { t } = useI18n();
  const id = useId();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [log, setLog] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  // Uploads run side by side, but figures are placed one after another in the files' order.
  const placing = useRef<Promise<void>>(Promise.resolve());

  const update = (key: number, change: Partial<UploadItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  // Not memoised: the editor reads it through a ref, so it always sees this render's state.
  const upload = (files: readonly File[], at?: number) => {
    if (!editor || files.length === 0) return;
    if (at !== undefined) {
      // The nearest place a caret can be: a drop between two blocks has no text position.
      const { doc, tr } = editor.state;
      editor.view.dispatch(tr.setSelection(Selection.near(doc.resolve(Math.min(at, doc.content.size)))));
    }
    for (const file of files) {
      const key = nextKey.current++;
      setItems((all) => [...all, { key, name: file.name, progress: 0, state: "uploading" }]);
      const stored: Promise<Media | Error> =
        file.size > MAX_BYTES
          ? Promise.resolve(new Error(t("upload.tooLarge")))
          : mediaApi
              .uploadWithProgress(file, (progress) => update(key, { progress }))
              .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      placing.current = placing.current.then(async () => {
        const result = await stored;
        if (result instanceof Error) {
          update(key, { state: "failed", error: result.message });
          setLog((lines) => [...lines, t("upload.failed", { name: file.name, reason: result.message })]);
          return;
        }
        rememberMedia(result);
        if (!editor.isDestroyed) editor.chain().focus().insertFigure(figureAttrs(result)).run();
        update(key, { state: "done", progress: 1 });
        setLog((lines) => [...lines, t("upload.placed", { name: file.name })]);
      });
    }
  };

  const finished = items.filter((item) => item.state !== "uploading");
  const panel = (
    <div className="photo-uploads">
      <input
        ref={input}
        id={`${id}-files`}
        type="file"
        multiple
        accept={UPLOAD_ACCEPT}
        hidden
        onChange={(event) => {
          upload([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      {items.length > 0 && (
        <section aria-labelledby={`${id}-heading`} className="upload-list">
          <p id={`${id}-heading`} className="field-heading">
            {t("upload.heading")}
          </p>
          <ul>
            {items.map((item) => (
              <li key={item.key} className={item.state === "failed" ? "upload-failed" : undefined}>
                <span className="upload-name">{item.name}</span>{" "}
                {item.state === "uploading" ? (
                  <progress
                    max={1}
                    value={item.progress}
                    aria-label={t("upload.progress", { name: item.name })}
                  />
                ) : item.state === "done" ? (
                  <span>{t("upload.done")}</span>
                ) : (
                  <span className="field-error">{item.error}</span>
                )}
              </li>
            ))}
          </ul>
          {finished.length > 0 && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => setItems((all) => all.filter((item) => item.state === "uploading"))}
            >
              {t("upload.clear")}
            </button>
          )}
        </section>
      )}
      {/* Outcomes are appended, so several finishing together are each read out. */}
      <div role="log" aria-live="polite" className="visually-hidden">
        {log.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are only ever appended.
          <p key={index}>{line}</p>
        ))}
      </div>
    </div>
  );

  return { upload, pick: () => input.current?.click(), panel };
}

/** Files a drop or paste carries, or none when it carries none (text, a moved node). */
export function transferredFiles(data: DataTransfer | null): File[] {
  return data ? [...data.files] : [];
}
