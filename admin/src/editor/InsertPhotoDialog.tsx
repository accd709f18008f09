// Toolbar "Insert photo": picks from the photo library and places a figure at the cursor.
import type { Editor } from "@tiptap/react";
import type { Media } from "../api/types.ts";
import { Dialog } from "../components/Dialog.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import type { FigureAttrs } from "./figure.ts";
import { PhotoLibraryPicker } from "./PhotoPicker.tsx";

/** "Caption — Credit", leaving out whichever is still empty in the library. */
export function figureCaption(m: Pick<Media, "caption" | "credit">): string {
  return [m.caption.trim(), m.credit.trim()].filter(Boolean).join(" — ");
}

/** The figure a library photo makes in a story body. */
export function figureAttrs(m: Media): FigureAttrs {
  return {
    mediaId: m.id,
    src: m.url,
    alt: m.alt,
    width: m.width,
    height: m.height,
    caption: figureCaption(m),
  };
}

export function InsertPhotoDialog({
  editor,
  open,
  onClose,
}: {
  editor: Editor;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t("photos.insertTitle")} onClose={onClose} wide>
      {open && (
        <PhotoLibraryPicker
          onPick={(m) => {
            // The editor keeps its selection while the dialog has focus, so the figure lands
            // where the caret was when the button was pressed.
            editor.chain().insertFigure(figureAttrs(m)).run();
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}
