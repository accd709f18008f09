/**
 * The unique constraints a write can run into when people save at once, by name, with the
 * columns SQLite reports instead of the name.
 */
const UNIQUE_CONSTRAINTS = {
  articles_slug: "articles.edition, articles.slug",
  articles_one_per_edition: "articles.translation_group, articles.edition",
  tags_slug: "tags.edition, tags.slug",
  wire_sources_name: "wire_sources.name",
  wire_adoptions_edition: "wire_adoptions.item_id, wire_adoptions.edition",
} as const;

export type UniqueConstraint = keyof typeof UNIQUE_CONSTRAINTS;

/** Which known unique constraint a failed statement violated, on either engine; undefined for any other error. */
export function violatedConstraint(error: unknown): UniqueConstraint | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (code === "23505" && typeof constraint === "string") {
    return constraint in UNIQUE_CONSTRAINTS ? (constraint as UniqueConstraint) : undefined;
  }
  if (code === "SQLITE_CONSTRAINT_UNIQUE") {
    const columns = error.message.replace(/^UNIQUE constraint failed: /, "");
    return (Object.keys(UNIQUE_CONSTRAINTS) as UniqueConstraint[]).find(
      (name) => UNIQUE_CONSTRAINTS[name] === columns,
    );
  }
  return undefined;
}

/**
 * Whether a statement failed because a row it names was deleted meanwhile (a photo deleted while
 * a story was being saved with it): the services check first, so only a race gets here.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  return code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY";
}
