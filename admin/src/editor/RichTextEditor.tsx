// The story body: TipTap with StarterKit trimmed to what the public templates render
// (h2/h3, bold, italic, links, lists, blockquote) plus inline photos as <figure> (figure.ts) and
// tables (table.ts). Copy pasted from Word or Google Docs is cleaned first (paste/pasted-html.ts),
// and pictures it brings from elsewhere are taken into the photo library (PastedImages.tsx).
// StarterKit 3 already bundles Link and Undo/Redo.

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useRef } from "react";
import { Figure } from "./figure.ts";
import { usePastedImages } from "./PastedImages.tsx";
import { transferredFiles, usePhotoUploads } from "./PhotoUploads.tsx";
import { cleanPastedHtml } from "./paste/pasted-html.ts";
import { PastedFrom } from "./pasted-from.ts";
import { Toolbar } from "./Toolbar.tsx";
import { TABLE_EXTENSIONS } from "./table.ts";
import "./tiptap-base.css";
import "./rte-table.css";

const parseHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");

interface RichTextEditorProps {
  /** HTML to load; re-applied only when `revision` changes, never while the user types. */
  html: string;
  revision: number;
  onChange: (html: string) => void;
  editable: boolean;
  lang: string;
  labelId: string;
  describedBy?: string;
}

export function RichTextEditor({
  html,
  revision,
  onChange,
  editable,
  lang,
  labelId,
  describedBy,
}: RichTextEditorProps) {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The editor's handlers are fixed when it is made; the uploader is made after it.
  const uploadRef = useRef<(files: File[], at?: number) => void>(() => {});

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: "https",
          // rel is set by the server's sanitizer for public pages; keep it here for previews too.
          HTMLAttributes: { rel: "noopener noreferrer", target: null },
        },
      }),
      Figure,
      PastedFrom,
      ...TABLE_EXTENSIONS,
    ],
    content: html,
    editable,
    // TipTap would add its base styles as an inline <style>, which the newsroom's CSP refuses:
    // they come from tiptap-base.css instead.
    injectCSS: false,
    // Toolbar state comes from useEditorState, so the whole editor need not re-render per keystroke.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        lang,
        class: "rte-content",
        spellcheck: "true",
      },
      transformPastedHTML: (pasted) => cleanPastedHtml(pasted, parseHtml, window.location.href),
      // Files dropped or pasted into the body become library photos placed where they landed.
      handleDrop: (view, event, _slice, moved) => {
        const files = transferredFiles(event.dataTransfer);
        if (moved || !view.editable || files.length === 0) return false;
        event.preventDefault();
        uploadRef.current(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
        return true;
      },
      handlePaste: (view, event) => {
        const files = transferredFiles(event.clipboardData);
        // Word and Docs put a picture of the copied text beside its HTML: the HTML is what was meant.
        if (!view.editable || files.length === 0 || event.clipboardData?.getData("text/html")) return false;
        event.preventDefault();
        uploadRef.current(files);
        return true;
      },
    },
    onUpdate: ({ editor: e }) => onChangeRef.current(e.getHTML()),
  });
  const uploads = usePhotoUploads(editor);
  uploadRef.current = uploads.upload;
  const pastedImages = usePastedImages(editor);

  // External replacement of the body (take theirs / restore): load it without emitting an update.
  const lastRevision = useRef(revision);
  useEffect(() => {
    if (!editor || revision === lastRevision.current) return;
    lastRevision.current = revision;
    editor.commands.setContent(html, { emitUpdate: false });
  }, [editor, revision, html]);

  useEffect(() => {
    editor?.setEditable(editable, false);
  }, [editor, editable]);

  // Focus can come back programmatically (a dialog closing returns it here) while the DOM
  // selection is still elsewhere; the browser then inserts nothing when the user types.
  // view.focus() writes ProseMirror's own selection back into the DOM. (TipTap's focus command
  // skips this when the element already has focus.) Deferred so the dialog is gone first.
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const caretOutside = () => {
      const selection = window.getSelection();
      return !selection?.anchorNode || !dom.contains(selection.anchorNode);
    };
    const onFocus = () => {
      setTimeout(() => {
        if (!editor.isDestroyed && editor.view.hasFocus() && caretOutside()) editor.view.focus();
      }, 0);
    };
    dom.addEventListener("focus", onFocus);
    return () => dom.removeEventListener("focus", onFocus);
  }, [editor]);

  return (
    <div className="rte">
      {editable && <Toolbar editor={editor} onUploadPhotos={uploads.pick} />}
      <EditorContent editor={editor} />
      {pastedImages}
      {uploads.panel}
    </div>
  );
}
