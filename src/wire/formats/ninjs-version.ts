/** The ninjs schemas this server carries (ninjs-schemas/), oldest first. */
export const NINJS_SCHEMA_VERSIONS = [
  "1.0",
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "2.0",
  "2.1",
  "2.2",
  "3.0",
  "3.1",
] as const;
export type NinjsSchemaVersion = (typeof NINJS_SCHEMA_VERSIONS)[number];

export interface NinjsVersion {
  /** The schema the document is checked against. */
  schema: NinjsSchemaVersion;
  /** The version as the document declares it, or its branch when it declares none (`2.1`, `1.x`). */
  label: string;
  /** Said when the declaration was not taken at its word. */
  note?: string;
}

type Branch = 1 | 2 | 3;

export function isNinjsSchemaVersion(value: string): value is NinjsSchemaVersion {
  return (NINJS_SCHEMA_VERSIONS as readonly string[]).includes(value);
}

/**
 * IPTC keeps every minor version backwards compatible within its branch (User Guide, "Which version
 * of ninjs should I choose"), so a document that declares no minor version, or one newer than
 * this server knows, is checked against the newest schema of its branch.
 */
function newestOf(branch: Branch): NinjsSchemaVersion {
  return branch === 1 ? "1.6" : branch === 2 ? "2.2" : "3.1";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** 1.3 to 1.x declare themselves in `$standard`, 2.0 on in `standard`. */
function declaration(
  doc: Record<string, unknown>,
): { key: string; value: Record<string, unknown> } | undefined {
  for (const key of ["$standard", "standard"]) {
    const value = doc[key];
    if (isRecord(value)) return { key, value };
  }
  return undefined;
}

/** `major.minor` from a declared version (`2.0-dev` → 2.0) or a schema address (`ninjs-schema_1.4.json`). */
function declaredNumbers(standard: Record<string, unknown>): string[] {
  const found: string[] = [];
  const version = /^\s*(\d+)\.(\d+)/.exec(typeof standard.version === "string" ? standard.version : "");
  if (version) found.push(`${Number(version[1])}.${Number(version[2])}`);
  const schema = /ninjs-schema_(\d+)\.(\d+)\.json/.exec(
    typeof standard.schema === "string" ? standard.schema : "",
  );
  if (schema) found.push(`${Number(schema[1])}.${Number(schema[2])}`);
  return found;
}

const TWO_X_KEYS = [
  "standard",
  "headlines",
  "bodies",
  "descriptions",
  "by",
  "people",
  "organisations",
  "places",
  "subjects",
  "events",
  "objects",
  "genres",
  "altids",
  "infosources",
  "trustindicators",
];

/**
 * Property names at the top and in the top-level lists (`renditions[0].contentType`,
 * `bodies[0].charCount`): enough to see 3.x in a file with no camelCase name at the top. Objects
 * are not looked into: 1.x keys its `renditions`, `associations` and `altids` by names a provider
 * chose (`mainPic`), which are not property names.
 */
function nearKeys(doc: Record<string, unknown>): string[] {
  const keys = Object.keys(doc);
  for (const value of Object.values(doc))
    if (Array.isArray(value)) for (const item of value) if (isRecord(item)) keys.push(...Object.keys(item));
  return keys;
}

/** The branch the property names show: 3.x went camelCase (no 1.x or 2.x name is), 2.x made repeated things plural arrays. */
function branchByShape(doc: Record<string, unknown>): Branch {
  const keys = Object.keys(doc);
  if (nearKeys(doc).some((key) => /^[a-z]+[A-Z]/.test(key))) return 3;
  if ("$standard" in doc) return 1;
  if (keys.some((key) => TWO_X_KEYS.includes(key))) return 2;
  if (Array.isArray(doc.renditions) || Array.isArray(doc.associations)) return 2;
  return 1;
}

/** A declaration in the wrong place (`standard` naming a 1.x schema) is a copy-paste slip, not a version. */
function fitsItsPlace(key: string, branch: number): boolean {
  return key === "$standard" ? branch === 1 : branch >= 2;
}

/**
 * Which schema a document is checked against: the version it declares (`standard.version`,
 * `$standard.version`, or the schema address there), else the branch its property names show.
 */
export function detectNinjsVersion(doc: Record<string, unknown>): NinjsVersion {
  const declared = declaration(doc);
  const shape = branchByShape(doc);
  if (!declared) return { schema: newestOf(shape), label: `${shape}.x` };
  const numbers = declaredNumbers(declared.value);
  for (const number of numbers) {
    const branch = Number(number.split(".")[0]);
    if (!fitsItsPlace(declared.key, branch)) continue;
    if (isNinjsSchemaVersion(number)) return { schema: number, label: number };
    if (branch === 1 || branch === 2 || branch === 3) {
      const schema = newestOf(branch);
      return {
        schema,
        label: number,
        note: `declares ninjs ${number}; checked against ${schema}, the newest known`,
      };
    }
  }
  return {
    schema: newestOf(shape),
    label: `${shape}.x`,
    note: numbers.length
      ? `"${declared.key}" names ninjs ${numbers.join(" and ")}, which it cannot hold or this server does not know; read as ninjs ${shape}.x`
      : `"${declared.key}" names no ninjs version; read as ninjs ${shape}.x`,
  };
}
