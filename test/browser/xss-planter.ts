/**
 * How the guard writes a payload into a field: each write is recorded with its answer, a field the
 * API refuses is recorded and the write sent again without it, and no answer may be a 5xx.
 */
import type { ApiClient, ApiResponse } from "../support/api-client.ts";
import { PLANTED_FIELDS, type PlantedField } from "./xss-fields.ts";
import { markerOf, XSS_PAYLOADS } from "./xss-payloads.ts";

/** One payload sent to one field, and what the API answered. */
export interface Planting {
  marker: number;
  field: PlantedField;
  payload: string;
  status: number;
}

export const PLACEHOLDER = "Placeholder";

/** The text as the API stores it: trimmed and in NFC. */
export const stored = (text: string) => text.trim().normalize("NFC");

export class Planter {
  constructor(
    readonly api: ApiClient,
    readonly log: Planting[],
    readonly index: number,
  ) {}

  /** The payload written for one field, with its marker. */
  text(field: PlantedField): string {
    const payload = XSS_PAYLOADS[this.index];
    if (!payload) throw new Error(`no payload ${this.index}`);
    return payload.make(markerOf(PLANTED_FIELDS.indexOf(field), this.index));
  }

  record(field: PlantedField, status: number): void {
    this.log.push({
      marker: markerOf(PLANTED_FIELDS.indexOf(field), this.index),
      field,
      payload: this.text(field),
      status,
    });
  }

  /** Whether the API took this field's payload (a field with a length limit may refuse a long one). */
  accepted(field: PlantedField): boolean {
    const marker = markerOf(PLANTED_FIELDS.indexOf(field), this.index);
    return this.log.some((p) => p.field === field && p.marker === marker && p.status < 400);
  }

  /** A write carrying one field's payload that the API may refuse; it must not fail on it. */
  async probe(field: PlantedField, send: (value: string) => Promise<ApiResponse>): Promise<void> {
    const response = await send(this.text(field));
    this.record(field, response.status);
  }

  /**
   * A write that plants several fields at once. A field the API refuses (named in the problem's
   * `errors` or `field`) is recorded and replaced by a placeholder, and the write is sent again.
   */
  async plant(
    fields: Partial<Record<PlantedField, (value: string) => Record<string, unknown>>>,
    base: Record<string, unknown>,
    send: (body: Record<string, unknown>) => Promise<ApiResponse>,
  ): Promise<ApiResponse> {
    const planted = new Map(
      Object.entries(fields) as [PlantedField, (v: string) => Record<string, unknown>][],
    );
    for (;;) {
      const body = { ...base };
      for (const [field, put] of planted) merge(body, put(this.text(field)));
      const response = await send(body);
      const refused = response.status >= 400 ? refusedFields(response, [...planted.keys()]) : [];
      if (refused.length === 0) {
        for (const field of planted.keys()) this.record(field, response.status);
        expectOk(response, `planting ${[...planted.keys()].join(", ")}`);
        return response;
      }
      for (const field of refused) {
        this.record(field, response.status);
        planted.delete(field);
      }
    }
  }
}

function merge(target: Record<string, unknown>, extra: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(extra)) {
    const existing = target[key];
    target[key] = Array.isArray(existing) && Array.isArray(value) ? [...value, ...existing] : value;
  }
}

/** The planted fields a refusal names, by the JSON property its problem document points at. */
function refusedFields(response: ApiResponse, fields: PlantedField[]): PlantedField[] {
  const body = response.body as { errors?: { path: string }[]; field?: string };
  // Paths start with where the value was ("body.tags.0"); only the property names count.
  const named = [
    ...(body.errors ?? []).map((e) => e.path.split(".").slice(1).join(".")),
    body.field ?? "",
  ].join(" ");
  return fields.filter((field) => {
    const property = field.split(" ")[2]?.replace(/\[\]$/, "").split(".").at(-1) ?? "";
    return property !== "" && new RegExp(`\\b${property}\\b`).test(named);
  });
}

export function expectOk(response: ApiResponse, what: string): void {
  if (response.status >= 300)
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
}
