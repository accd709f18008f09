// Where a pasted picture's address points, which decides what the editor can do with it: a
// library photo stays; one on the web is brought in by the server; one embedded in the copy
// (a data: address, as some sites and Docs drawings give) is uploaded from its bytes; one on the
// writer's computer (Word's file:///C:/Users/…/clip_image001.png, a blob:) cannot be reached.

export type ImageOrigin = "library" | "web" | "embedded" | "computer";

const LIBRARY_PATH = "/media/";

/** Where the picture at `src` is, seen from a page at `base` (the newsroom's own address). */
export function imageOrigin(src: string, base: string): ImageOrigin {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return "computer";
  }
  const own = new URL(base).origin;
  if (url.origin === own && url.pathname.startsWith(LIBRARY_PATH)) return "library";
  if (url.protocol === "data:") return "embedded";
  if ((url.protocol === "http:" || url.protocol === "https:") && url.origin !== own) return "web";
  return "computer";
}

/** The bytes of a data: address as a file to upload, or undefined when it is not a picture. */
export function embeddedFile(src: string, name: string): File | undefined {
  const match = /^data:(image\/[\w.+-]+)?(;base64)?,(.*)$/is.exec(src);
  if (!match?.[1]) return undefined;
  const payload = match[3] ?? "";
  const bytes = match[2]
    ? Uint8Array.from(atob(payload.replace(/\s/g, "")), (c) => c.charCodeAt(0))
    : new TextEncoder().encode(decodeURIComponent(payload));
  return new File([bytes], name, { type: match[1] });
}
