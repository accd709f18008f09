import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AxeResults } from "axe-core";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A missing browser skips a browser suite on a laptop but fails it in CI, where .ci/run installs one. */
export function chromiumSkipReason(): string | undefined {
  if (existsSync(CHROMIUM) || process.env.CI) return undefined;
  return `Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium fonts-noto-core`;
}

export interface Browser {
  context: BrowserContext;
  /** Closes the browser; fails if any page reported a Content-Security-Policy violation. */
  close(): Promise<void>;
}

/** Headless Chromium on a throw-away profile. */
export async function launchChromium(
  options: { javaScriptEnabled?: boolean; timezoneId?: string; permissions?: string[] } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}; CI requires it (see .ci/run)`);
  const profile = mkdtempSync(join(tmpdir(), "dateline-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    ...options,
  });
  // Chromium reports each resource, inline script or style the page's CSP refused on the console.
  const cspViolations: string[] = [];
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text()))
      cspViolations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (cspViolations.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${cspViolations.join("\n")}`);
    },
  };
}

export async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated through DevTools, which the page's Content-Security-Policy does not govern; an inline
  // <script> tag (addScriptTag) would be refused by the site's and the newsroom's script-src 'self'.
  if ((await page.evaluate("typeof axe")) === "undefined") await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  // A string, not a function: tsx's keepNames helpers do not exist inside the page.
  const options = JSON.stringify({ runOnly: { type: "tag", values: AXE_TAGS }, resultTypes: ["violations"] });
  return (await page.evaluate(`axe.run(document, ${options})`)) as AxeResults;
}

/** Fails, naming each problem, when axe finds any on the page as it is now. */
export async function assertAccessible(page: Page, screen: string): Promise<void> {
  const report = await runAxe(page);
  assert.equal(report.violations.length, 0, `${screen}:\n  ${describeViolations(report)}`);
}

export function describeViolations(report: AxeResults): string {
  return report.violations
    .map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target));
      const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : "";
      return `${v.id} [${v.impact}]: ${v.help}\n    targets: ${targets.join(" ")}${more}\n    ${v.helpUrl}`;
    })
    .join("\n  ");
}
