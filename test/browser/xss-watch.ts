/**
 * The XSS guard's alarms in one browser context: a call to the `__xss` marker binding, a dialog,
 * a `securitypolicyviolation` event or a console CSP report, an uncaught page error, and markup a
 * payload could have left live in the DOM (event-handler attributes, script-capable URLs, inline
 * scripts, frames, objects, `<base>` and refresh tags) even where nothing ran.
 */
import type { BrowserContext, Page } from "playwright-core";
import { PLANTED_FIELDS } from "./xss-fields.ts";
import { decodeMarker, XSS_PAYLOADS } from "./xss-payloads.ts";

export interface Alarm {
  kind: "marker" | "dialog" | "csp" | "page error" | "live markup";
  url: string;
  detail: string;
}

// Strings, not functions: tsx's keepNames helpers do not exist inside the page (see chromium.ts).
const REPORT_CSP_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (e) =>
  window.__cspViolation(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at line " + e.lineNumber));`;

/** Returns a description of every element a payload could run from. */
export const LIVE_MARKUP_SCAN = `(() => {
  const found = [];
  const urlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcdoc"];
  const scriptUrl = /^(javascript|vbscript|data:text\\/html)/;
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
      if (name.startsWith("on")) found.push(tag + " has " + name + "=" + attr.value);
      else if (urlAttributes.includes(name) && scriptUrl.test(value)) found.push(tag + " " + name + "=" + attr.value);
    }
    // A frame sandboxed without allow-scripts runs nothing (the newsroom's front page preview is one).
    const inert = tag === "iframe" && el.hasAttribute("sandbox") && !/allow-scripts/i.test(el.getAttribute("sandbox"));
    if (["iframe", "frame", "object", "embed", "applet"].includes(tag) && !inert) found.push("a " + tag + " element");
    // The newsroom's preview tab bases its blob: document on this site (admin/src/editor/preview.ts).
    if (tag === "base" && el.getAttribute("href") !== location.origin + "/") found.push("a base element: " + el.outerHTML);
    if (tag === "meta" && (el.getAttribute("http-equiv") || "").toLowerCase() === "refresh") found.push("a meta refresh");
    if (tag === "script" && !el.hasAttribute("src") && el.getAttribute("type") !== "application/ld+json")
      found.push("an inline script: " + el.textContent.slice(0, 80));
  }
  return found;
})()`;

export interface XssWatch {
  alarms: Alarm[];
  /** Scans a loaded page's DOM and raises an alarm for each live construct found. */
  scan(page: Page): Promise<void>;
}

/** Starts watching every page, popup and frame the context opens from now on. */
export async function watchForXss(context: BrowserContext): Promise<XssWatch> {
  const alarms: Alarm[] = [];
  const raise = (kind: Alarm["kind"], url: string, detail: string) => alarms.push({ kind, url, detail });
  await context.exposeBinding("__xss", ({ frame }, marker: unknown) =>
    raise("marker", frame.url(), describeMarker(Number(marker))),
  );
  await context.exposeBinding("__cspViolation", ({ frame }, detail: unknown) =>
    raise("csp", frame.url(), String(detail)),
  );
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const watchPage = (page: Page) => {
    page.on("dialog", (dialog) => {
      raise("dialog", page.url(), `${dialog.type()}: ${describeMarker(Number(dialog.message()))}`);
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => raise("page error", page.url(), error.message));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) raise("csp", page.url(), message.text());
    });
  };
  for (const page of context.pages()) watchPage(page);
  context.on("page", watchPage);
  return {
    alarms,
    async scan(page) {
      for (const detail of (await page.evaluate(LIVE_MARKUP_SCAN)) as string[])
        raise("live markup", page.url(), detail);
    },
  };
}

/** "field ← payload" for a marker number, so a failure says what was planted where. */
export function describeMarker(marker: number): string {
  if (!Number.isInteger(marker)) return `a dialog or call without a marker (${marker})`;
  const { fieldIndex, payloadIndex } = decodeMarker(marker);
  const field = PLANTED_FIELDS[fieldIndex] ?? "an unknown field";
  const payload = XSS_PAYLOADS[payloadIndex]?.name ?? "an unknown payload";
  return `marker ${marker}: ${field} ← ${payload}`;
}

export function describeAlarms(alarms: Alarm[]): string {
  return alarms.map((a) => `${a.kind} on ${a.url}: ${a.detail}`).join("\n");
}
