// The page's single h1. After a client-side navigation focus moves here so keyboard and
// screen-reader users land at the start of the new page, and the document title follows.
import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n.tsx";

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();

  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [title, t]);

  useEffect(() => {
    // Only on mount: re-renders (e.g. a save) must not steal focus from the editor.
    const active = document.activeElement;
    if (!active || active === document.body || !document.getElementById("main")?.contains(active)) {
      ref.current?.focus({ preventScroll: true });
    }
  }, []);

  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="page-heading-actions">{children}</div>}
    </div>
  );
}
