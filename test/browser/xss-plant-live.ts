/**
 * Live blogs' share of the corpus: a published live blog with one key-event entry posted with the
 * payload as its headline and body, and another corrected to them. The story's page shows both
 * headlines, in the stream and in the key events' summary.
 */
import { expectOk, PLACEHOLDER, type Planter, stored } from "./xss-planter.ts";

const POSTED = "POST /articles/{id}/entries headline" as const;
const CORRECTED = "PATCH /articles/{id}/entries/{entryId} headline" as const;

export interface PlantedLive {
  id: number;
  path: string;
  /** Its own headline, no other's prefix: the edition's feeds list it among the planted stories. */
  headline: string;
  /** The entry headlines the page must show, as stored. */
  texts: string[];
}

export async function plantLive(
  planter: Planter,
  publish: (id: number) => Promise<string>,
): Promise<PlantedLive> {
  const api = planter.api;
  const headline = `Live coverage ${planter.index} (planted)`;
  const created = await api.request<{ id: number }>("POST", "/articles", {
    edition: "en",
    section: "national",
    kind: "live",
    headline,
    standfirst: PLACEHOLDER,
    body: `<p>${PLACEHOLDER}</p>`,
  });
  expectOk(created, "starting a live blog");
  const entries = `/articles/${created.body.id}/entries`;
  const base = { bodyHtml: `<p>${PLACEHOLDER}</p>`, keyEvent: true };
  await planter.plant(
    {
      [POSTED]: (headline) => ({ headline }),
      "POST /articles/{id}/entries bodyHtml": (bodyHtml) => ({ bodyHtml }),
    },
    base,
    (body) => api.request("POST", entries, body),
  );
  const second = await api.request<{ id: number; version: number }>("POST", entries, base);
  expectOk(second, "posting an entry to correct");
  await planter.plant(
    {
      [CORRECTED]: (headline) => ({ headline }),
      "PATCH /articles/{id}/entries/{entryId} bodyHtml": (bodyHtml) => ({ bodyHtml }),
    },
    { version: second.body.version },
    (body) => api.request("PATCH", `${entries}/${second.body.id}`, body),
  );
  await plantTranslation(planter, created.body.id, second.body.id);
  const path = await publish(created.body.id);
  const texts = [POSTED, CORRECTED].filter((f) => planter.accepted(f)).map((f) => stored(planter.text(f)));
  return { id: created.body.id, path, headline, texts };
}

/**
 * An entry sent to the Bangla edition's live blog as a task (the edition itself a payload first,
 * which the API refuses), and the task completed with the payload as the translation's headline
 * and body.
 */
async function plantTranslation(planter: Planter, liveId: number, entryId: number): Promise<void> {
  const api = planter.api;
  const tasks = `/articles/${liveId}/entries/${entryId}/translation-tasks`;
  await planter.probe("POST /articles/{id}/entries/{entryId}/translation-tasks edition", (edition) =>
    api.request("POST", tasks, { edition }),
  );
  const bangla = await api.request<{ id: number }>("POST", `/articles/${liveId}/translations`, {
    edition: "bn",
  });
  expectOk(bangla, "starting the live blog's Bangla translation");
  const task = await api.request<{ id: number }>("POST", tasks, { edition: "bn" });
  expectOk(task, "sending an entry to the Bangla desk");
  await planter.plant(
    {
      "POST /articles/{id}/translation-tasks/{taskId}/entries headline": (headline) => ({ headline }),
      "POST /articles/{id}/translation-tasks/{taskId}/entries bodyHtml": (bodyHtml) => ({ bodyHtml }),
    },
    { bodyHtml: `<p>${PLACEHOLDER}</p>` },
    (body) =>
      api.request("POST", `/articles/${bangla.body.id}/translation-tasks/${task.body.id}/entries`, body),
  );
}
