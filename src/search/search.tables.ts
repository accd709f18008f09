import type { Generated } from "kysely";
import type { ArticleKind } from "../content/article.kinds.ts";
import type { IsoTime } from "../content/content.tables.ts";

/**
 * One row per published story in the index. The text itself lives in the engine's structure
 * (SQLite `search_fts`, keyed by rowid = article_id; PostgreSQL column `words` and `search_rank_vectors`),
 * which is reached only through src/search/engine.
 */
export interface SearchDocumentTable {
  article_id: number;
  edition: string;
  section_id: number;
  kind: ArticleKind;
  translation_group: string | null;
  published_at: IsoTime;
  /** Days since the Unix epoch, so both engines can blend recency with the same arithmetic. */
  published_day: number;
}

/** SQLite only: PostgreSQL reads a document's terms from its vector (migration 2026-12-03-10). */
export interface SearchDocumentTermsTable {
  article_id: number;
  /**
   * The document's distinct telling terms, space-separated: what related stories compare, and what
   * to subtract from `search_terms` on removal.
   */
  terms: string;
}

/**
 * PostgreSQL only: each document's headline, standfirst and tags as a tsvector, what ranking reads
 * (migration 2026-12-03-13). Apart from `search_documents`, whose rows every search scans.
 */
export interface SearchRankVectorTable {
  article_id: number;
  rank_tsv: string;
}

export interface SearchDocumentAuthorTable {
  article_id: number;
  author_id: number;
}

/**
 * PostgreSQL only: a code for every term the index has seen, never reused or renumbered, in which
 * the `words` column of `search_documents` is written (migration 2026-12-03-15).
 */
export interface SearchLexiconTable {
  code: Generated<number>;
  term: string;
}

/** How many documents of an edition hold each term: the idf behind related stories. */
export interface SearchTermTable {
  edition: string;
  term: string;
  doc_count: number;
}

/** Related stories computed when a story is published or updated, best first. */
export interface RelatedStoryTable {
  article_id: number;
  position: number;
  related_id: number;
}

/** Related stories an editor pinned; they come before the computed ones. */
export interface RelatedPinTable {
  article_id: number;
  position: number;
  related_id: number;
}

export interface SearchTables {
  search_documents: SearchDocumentTable;
  search_document_authors: SearchDocumentAuthorTable;
  search_document_terms: SearchDocumentTermsTable;
  search_rank_vectors: SearchRankVectorTable;
  search_lexicon: SearchLexiconTable;
  search_terms: SearchTermTable;
  related_stories: RelatedStoryTable;
  related_pins: RelatedPinTable;
}
