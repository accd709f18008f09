// A pasted picture from anywhere but the photo library must not be loaded by the newsroom: its
// server would learn who is editing what (and the newsroom's Content-Security-Policy refuses it
// anyway). Its address moves to data-pasted-src and a blank stand-in takes its place until the
// picture has been brought into the library (PastedImages.tsx), which then shows the real photo.
import { imageOrigin } from "./image-origin.ts";

/** A transparent pixel: a picture address the page may show, holding the figure's place. */
export const STAND_IN = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
export const PASTED_SRC = "data-pasted-src";

/** Swaps every picture not in the library, seen from `base`, for the stand-in, keeping its address aside. */
export function holdForeignImages(doc: Document, base: string): void {
  for (const img of Array.from(doc.querySelectorAll("img"))) {
    const src = img.getAttribute("src") ?? "";
    if (imageOrigin(src, base) === "library") continue;
    img.setAttribute(PASTED_SRC, src);
    img.setAttribute("src", STAND_IN);
  }
}
