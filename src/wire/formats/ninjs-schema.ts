import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type Options, type SchemaObject, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import { WireFormatError } from "../wire-error.ts";
import { GEOJSON_SCHEMA, GEOJSON_SCHEMA_ID } from "./ninjs-geojson.ts";
import type { NinjsSchemaVersion } from "./ninjs-version.ts";

/** The schemas are copies of IPTC's (see ninjs-schemas/README.md); the build copies them beside this module. */
const SCHEMA_DIR = new URL("./ninjs-schemas/", import.meta.url);

const DRAFT_04 = "http://json-schema.org/draft-04/schema#";

type Dialect = "draft-04" | "draft-07" | "2020-12";

interface Validator {
  compile(schema: SchemaObject): ValidateFunction;
  addSchema(schema: SchemaObject, key?: string): unknown;
}

const OPTIONS: Options = {
  // IPTC's schemas trip ajv's strict-mode style checks (a `required` naming a property that only a
  // sibling branch defines, `additionalProperties` without `type`); JSON Schema allows both.
  strict: false,
  // `format` is an annotation, not a check (2019-09 on say so, and IPTC's 1.0 suite expects
  // "Last Tuesday" to pass as a date-time): a date we cannot read goes to `extra`, the file is kept.
  validateFormats: false,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function newValidator(dialect: Dialect): Validator {
  const validator =
    dialect === "2020-12"
      ? new Ajv2020(OPTIONS)
      : dialect === "draft-07"
        ? new Ajv(OPTIONS)
        : new AjvDraft04.default(OPTIONS);
  validator.addSchema(GEOJSON_SCHEMA, GEOJSON_SCHEMA_ID);
  return validator;
}

const validators = new Map<Dialect, Validator>();

function validatorFor(dialect: Dialect): Validator {
  const known = validators.get(dialect);
  if (known) return known;
  const made = newValidator(dialect);
  validators.set(dialect, made);
  return made;
}

// Keywords whose draft-03 meaning has no one-to-one draft-04 form; none is in ninjs 1.0, and a
// schema that used one must fail loudly rather than be checked by other rules than it states.
const DRAFT_03_ONLY = new Set(["extends", "disallow", "divisibleBy", "dependencies"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions"]);
const SUBSCHEMAS = new Set(["items", "additionalProperties", "additionalItems"]);

function requiredNames(properties: unknown): string[] {
  if (!isRecord(properties)) return [];
  return Object.keys(properties).filter((name) => {
    const property = properties[name];
    return isRecord(property) && property.required === true;
  });
}

function convertSubschema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convertSubschema);
  return isRecord(value) ? fromDraft03(value) : value;
}

/**
 * ninjs 1.0 is draft-03, which ajv cannot read. Its only draft-03 construct is `"required": true`
 * on a property, which draft-04 writes as the parent's `required` list; everything else it uses
 * means the same in both. So 1.0 documents are checked against 1.0's own rules (not 1.1's, which
 * would let through the `urgency` and `usageterms` that 1.0 rejects), rewritten on load.
 */
function fromDraft03(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DRAFT_03_ONLY.has(key)) throw new Error(`draft-03 keyword "${key}" has no draft-04 rewrite here`);
    if (key === "required" && typeof value === "boolean") continue;
    if (key === "$schema") out[key] = DRAFT_04;
    else if (SCHEMA_MAPS.has(key) && isRecord(value))
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convertSubschema(sub)]),
      );
    else if (SUBSCHEMAS.has(key)) out[key] = convertSubschema(value);
    else out[key] = value;
  }
  const required = requiredNames(schema.properties);
  if (required.length) out.required = required;
  return out;
}

function loadSchema(version: NinjsSchemaVersion): { schema: SchemaObject; dialect: Dialect } {
  const parsed: unknown = JSON.parse(
    readFileSync(new URL(`ninjs-schema_${version}.json`, SCHEMA_DIR), "utf8"),
  );
  if (!isRecord(parsed)) throw new Error(`ninjs-schema_${version}.json is not a JSON object`);
  const declared = String(parsed.$schema ?? "");
  if (declared.includes("draft-03")) return { schema: fromDraft03(parsed), dialect: "draft-04" };
  if (declared.includes("draft-04")) return { schema: parsed, dialect: "draft-04" };
  if (declared.includes("draft-07")) return { schema: parsed, dialect: "draft-07" };
  if (declared.includes("2020-12")) return { schema: parsed, dialect: "2020-12" };
  throw new Error(`ninjs-schema_${version}.json declares a dialect this server cannot read: ${declared}`);
}

const compiled = new Map<NinjsSchemaVersion, ValidateFunction>();

/** Compiled on first use and kept: compiling a 2020-12 schema takes tens of milliseconds. */
function validateFunction(version: NinjsSchemaVersion): ValidateFunction {
  const known = compiled.get(version);
  if (known) return known;
  const { schema, dialect } = loadSchema(version);
  const made = validatorFor(dialect).compile(schema);
  compiled.set(version, made);
  return made;
}

const COMBINATORS = new Set(["oneOf", "anyOf", "allOf", "not", "if"]);

/** ajv lists a failed `oneOf`'s branches before the `oneOf` itself: the deepest concrete failure says most. */
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  const concrete = errors.filter((error) => !COMBINATORS.has(error.keyword));
  const pool = concrete.length ? concrete : errors;
  return pool.reduce<ErrorObject | undefined>(
    (best, error) => (!best || error.instancePath.length > best.instancePath.length ? error : best),
    undefined,
  );
}

function reason(error: ErrorObject, version: NinjsSchemaVersion): string {
  const params: Record<string, unknown> = error.params;
  switch (error.keyword) {
    case "required":
      return `"${String(params.missingProperty)}" is required`;
    case "additionalProperties":
      return `"${String(params.additionalProperty)}" is not a property ninjs ${version} allows here`;
    case "unevaluatedProperties":
      return `"${String(params.unevaluatedProperty)}" is not a property ninjs ${version} allows here`;
    case "enum":
      return `must be one of: ${Array.isArray(params.allowedValues) ? params.allowedValues.join(", ") : "?"}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

/** Throws `WireFormatError` naming the instance path and the schema rule when `doc` is not valid `version`. */
export function validateNinjs(doc: unknown, version: NinjsSchemaVersion): void {
  const validate = validateFunction(version);
  if (validate(doc)) return;
  const error = mostSpecific(validate.errors ?? []);
  if (!error) throw new WireFormatError(`the file is not valid ninjs ${version}`);
  throw new WireFormatError(
    `the file is not valid ninjs ${version}: ${reason(error, version)}`,
    `${error.instancePath || "/"} (schema ${error.schemaPath})`,
  );
}
