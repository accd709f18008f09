import type { MediaImage } from "./media.ts";

interface PictureProps {
  image: MediaImage;
  sizes: string;
  /** Above-the-fold images load eagerly; the rest wait until the reader scrolls near them. */
  eager?: boolean;
  alt?: string;
  className?: string;
}

/** A responsive picture: AVIF, then WebP where the browser takes them, else JPEG, with its intrinsic size. */
export function Picture({ image, sizes, eager = false, alt, className }: PictureProps) {
  return (
    <picture class={className}>
      {image.srcset.avif && <source type="image/avif" srcset={image.srcset.avif} sizes={sizes} />}
      {image.srcset.webp && <source type="image/webp" srcset={image.srcset.webp} sizes={sizes} />}
      <img
        src={image.src}
        srcset={image.srcset.jpeg || undefined}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt ?? image.alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        fetchpriority={eager ? "high" : undefined}
      />
    </picture>
  );
}
