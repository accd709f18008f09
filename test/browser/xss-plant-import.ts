/**
 * Photo import's share of the corpus: a picture brought in from a web address whose file name is
 * the payload. The library names an imported photo by that file name, so the Photos screen shows it.
 */
import type { Planter } from "./xss-planter.ts";

/** The address of a path on the test's picture website, which answers every path with a picture. */
export type PictureAt = (path: string) => string;

export async function plantImport(planter: Planter, pictureAt: PictureAt): Promise<void> {
  await planter.plant(
    { "POST /media/import url": (name) => ({ url: pictureAt(`/import/${encodeURIComponent(name)}`) }) },
    {},
    (body) => planter.api.request("POST", "/media/import", body),
  );
}
