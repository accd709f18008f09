/**
 * The wire desk's share of the corpus: a source named and credited with the payloads, an item
 * ingested from it, and the adopt and translate requests probed with payloads for their section and
 * edition. The one adopted story carries the source's credit line, so the newsroom shows it.
 */
import { expectOk, PLACEHOLDER, type Planter, stored } from "./xss-planter.ts";

/** Puts a file into a source's intake as the drop folder would; the API has no upload. */
export type IngestWire = (sourceId: number, file: { name: string; bytes: Uint8Array }) => Promise<void>;

/** The draft adopted from the source's item (in the newsroom only) and the texts its editor shows. */
export interface AdoptedStory {
  id: number;
  texts: string[];
}

export interface PlantedWire {
  adopted: AdoptedStory;
  /** The source's name as stored, which the wire desk lists. */
  sourceName: string;
}

export async function plantWire(planter: Planter, ingest: IngestWire): Promise<PlantedWire> {
  const api = planter.api;
  const i = planter.index;
  const created = await planter.plant(
    {
      "POST /wire/sources name": (name) => ({ name }),
      "POST /wire/sources credit": (credit) => ({ credit }),
      "POST /wire/sources folder": (folder) => ({ folder }),
    },
    { name: `${PLACEHOLDER} ${i}`, credit: PLACEHOLDER, format: "ninjs", edition: "en", folder: `xss-${i}` },
    (body) => api.request("POST", `/wire/sources`, body),
  );
  const pulled = { format: "feed", credit: PLACEHOLDER, edition: "en" };
  await planter.probe("POST /wire/sources url", (v) =>
    api.request("POST", `/wire/sources`, {
      ...pulled,
      name: `xss-url-${i}`,
      url: `http://127.0.0.1:9/?${v}`,
    }),
  );
  await planter.probe("POST /wire/sources headers[]", (v) =>
    api.request("POST", `/wire/sources`, {
      ...pulled,
      name: `xss-header-${i}`,
      url: "http://127.0.0.1:9/feed",
      headers: [`X-Probe: ${v}`],
    }),
  );

  const sourceId = Number(created.body.id);
  await ingest(sourceId, { name: `xss-${i}.json`, bytes: ninjsItem(`urn:xss:${i}`) });
  const source = encodeURIComponent(String(created.body.name));
  const listed = await api.get<{ items: { id: number }[] }>(`/wire/items?source=${source}`);
  expectOk(listed, "wire items");
  const itemId = listed.body.items[0]?.id;
  if (itemId === undefined) throw new Error(`the item ingested into source ${sourceId} is not listed`);
  const item = `/wire/items/${itemId}`;
  await planter.probe("POST /wire/items/{id}/adopt section", (v) =>
    api.request("POST", `${item}/adopt`, { section: v }),
  );
  await planter.probe("POST /wire/items/{id}/translate section", (v) =>
    api.request("POST", `${item}/translate`, { section: v, edition: "bn" }),
  );
  await planter.probe("POST /wire/items/{id}/translate edition", (v) =>
    api.request("POST", `${item}/translate`, { section: `xss-${i}`, edition: v }),
  );
  const adopted = await api.request("POST", `${item}/adopt`, { section: `xss-${i}` });
  expectOk(adopted, "adopting the wire item");
  return {
    adopted: {
      id: Number(adopted.body.id),
      texts: [String(adopted.body.headline), stored(planter.text("POST /wire/sources credit"))],
    },
    sourceName: String(created.body.name),
  };
}

function ninjsItem(uri: string): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      uri,
      version: "1",
      versioncreated: "2026-12-04T06:00:00Z",
      headlines: [{ value: `Wire copy ${uri}` }],
      bodies: [{ contenttype: "text/html", value: `<p>${PLACEHOLDER}</p>` }],
    }),
  );
}
