// The editor's keyboard shortcuts, listed where a writer can find them: a toolbar button, "?" outside
// a text field, or Ctrl+/ (Cmd+/) anywhere on the editor page.
import { Dialog } from "../components/Dialog.tsx";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** The modifier a Mac writer presses where others press Ctrl. */
export const MOD =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

const SHORTCUTS: readonly [keys: string, action: MessageKey][] = [
  [`${MOD}+K`, "shortcuts.link"],
  [`${MOD}+B`, "shortcuts.bold"],
  [`${MOD}+I`, "shortcuts.italic"],
  [`${MOD}+Z`, "shortcuts.undo"],
  [`${MOD}+Shift+Z`, "shortcuts.redo"],
  [`? · ${MOD}+/`, "shortcuts.help"],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t("shortcuts.title")} onClose={onClose}>
      <p className="help">{t("shortcuts.intro")}</p>
      <table className="table shortcuts">
        <thead>
          <tr>
            <th scope="col">{t("shortcuts.keys")}</th>
            <th scope="col">{t("shortcuts.action")}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

/** Whether a key press is the "show shortcuts" one; "?" counts only where it would not be typed. */
export function isShortcutsKey(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key === "/") return true;
  if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  const typing =
    target !== null &&
    (target.isContentEditable ||
      target.closest("input, textarea, select, [contenteditable='true']") !== null);
  return !typing;
}
