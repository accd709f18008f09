// Sections, tags and authors change rarely, so they are fetched once per edition and shared
// between the story list, the new-story form and the editor.
import { useEffect, useState } from "react";
import { taxonomyApi } from "../api/endpoints.ts";
import type { Author, EditionCode, Section, Tag } from "../api/types.ts";

const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    // Forget failures so the next mount retries.
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

/** After the taxonomy page changes something, the next mount of a list or form refetches. */
export function forgetTaxonomy(): void {
  cache.clear();
}

function useCached<T>(key: string | null, load: () => Promise<T>, empty: T): T {
  const [value, setValue] = useState<T>(empty);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key identifies the request.
  useEffect(() => {
    if (!key) {
      setValue(empty);
      return;
    }
    let live = true;
    cached(key, load).then(
      (v) => live && setValue(v),
      () => live && setValue(empty),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}

const noSections: Section[] = [];
const noTags: Tag[] = [];
const noAuthors: Author[] = [];

export function useSections(edition: EditionCode | null): Section[] {
  return useCached(
    edition ? `sections:${edition}` : null,
    () => taxonomyApi.sections(edition as EditionCode).then((r) => r.items),
    noSections,
  );
}

export function useTags(edition: EditionCode | null): Tag[] {
  return useCached(
    edition ? `tags:${edition}` : null,
    () => taxonomyApi.tags(edition as EditionCode).then((r) => r.items),
    noTags,
  );
}

export function useAuthors(): Author[] {
  return useCached("authors", () => taxonomyApi.authors().then((r) => r.items), noAuthors);
}
