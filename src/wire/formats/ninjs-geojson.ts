/**
 * Where ninjs 2.0 and later look for the GeoJSON schema of a place's `geojson`/`geoJSON`. The
 * address is only a name here: nothing is fetched.
 */
export const GEOJSON_SCHEMA_ID = "https://geojson.org/schema/GeoJSON.json";

/**
 * GeoJSON (RFC 7946) as a JSON Schema, written for this server from the RFC: the copy in IPTC's
 * test suite comes from a repository that states no licence. It uses only keywords that mean the
 * same in draft-04 and 2020-12, because ninjs 2.0 (draft-04) and 2.1+ (2020-12) both point at it,
 * and it has no `$id` so each validator can file it under GEOJSON_SCHEMA_ID in its own dialect.
 * Like every GeoJSON schema, it cannot check that rings are closed or wound right (RFC 7946 §3.1.6).
 */
const numbers = (minItems: number) => ({ type: "array", minItems, items: { type: "number" } });
const listOf = (items: object, minItems = 0) => ({ type: "array", minItems, items });

const position = numbers(2);
const lineString = listOf(position, 2);
const linearRing = listOf(position, 4);
const polygon = listOf(linearRing);

function typed(type: string, required: string, value: object): object {
  return {
    type: "object",
    required: ["type", required],
    properties: { type: { enum: [type] }, [required]: value, bbox: numbers(4) },
  };
}

const geometries = {
  point: typed("Point", "coordinates", position),
  multiPoint: typed("MultiPoint", "coordinates", listOf(position)),
  lineString: typed("LineString", "coordinates", lineString),
  multiLineString: typed("MultiLineString", "coordinates", listOf(lineString)),
  polygon: typed("Polygon", "coordinates", polygon),
  multiPolygon: typed("MultiPolygon", "coordinates", listOf(polygon)),
  geometryCollection: typed("GeometryCollection", "geometries", listOf({ $ref: "#/definitions/geometry" })),
};

const geometry = { oneOf: Object.keys(geometries).map((name) => ({ $ref: `#/definitions/${name}` })) };

const feature = {
  type: "object",
  required: ["type", "geometry", "properties"],
  properties: {
    type: { enum: ["Feature"] },
    id: { type: ["string", "number"] },
    geometry: { oneOf: [{ type: "null" }, { $ref: "#/definitions/geometry" }] },
    properties: { type: ["object", "null"] },
    bbox: numbers(4),
  },
};

export const GEOJSON_SCHEMA = {
  title: "GeoJSON (RFC 7946)",
  definitions: { ...geometries, geometry, feature },
  oneOf: [
    { $ref: "#/definitions/geometry" },
    { $ref: "#/definitions/feature" },
    typed("FeatureCollection", "features", listOf({ $ref: "#/definitions/feature" })),
  ],
};
