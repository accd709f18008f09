/**
 * The offline evaluation of related stories: load the labelled set (optionally over a slice of
 * the synthetic archive as background), index it, compute and store every labelled story's
 * related stories the way publishing does, then read the stored lists back and score them.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/database.ts";
import { refreshRelated } from "../../src/search/related/related-stories.ts";
import { rebuildSearchIndex } from "../../src/search/search-index.ts";
import { archiveBatches } from "./archive.ts";
import { buildLabelledSet, LABELLED_NOW, type LabelledOptions } from "./labelled.ts";
import { loadSyntheticStories } from "./load-stories.ts";
import { type EditionScore, type StoryLabel, scoreRelated } from "./related-metrics.ts";
import type { SyntheticStory } from "./synthetic-types.ts";

export interface EvaluationOptions {
  labelled?: LabelledOptions;
  /** Archive stories per edition loaded first, in no cluster: the rest of the paper. */
  background?: number;
}

export interface Evaluation {
  scores: EditionScore[];
  /** Milliseconds spent in each step. */
  timings: { load: number; index: number; related: number };
  stories: { labelled: number; background: number };
}

const LOAD_BATCH = 500;

function batches(stories: readonly SyntheticStory[]): SyntheticStory[][] {
  const out: SyntheticStory[][] = [];
  for (let i = 0; i < stories.length; i += LOAD_BATCH) out.push(stories.slice(i, i + LOAD_BATCH));
  return out;
}

export async function evaluateRelated(
  db: Kysely<Database>,
  options: EvaluationOptions = {},
): Promise<Evaluation> {
  const labels = new Map<number, StoryLabel>();
  const label = ({ edition, cluster, duplicateGroup, translationGroup }: SyntheticStory, id: number) =>
    labels.set(id, { edition, cluster, duplicateGroup, translationGroup });
  const labelledIds: number[] = [];

  let start = performance.now();
  const background =
    options.background && options.background > 0
      ? await loadSyntheticStories(db, archiveBatches({ perEdition: options.background }), {
          now: LABELLED_NOW,
          onLoaded: label,
        })
      : 0;
  const labelled = await loadSyntheticStories(db, batches(buildLabelledSet(options.labelled)), {
    now: LABELLED_NOW,
    onLoaded: (story, id) => {
      label(story, id);
      labelledIds.push(id);
    },
  });
  const load = performance.now() - start;

  start = performance.now();
  await rebuildSearchIndex(db);
  const index = performance.now() - start;

  start = performance.now();
  for (const id of labelledIds) await refreshRelated(db, id, LABELLED_NOW);
  const related = performance.now() - start;

  const rows = await db
    .selectFrom("related_stories")
    .select(["article_id", "related_id"])
    .orderBy("article_id")
    .orderBy("position")
    .execute();
  const lists = new Map<number, number[]>();
  for (const row of rows) {
    const list = lists.get(row.article_id) ?? [];
    list.push(row.related_id);
    lists.set(row.article_id, list);
  }
  return {
    scores: scoreRelated(lists, labels),
    timings: { load, index, related },
    stories: { labelled, background },
  };
}
