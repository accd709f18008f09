/**
 * Notes' share of the corpus: a story is submitted and returned with the payload as its note, then
 * given another note with the payload. Both show in the Notes panel beside the editor.
 */
import { expectOk, type Planter, stored } from "./xss-planter.ts";

/** The texts the story's Notes panel must show, as stored. */
export async function plantNotes(planter: Planter, storyId: number): Promise<string[]> {
  const api = planter.api;
  expectOk(await api.request("POST", `/articles/${storyId}/submit`), "submitting the story for its return");
  await planter.plant(
    { "POST /articles/{id}/return note": (note) => ({ note }) },
    { note: "Returned." },
    (body) => api.request("POST", `/articles/${storyId}/return`, body),
  );
  await planter.plant(
    { "POST /articles/{id}/notes body": (body) => ({ body }) },
    { body: "A note." },
    (body) => api.request("POST", `/articles/${storyId}/notes`, body),
  );
  return (["POST /articles/{id}/return note", "POST /articles/{id}/notes body"] as const)
    .filter((field) => planter.accepted(field))
    .map((field) => stored(planter.text(field)));
}
