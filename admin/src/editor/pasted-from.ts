// The figure's address before the paste cleaner swapped it for a stand-in (paste/hold-foreign-
// images.ts): kept on the node while the picture is brought into the library, never written out,
// so a body saved meanwhile holds only the stand-in (which the server drops, as not a library photo).
import { Extension } from "@tiptap/react";
import { PASTED_SRC } from "./paste/hold-foreign-images.ts";

export const PastedFrom = Extension.create({
  name: "pastedFrom",
  addGlobalAttributes: () => [
    {
      types: ["figure"],
      attributes: {
        pastedFrom: {
          default: null,
          rendered: false,
          parseHTML: (element) =>
            (element.tagName === "IMG" ? element : element.querySelector("img"))?.getAttribute(PASTED_SRC) ??
            null,
        },
      },
    },
  ],
});
