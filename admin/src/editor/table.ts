// Tables in the story body (results, fares, timetables), on prosemirror-tables, which @tiptap/pm
// already ships. Written here rather than taken from @tiptap/extension-table because that package
// is not published for the TipTap version the editor is on, and pins its peers exactly. Only what
// a news table needs: a header row, cell spans, Tab between cells; no column resizing (widths are
// the reader's screen's business), and cells hold text and lists, not photos or other tables.
import type { Attrs, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { type Command, TextSelection } from "@tiptap/pm/state";
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
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

export const Table = Node.create({
  name: "table",
  group: "block",
  content: "tableRow+",
  tableRole: "table",
  isolating: true,
  parseHTML: () => [{ tag: "table" }],
  renderHTML: () => ["table", ["tbody", 0]],

  // Hands each node's tableRole to its ProseMirror spec, where prosemirror-tables looks for it.
  extendNodeSchema: (extension) => ({ tableRole: extension.config.tableRole }),

  addProseMirrorPlugins: () => [tableEditing()],

  addKeyboardShortcuts() {
    // Tab and Shift+Tab move between cells; past the last (or first) cell they leave the editor
    // as anywhere else, so a keyboard user is never held inside a table.
    return {
      Tab: () => goToNextCell(1)(this.editor.state, this.editor.view.dispatch),
      "Shift-Tab": () => goToNextCell(-1)(this.editor.state, this.editor.view.dispatch),
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
      deleteTable: fromProseMirror(deleteTable),
    };
  },
});

/** A prosemirror-tables command as a TipTap one. */
const fromProseMirror =
  (command: Command) =>
  () =>
  ({ state, dispatch }: CommandProps) =>
    command(state, dispatch);

function newTable(editor: Editor, rows: number, columns: number): ProseMirrorNode {
  const type = (name: string) => {
    const found = editor.schema.nodes[name];
    if (!found) throw new Error(`The editor has no ${name} node.`);
    return found;
  };
  const row = (cell: string, attrs: Attrs | null) =>
    type("tableRow").create(
      null,
      Array.from({ length: columns }, () => type(cell).createAndFill(attrs) as ProseMirrorNode),
    );
  const body = Array.from({ length: Math.max(1, rows - 1) }, () => row("tableCell", null));
  return type("table").create(null, [row("tableHeader", { scope: "col" }), ...body]);
}

export const TABLE_EXTENSIONS = [Table, TableRow, TableHeader, TableCell];
