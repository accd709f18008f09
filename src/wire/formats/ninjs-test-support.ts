import assert from "node:assert/strict";
import { WireFormatError } from "../wire-error.ts";
import type { WireItem } from "../wire-item.ts";
import { parseNinjs } from "./ninjs.ts";

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A ninjs file's text, parsed; its first item, which the test needs to exist. */
export function textItem(text: string): WireItem {
  const [item] = parseNinjs(utf8(text)).items;
  assert.ok(item);
  return item;
}

export const parseJson = (value: unknown) => parseNinjs(utf8(JSON.stringify(value)));

export const itemOf = (value: unknown): WireItem => textItem(JSON.stringify(value));

/** The WireFormatError `run` throws; the test fails when it throws nothing or something else. */
export function failure(run: () => unknown): WireFormatError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof WireFormatError, `expected a WireFormatError, got ${String(error)}`);
    return error;
  }
  return assert.fail("expected a WireFormatError");
}

export const rejects = (run: () => unknown, message: RegExp) => assert.match(failure(run).message, message);
