// Ctrl+Enter (Cmd+Enter on a Mac) inside a form sends it. Heard while the key goes down through
// the form, before the body editor sees it: TipTap would otherwise insert a line break first.
import { type RefObject, useEffect, useRef } from "react";

export function useSubmitShortcut(form: RefObject<HTMLElement | null>, submit: () => void): void {
  const latest = useRef(submit);
  latest.current = submit;
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current();
    };
    element.addEventListener("keydown", onKeyDown, { capture: true });
    return () => element.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [form]);
}
