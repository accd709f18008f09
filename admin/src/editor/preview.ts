// The preview tab shows a page the server rendered from the editor's unsaved fields. It is
// handed over as a blob URL because the page comes from a POST (the fields, with the CSRF header).

/** How long the tab has to load the page before its memory is released. */
const KEEP_MS = 60_000;

export function previewPageUrl(html: string): string {
  // A blob document resolves "/assets/…" against "blob:…", which has no path: the base makes the
  // page's root-relative stylesheet, photos and links point at this site.
  const based = html.replace(/<head([^>]*)>/i, `<head$1><base href="${window.location.origin}/">`);
  const url = URL.createObjectURL(new Blob([based], { type: "text/html;charset=utf-8" }));
  setTimeout(() => URL.revokeObjectURL(url), KEEP_MS);
  return url;
}
