import { z } from "zod";

/** The largest row id either database holds: PostgreSQL's `integer` (int4). */
export const MAX_ID = 2_147_483_647;

/**
 * A row id in a JSON body. A larger number would reach PostgreSQL and fail there as a 500 ("out
 * of range for type integer"); here it is a 400 naming the field.
 */
export const BodyId = z.number().int().positive().max(MAX_ID);

/** A row id in a path or query string: digits coerced to a number, then checked as BodyId. */
export const ParamId = z.coerce.number().int().positive().max(MAX_ID);

export const isRowId = (value: unknown): value is number => BodyId.safeParse(value).success;
