/**
 * The breaking-news banner's share of the corpus: the English edition's banner set with the payload
 * as its text and in its link's query (refused where the payload is no part of an address), and
 * the payload as its end time, which is always refused. Every page of the edition shows the text.
 */
import { PLACEHOLDER, type Planter, stored } from "./xss-planter.ts";

const TEXT = "PUT /editions/{edition}/breaking text";

/** The banner's text as stored, or undefined if the API refused the payload (over 200 characters). */
export async function plantBreaking(planter: Planter, endsAt: string): Promise<string | undefined> {
  const put = (body: Record<string, unknown>) => planter.api.request("PUT", "/editions/en/breaking", body);
  await planter.plant(
    {
      [TEXT]: (text) => ({ text }),
      "PUT /editions/{edition}/breaking url": (from) => ({ url: `/en/?from=${from}` }),
    },
    { text: PLACEHOLDER, url: "/en/", endsAt },
    put,
  );
  await planter.probe("PUT /editions/{edition}/breaking endsAt", (v) =>
    put({ text: PLACEHOLDER, url: "/en/", endsAt: v }),
  );
  return planter.accepted(TEXT) ? stored(planter.text(TEXT)) : undefined;
}
