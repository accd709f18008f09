import type { ColumnDefinitionBuilder } from "kysely";

/** The per-engine column builders migrations need; chosen in migrate.ts from the dialect capabilities. */
export interface MigrationTools {
  /** An auto-numbered integer primary key. */
  id: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** For the few structures that exist in one engine only, such as the full-text index. */
  dialect: "sqlite" | "postgres";
}
