// Tables in the story body (results, fares, timetables), on prosemirror-tables, which @tiptap/pm
// already ships. Written here rather than taken from @tiptap/extension-table because that package
// is not published for the TipTap version the editor is on, and pins its peers exactly. Only what
// a news table needs: a header row, cell spans, Tab between cells, an optional caption; no column
// resizing (widths are the reader's screen's business), and cells hold text and lists, not photos
// or other tables.
//
// prosemirror-tables takes every child of its table node for a row, so the caption cannot sit
// there: the <table> node holds an optional caption and a body node (<tbody>), and the body is
// what prosemirror-tables edits. Stored HTML needs no <tbody> rule: rows found directly under
// <table>, <thead> or <tbody> are all wrapped into the one body by the parser.
import type { Attrs, NodeType, Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { type Command, type EditorState, TextSelection } from "@tiptap/pm/state";
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  goToNextCell,
  tableEditing,
} from "@tiptap/pm/tables";
import { type CommandProps, type Editor, Node } from "@tiptap/react";

declare module "@tiptap/core" {
  interface NodeConfig {
    /** What prosemirror-tables takes the node for. */
    tableRole?: "table" | "row" | "cell" | "header_cell";
  }
  interface Commands<ReturnType> {
    table: {
      /** A table with a header row, the caret in its first cell. */
      insertTable: (size?: { rows: number; columns: number }) => ReturnType;
      addRowAfter: () => ReturnType;
      deleteRow: () => ReturnType;
      addColumnAfter: () => ReturnType;
      deleteColumn: () => ReturnType;
      deleteTable: () => ReturnType;
      /** Gives the table around the caret a caption, and puts the caret in it. */
      addTableCaption: () => ReturnType;
      removeTableCaption: () => ReturnType;
    };
  }
}

const CELL_CONTENT = "(paragraph | bulletList | orderedList)+";
const SCOPES = ["col", "row", "colgroup", "rowgroup"];

/** colspan and rowspan: whole numbers from 1, written only when they span. */
const span = (name: "colspan" | "rowspan") => ({
  default: 1,
  parseHTML: (element: HTMLElement) => {
    const value = Number(element.getAttribute(name));
    return Number.isInteger(value) && value > 1 ? value : 1;
  },
  renderHTML: (attributes: Record<string, unknown>) =>
    Number(attributes[name]) > 1 ? { [name]: attributes[name] } : {},
});

// prosemirror-tables keeps column widths on cells; kept out of the HTML.
const cellAttributes = () => ({
  colspan: span("colspan"),
  rowspan: span("rowspan"),
  colwidth: { default: null, rendered: false },
});

export const TableCell = Node.create({
  name: "tableCell",
  content: CELL_CONTENT,
  tableRole: "cell",
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: "td" }],
  renderHTML: ({ HTMLAttributes }) => ["td", HTMLAttributes, 0],
});

export const TableHeader = Node.create({
  name: "tableHeader",
  content: CELL_CONTENT,
  tableRole: "header_cell",
  isolating: true,
  addAttributes: () => ({
    ...cellAttributes(),
    scope: {
      default: null,
      parseHTML: (element: HTMLElement) => {
        const scope = element.getAttribute("scope");
        return scope && SCOPES.includes(scope) ? scope : null;
      },
    },
  }),
  parseHTML: () => [{ tag: "th" }],
  renderHTML: ({ HTMLAttributes }) => ["th", HTMLAttributes, 0],
});

export const TableRow = Node.create({
  name: "tableRow",
  content: "(tableCell | tableHeader)*",
  tableRole: "row",
  parseHTML: () => [{ tag: "tr" }],
  renderHTML: () => ["tr", 0],
});

/** The rows, as prosemirror-tables sees the table. */
export const TableBody = Node.create({
  name: "tableBody",
  content: "tableRow+",
  tableRole: "table",
  isolating: true,
  renderHTML: () => ["tbody", 0],
});

/** What the table shows (read out first by screen readers); bold, italic and links allowed. */
export const TableCaption = Node.create({
  name: "tableCaption",
  content: "text*",
  isolating: true,
  parseHTML: () => [{ tag: "caption" }],
  renderHTML: () => ["caption", 0],
});

export const Table = Node.create({
  name: "table",
  group: "block",
  content: "tableCaption? tableBody",
  isolating: true,
  parseHTML: () => [{ tag: "table" }],
  renderHTML: () => ["table", 0],

  // Hands each node's tableRole to its ProseMirror spec, where prosemirror-tables looks for it.
  extendNodeSchema: (extension) => ({ tableRole: extension.config.tableRole }),

  addProseMirrorPlugins: () => [tableEditing()],

  addKeyboardShortcuts() {
    // Tab and Shift+Tab move between cells; past the last (or first) cell they leave the editor
    // as anywhere else, so a keyboard user is never held inside a table. Enter in the caption
    // goes on to the first cell, as a caption is one line.
    return {
      Tab: () => goToNextCell(1)(this.editor.state, this.editor.view.dispatch),
      "Shift-Tab": () => goToNextCell(-1)(this.editor.state, this.editor.view.dispatch),
      Enter: () => {
        const { $from } = this.editor.state.selection;
        if ($from.parent.type.name !== "tableCaption") return false;
        const firstCell = $from.after() + 3; // past the caption's end, into body, row and cell
        this.editor.view.dispatch(
          this.editor.state.tr.setSelection(TextSelection.near(this.editor.state.doc.resolve(firstCell))),
        );
        return true;
      },
    };
  },

  addCommands() {
    return {
      insertTable:
        ({ rows, columns } = { rows: 3, columns: 2 }) =>
        ({ tr, dispatch, editor }) => {
          const table = newTable(editor, rows, columns);
          if (dispatch) {
            const start = tr.selection.from;
            tr.replaceSelectionWith(table).scrollIntoView();
            tr.setSelection(TextSelection.near(tr.doc.resolve(start + 1)));
          }
          return true;
        },
      addRowAfter: fromProseMirror(addRowAfter),
      deleteRow: fromProseMirror(deleteRow),
      addColumnAfter: fromProseMirror(addColumnAfter),
      deleteColumn: fromProseMirror(deleteColumn),
      // The whole <table>, caption and all; prosemirror-tables' own would leave the caption behind.
      deleteTable:
        () =>
        ({ state, tr, dispatch }) => {
          const table = tableAround(state);
          if (!table) return false;
          if (dispatch) tr.delete(table.pos, table.pos + table.node.nodeSize).scrollIntoView();
          return true;
        },
      addTableCaption:
        () =>
        ({ state, tr, dispatch }) => {
          const table = tableAround(state);
          if (!table || table.node.firstChild?.type.name === "tableCaption") return false;
          if (dispatch) {
            tr.insert(table.pos + 1, nodeType(state.schema, "tableCaption").create());
            tr.setSelection(TextSelection.create(tr.doc, table.pos + 2)).scrollIntoView();
          }
          return true;
        },
      removeTableCaption:
        () =>
        ({ state, tr, dispatch }) => {
          const table = tableAround(state);
          const caption = table?.node.firstChild;
          if (!table || caption?.type.name !== "tableCaption") return false;
          if (dispatch) {
            tr.delete(table.pos + 1, table.pos + 1 + caption.nodeSize);
            tr.setSelection(TextSelection.near(tr.doc.resolve(table.pos + 1))).scrollIntoView();
          }
          return true;
        },
    };
  },
});

/** The <table> node the caret is in (in its caption or a cell), with its position. */
function tableAround(state: EditorState): { node: ProseMirrorNode; pos: number } | undefined {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === "table") return { node, pos: $from.before(depth) };
  }
  return undefined;
}

/** Whether the table around the caret has a caption: the toolbar offers to add or remove one. */
export const tableHasCaption = (state: EditorState): boolean =>
  tableAround(state)?.node.firstChild?.type.name === "tableCaption";

/** A prosemirror-tables command as a TipTap one. */
const fromProseMirror =
  (command: Command) =>
  () =>
  ({ state, dispatch }: CommandProps) =>
    command(state, dispatch);

function nodeType(schema: Schema, name: string): NodeType {
  const found = schema.nodes[name];
  if (!found) throw new Error(`The editor has no ${name} node.`);
  return found;
}

function newTable(editor: Editor, rows: number, columns: number): ProseMirrorNode {
  const type = (name: string) => nodeType(editor.schema, name);
  const row = (cell: string, attrs: Attrs | null) =>
    type("tableRow").create(
      null,
      Array.from({ length: columns }, () => type(cell).createAndFill(attrs) as ProseMirrorNode),
    );
  const body = Array.from({ length: Math.max(1, rows - 1) }, () => row("tableCell", null));
  return type("table").create(
    null,
    type("tableBody").create(null, [row("tableHeader", { scope: "col" }), ...body]),
  );
}

export const TABLE_EXTENSIONS = [Table, TableCaption, TableBody, TableRow, TableHeader, TableCell];
