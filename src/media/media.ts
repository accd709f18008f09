/** A picture ready to render: every size we have, plus the texts that must travel with it. */
export interface MediaImage {
  id: number;
  width: number;
  height: number;
  caption: string;
  alt: string;
  credit: string;
  /** URL of the fallback JPEG used for `src`. */
  src: string;
  /** `srcset` values per format, widest last. */
  srcset: { webp: string; jpeg: string };
  /** URL of the narrowest variant, for thumbnails and feeds. */
  thumbnail: string;
}

export const MEDIA_URL_PREFIX = "/media/";
export const VARIANT_WIDTHS = [320, 640, 960, 1280] as const;
