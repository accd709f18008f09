// Formatting toolbar following the ARIA toolbar pattern: one Tab stop, arrow keys move
// between buttons, toggles report their state with aria-pressed.
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { InsertPhotoDialog } from "./InsertPhotoDialog.tsx";
import { LinkDialog } from "./LinkDialog.tsx";
import { isShortcutsKey, ShortcutsDialog } from "./ShortcutsDialog.tsx";
import { tableHasCaption } from "./table.ts";

interface ToolState {
  bold: boolean;
  italic: boolean;
  h2: boolean;
  h3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  inTable: boolean;
  tableCaption: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

interface Tool {
  id: string;
  label: MessageKey;
  /** Short visual hint next to the word; hidden from assistive technology. */
  glyph: string;
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
  popup?: boolean;
  groupEnd?: boolean;
}

export function Toolbar({ editor, onUploadPhotos }: { editor: Editor | null; onUploadPhotos: () => void }) {
  const { t } = useI18n();
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [photoOpen, setPhotoOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const state = useEditorState<ToolState | null>({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive("bold"),
            italic: e.isActive("italic"),
            h2: e.isActive("heading", { level: 2 }),
            h3: e.isActive("heading", { level: 3 }),
            bulletList: e.isActive("bulletList"),
            orderedList: e.isActive("orderedList"),
            blockquote: e.isActive("blockquote"),
            link: e.isActive("link"),
            inTable: e.isActive("table"),
            tableCaption: tableHasCaption(e.state),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });

  // Ctrl+K (Cmd+K) in the text opens the link dialog, as in word processors; the browser's own use
  // of it (the search bar) is not wanted while writing. The shortcuts list answers anywhere on the page.
  useEffect(() => {
    if (!editor) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (document.querySelector("dialog[open]")) return;
      const inText = event.target instanceof Node && editor.view.dom.contains(event.target);
      if (inText && (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setLinkOpen(true);
      } else if (isShortcutsKey(event)) {
        event.preventDefault();
        setShortcutsOpen(true);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [editor]);

  if (!editor || !state) return null;
  const chain = () => editor.chain().focus();

  const tools: Tool[] = [
    {
      id: "bold",
      label: "toolbar.bold",
      glyph: "B",
      pressed: state.bold,
      run: () => chain().toggleBold().run(),
    },
    {
      id: "italic",
      label: "toolbar.italic",
      glyph: "I",
      pressed: state.italic,
      run: () => chain().toggleItalic().run(),
      groupEnd: true,
    },
    {
      id: "h2",
      label: "toolbar.h2",
      glyph: "H2",
      pressed: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      id: "h3",
      label: "toolbar.h3",
      glyph: "H3",
      pressed: state.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
      groupEnd: true,
    },
    {
      id: "bullet",
      label: "toolbar.bulletList",
      glyph: "•",
      pressed: state.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      id: "ordered",
      label: "toolbar.orderedList",
      glyph: "1.",
      pressed: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      id: "quote",
      label: "toolbar.blockquote",
      glyph: "“",
      pressed: state.blockquote,
      run: () => chain().toggleBlockquote().run(),
    },
    {
      id: "link",
      label: "toolbar.link",
      glyph: "↗",
      popup: true,
      run: () => setLinkOpen(true),
    },
    {
      id: "photo",
      label: "toolbar.photo",
      glyph: "▣",
      popup: true,
      run: () => setPhotoOpen(true),
    },
    {
      id: "upload",
      label: "toolbar.uploadPhotos",
      glyph: "⇪",
      run: onUploadPhotos,
      groupEnd: true,
    },
    ...tableTools(state, chain),
    {
      id: "undo",
      label: "toolbar.undo",
      glyph: "↶",
      disabled: !state.canUndo,
      run: () => chain().undo().run(),
    },
    {
      id: "redo",
      label: "toolbar.redo",
      glyph: "↷",
      disabled: !state.canRedo,
      run: () => chain().redo().run(),
      groupEnd: true,
    },
    {
      id: "shortcuts",
      label: "shortcuts.open",
      glyph: "⌨",
      popup: true,
      run: () => setShortcutsOpen(true),
    },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = tools.length - 1;
    let next: number | null = null;
    if (event.key === "ArrowRight") next = focusIndex === last ? 0 : focusIndex + 1;
    else if (event.key === "ArrowLeft") next = focusIndex === 0 ? last : focusIndex - 1;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = last;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <>
      <div
        className="rte-toolbar"
        role="toolbar"
        aria-label={t("toolbar.label")}
        onKeyDown={onKeyDown}
        tabIndex={-1}
      >
        {tools.map((tool, index) => (
          <button
            key={tool.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            className={tool.groupEnd ? "rte-button rte-group-end" : "rte-button"}
            // The table tools come and go with the caret, so the remembered stop may be past the end.
            tabIndex={index === Math.min(focusIndex, tools.length - 1) ? 0 : -1}
            aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
            aria-haspopup={tool.popup ? "dialog" : undefined}
            // Disabled buttons stay focusable (aria-disabled) so arrow-key navigation does not skip them.
            aria-disabled={tool.disabled || undefined}
            onFocus={() => setFocusIndex(index)}
            onClick={() => {
              if (!tool.disabled) tool.run();
            }}
          >
            <span className="rte-glyph" aria-hidden="true">
              {tool.glyph}
            </span>
            {t(tool.label)}
          </button>
        ))}
      </div>
      <LinkDialog
        open={linkOpen}
        initialHref={state.link ? String(editor.getAttributes("link").href ?? "") : ""}
        active={state.link}
        onClose={() => {
          setLinkOpen(false);
          // Return to the text rather than the toolbar so writing can continue.
          setTimeout(() => editor.commands.focus(), 0);
        }}
        onApply={(url) => editor.chain().extendMarkRange("link").setLink({ href: url }).run()}
        onRemove={() => editor.chain().extendMarkRange("link").unsetLink().run()}
      />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <InsertPhotoDialog
        editor={editor}
        open={photoOpen}
        onClose={() => {
          setPhotoOpen(false);
          setTimeout(() => editor.commands.focus(), 0);
        }}
      />
    </>
  );
}

/** Inserting a table, and inside one, changing its rows, columns and caption. */
function tableTools(
  { inTable, tableCaption }: Pick<ToolState, "inTable" | "tableCaption">,
  chain: () => ReturnType<Editor["chain"]>,
): Tool[] {
  const insert: Tool = {
    id: "table",
    label: "toolbar.table",
    glyph: "▦",
    // A table inside a table cell is refused by the editor's schema; say so rather than do nothing.
    disabled: inTable,
    run: () => chain().insertTable().run(),
    groupEnd: !inTable,
  };
  if (!inTable) return [insert];
  return [
    insert,
    { id: "row-add", label: "toolbar.addRow", glyph: "+", run: () => chain().addRowAfter().run() },
    { id: "row-remove", label: "toolbar.removeRow", glyph: "−", run: () => chain().deleteRow().run() },
    { id: "column-add", label: "toolbar.addColumn", glyph: "+", run: () => chain().addColumnAfter().run() },
    {
      id: "column-remove",
      label: "toolbar.removeColumn",
      glyph: "−",
      run: () => chain().deleteColumn().run(),
    },
    tableCaption
      ? {
          id: "caption-remove",
          label: "toolbar.removeTableCaption",
          glyph: "−",
          run: () => chain().removeTableCaption().run(),
        }
      : {
          id: "caption-add",
          label: "toolbar.addTableCaption",
          glyph: "+",
          run: () => chain().addTableCaption().run(),
        },
    {
      id: "table-remove",
      label: "toolbar.removeTable",
      glyph: "✕",
      run: () => chain().deleteTable().run(),
      groupEnd: true,
    },
  ];
}
