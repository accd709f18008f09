// Pictures that reach the body with another website's address, or none the newsroom can reach
// (pasted from Word, Google Docs or a web page), are never kept as they are: a story must not
// show a picture from someone else's server. Each is brought into the photo library (the server
// fetches web addresses, POST /media/import; embedded data: pictures are uploaded) and the figure
// then shows the library photo; one that cannot be brought in is removed, and a message says how
// many and why, so the writer can upload them by hand.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { mediaApi } from "../api/endpoints.ts";
import type { Media } from "../api/types.ts";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { figureAttrs } from "./InsertPhotoDialog.tsx";
import { MAX_BYTES } from "./PhotoUploads.tsx";
import { embeddedFile, imageOrigin } from "./paste/image-origin.ts";
import { NOT_A_PICTURE, type Refusal, refusalOf } from "./paste/import-refusal.ts";

interface Tally {
  working: number;
  imported: number;
  computer: number;
  tooLarge: number;
  /** Each refused picture's reason, as a message key. */
  failed: MessageKey[];
}

const NONE: Tally = { working: 0, imported: 0, computer: 0, tooLarge: 0, failed: [] };

export function usePastedImages(editor: Editor | null): React.ReactNode {
  const { t, plural } = useI18n();
  const [tally, setTally] = useState<Tally>(NONE);
  // Addresses being brought in: a figure pasted twice is fetched once.
  const working = useRef(new Set<string>());

  useEffect(() => {
    if (!editor) return;
    const settle = (src: string, result: Media | Refusal) => {
      working.current.delete(src);
      if (!editor.isDestroyed) replaceFigures(editor, src, "id" in result ? result : null);
      setTally((now) => {
        const next = { ...now, working: now.working - 1 };
        if ("id" in result) next.imported += 1;
        else if (result.kind === "failed") next.failed = [...now.failed, result.reason];
        else next[result.kind] += 1;
        return next;
      });
    };
    const onUpdate = () => {
      if (!editor.isEditable) return;
      for (const src of foreignSources(editor.state.doc)) {
        if (working.current.has(src)) continue;
        working.current.add(src);
        setTally((now) => ({ ...now, working: now.working + 1 }));
        bringIn(src).then((result) => settle(src, result));
      }
    };
    editor.on("update", onUpdate);
    return () => {
      editor.off("update", onUpdate);
    };
  }, [editor]);

  const lines = [
    tally.working > 0 && plural("pastedImages.working", tally.working),
    tally.imported > 0 && plural("pastedImages.imported", tally.imported),
    tally.computer > 0 && plural("pastedImages.computer", tally.computer),
    tally.tooLarge > 0 && plural("pastedImages.tooLarge", tally.tooLarge),
    tally.failed.length > 0 &&
      plural("pastedImages.failed", tally.failed.length, {
        reason: [...new Set(tally.failed)].map((key) => t(key)).join("; "),
      }),
  ].filter((line): line is string => Boolean(line));
  const refused = tally.computer + tally.tooLarge + tally.failed.length > 0;

  return (
    <div className="pasted-images">
      {/* Always in the page, so the first message is announced when it appears. */}
      <div
        role="status"
        className={lines.length === 0 ? undefined : refused ? "alert alert-error" : "alert alert-info"}
      >
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {lines.length > 0 && tally.working === 0 && (
          <button type="button" className="button button-small button-quiet" onClick={() => setTally(NONE)}>
            {t("pastedImages.dismiss")}
          </button>
        )}
      </div>
    </div>
  );
}

/** Where a figure's picture came from: its pasted address (pasted-from.ts), or else its own. */
const addressOf = (figure: ProseMirrorNode) => String(figure.attrs.pastedFrom ?? figure.attrs.src ?? "");

/** Addresses of figures that are not library photos, each once. */
function foreignSources(doc: ProseMirrorNode): Set<string> {
  const found = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name !== "figure") return true;
    const address = addressOf(node);
    const foreign = node.attrs.pastedFrom != null || imageOrigin(address, window.location.href) !== "library";
    if (node.attrs.mediaId == null && foreign) found.add(address);
    return false;
  });
  return found;
}

async function bringIn(src: string): Promise<Media | Refusal> {
  const origin = imageOrigin(src, window.location.href);
  try {
    if (origin === "web") return await mediaApi.importFromUrl(src);
    if (origin === "embedded") {
      const file = embeddedFile(src, "pasted-picture");
      if (!file) return NOT_A_PICTURE;
      if (file.size > MAX_BYTES) return { kind: "tooLarge" };
      return await mediaApi.uploadWithProgress(file, () => {});
    }
    return { kind: "computer" };
  } catch (error) {
    return refusalOf(error);
  }
}

/**
 * Points every figure showing `src` at the library photo, keeping the alt text the copy gave it
 * when the library has none yet, or removes them when the picture could not be brought in. Not
 * an undo step of its own: undoing the paste removes the figures whatever became of them.
 */
function replaceFigures(editor: Editor, src: string, media: Media | null): void {
  const { tr } = editor.state;
  const found: { pos: number; node: ProseMirrorNode }[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.type.name === "figure" && addressOf(node) === src) found.push({ pos, node });
    return node.type.name !== "figure";
  });
  // From the end, so removing one does not move the others.
  for (const { pos, node } of found.reverse()) {
    if (!media) tr.delete(pos, pos + node.nodeSize);
    else {
      const attrs = figureAttrs(media);
      tr.setNodeMarkup(pos, undefined, {
        ...node.attrs,
        ...attrs,
        alt: attrs.alt || node.attrs.alt,
        pastedFrom: null,
      });
    }
  }
  if (found.length > 0) editor.view.dispatch(tr.setMeta("addToHistory", false));
}
