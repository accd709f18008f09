// Inline photo in the story body: <figure><img …><figcaption>…</figcaption></figure>.
// One atom node rather than TipTap's Image (a bare <img>) because the public templates and the
// server's sanitizer expect the caption and credit to travel with the photo. The caption is an
// attribute, not editable rich text: it comes from the photo library, where it is corrected.
// A figure from the library names its photo (data-media-id): readers then get the library's
// current picture and texts, and the img and caption stored here are only a fallback.
import { Selection } from "@tiptap/pm/state";
import { mergeAttributes, Node } from "@tiptap/react";

export interface FigureAttrs {
  /** The library photo this figure shows; null for a picture that is not in the library. */
  mediaId: number | null;
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** The whole figcaption text ("caption — credit"). */
  caption: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: FigureAttrs) => ReturnType };
  }
}

const numberOrNull = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

// Attributes the sanitizer keeps on <img> but the newsroom never sets; carried through so
// editing a story never strips them from existing bodies.
const passThrough = ["srcset", "sizes", "loading"] as const;

export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null },
      src: { default: "" },
      alt: { default: "" },
      width: { default: null },
      height: { default: null },
      caption: { default: "" },
      ...Object.fromEntries(passThrough.map((name) => [name, { default: null }])),
    };
  },

  parseHTML() {
    const fromImg = (img: HTMLImageElement | null) =>
      img?.getAttribute("src")
        ? {
            src: img.getAttribute("src"),
            alt: img.getAttribute("alt") ?? "",
            width: numberOrNull(img.getAttribute("width")),
            height: numberOrNull(img.getAttribute("height")),
            ...Object.fromEntries(passThrough.map((name) => [name, img.getAttribute(name)])),
          }
        : false;
    return [
      {
        tag: "figure",
        getAttrs: (el) => {
          const img = fromImg(el.querySelector("img"));
          return (
            img && {
              ...img,
              mediaId: numberOrNull(el.getAttribute("data-media-id")),
              caption: el.querySelector("figcaption")?.textContent?.trim() ?? "",
            }
          );
        },
      },
      // A bare <img> from older or pasted copy becomes a captionless figure instead of being dropped.
      { tag: "img[src]", getAttrs: (el) => fromImg(el as HTMLImageElement) },
    ];
  },

  renderHTML({ node }) {
    const { caption, mediaId, ...img } = node.attrs as FigureAttrs & Record<string, unknown>;
    const imgAttrs = Object.fromEntries(Object.entries(img).filter(([, v]) => v !== null && v !== ""));
    // alt is always written, even empty, so a decorative photo is not read out as its file name.
    const image = ["img", mergeAttributes(imgAttrs, { alt: String(img.alt ?? "") })] as const;
    const figure = ["figure", mediaId === null ? {} : { "data-media-id": String(mediaId) }] as const;
    return caption ? [...figure, image, ["figcaption", caption]] : [...figure, image];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ chain }) =>
          chain()
            .insertContent({ type: this.name, attrs })
            // insertContent leaves the new figure node-selected, so the next keystroke would
            // replace it. Put the caret after it instead (a gap cursor if nothing follows).
            .command(({ tr }) => {
              tr.setSelection(Selection.near(tr.doc.resolve(tr.selection.to), 1));
              return true;
            })
            .run(),
    };
  },
});
