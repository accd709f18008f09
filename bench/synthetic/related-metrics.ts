/**
 * Scores related-story lists against the labelled set's clusters, and checks the rules every
 * list must keep whatever its quality: never the story itself, never its translation, never two
 * versions of one wire story side by side.
 */

export interface StoryLabel {
  edition: string;
  /** Null for stories in no cluster (background and noise): they are not scored as queries. */
  cluster: string | null;
  duplicateGroup: string | null;
  translationGroup: string | null;
}

/** How many of the top results are scored. */
export const CUTOFF = 4;

export interface EditionScore {
  edition: string;
  /** Stories scored (those in a cluster). */
  queries: number;
  precision: number;
  ndcg: number;
  /** Scored stories whose list had fewer than CUTOFF stories. */
  shortLists: number;
  /** Lists (any story's) holding two versions of one wire story. */
  duplicatePairs: number;
  /** Lists holding the story itself. */
  self: number;
  /** Lists holding the story's translation. */
  translations: number;
  /** Lists of a wire version that hold another version of the same story: allowed, but worth watching. */
  ownVersion: number;
}

const discount = (rank: number) => 1 / Math.log2(rank + 2);

function gains(id: number, list: readonly number[], labels: ReadonlyMap<number, StoryLabel>): number[] {
  const cluster = labels.get(id)?.cluster;
  return list.slice(0, CUTOFF).map((other) => (labels.get(other)?.cluster === cluster ? 1 : 0));
}

/** nDCG with binary gains; the ideal list holds min(CUTOFF, stories in the cluster) relevant stories. */
function ndcg(found: readonly number[], relevantCount: number): number {
  const ideal = Array.from({ length: Math.min(CUTOFF, relevantCount) }, (_, i) => discount(i)).reduce(
    (a, b) => a + b,
    0,
  );
  const dcg = found.reduce((sum, gain, i) => sum + gain * discount(i), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

function hasDuplicatePair(list: readonly number[], labels: ReadonlyMap<number, StoryLabel>): boolean {
  const groups = list.flatMap((id) => labels.get(id)?.duplicateGroup ?? []);
  return new Set(groups).size < groups.length;
}

/** Per edition, over every story that has a label; lists are keyed by story id, best first. */
export function scoreRelated(
  lists: ReadonlyMap<number, readonly number[]>,
  labels: ReadonlyMap<number, StoryLabel>,
): EditionScore[] {
  const clusterSizes = new Map<string, number>();
  for (const label of labels.values()) {
    if (label.cluster !== null) {
      const key = `${label.edition}|${label.cluster}`;
      clusterSizes.set(key, (clusterSizes.get(key) ?? 0) + 1);
    }
  }
  const editions = [...new Set([...labels.values()].map((l) => l.edition))];
  return editions.map((edition) => {
    const score: EditionScore = {
      edition,
      queries: 0,
      precision: 0,
      ndcg: 0,
      shortLists: 0,
      duplicatePairs: 0,
      self: 0,
      translations: 0,
      ownVersion: 0,
    };
    for (const [id, label] of labels) {
      if (label.edition !== edition) continue;
      const list = lists.get(id) ?? [];
      if (list.includes(id)) score.self++;
      const group = label.translationGroup;
      if (
        group !== null &&
        list.some((other) => other !== id && labels.get(other)?.translationGroup === group)
      )
        score.translations++;
      if (hasDuplicatePair(list, labels)) score.duplicatePairs++;
      const version = label.duplicateGroup;
      if (version !== null && list.some((other) => labels.get(other)?.duplicateGroup === version))
        score.ownVersion++;
      if (label.cluster === null) continue;
      const found = gains(id, list, labels);
      score.queries++;
      score.precision += found.reduce((a, b) => a + b, 0) / CUTOFF;
      score.ndcg += ndcg(found, (clusterSizes.get(`${edition}|${label.cluster}`) ?? 1) - 1);
      if (list.length < CUTOFF) score.shortLists++;
    }
    score.precision /= Math.max(score.queries, 1);
    score.ndcg /= Math.max(score.queries, 1);
    return score;
  });
}

/** Whether the lists keep the rules: no self, no translation, no two versions of one story. */
export function rulesKept(scores: readonly EditionScore[]): boolean {
  return scores.every((s) => s.self === 0 && s.translations === 0 && s.duplicatePairs === 0);
}
