/**
 * `npm run bench:publish` (also run by `npm run bench`): how soon a published story reaches
 * readers and partners.
 *
 * The real server on a fresh demo database (`--dialect sqlite|postgres`), an editor over HTTP and
 * a local webhook receiver. For each of `--publishes N` drafts (default 100), one at a time:
 * - publish-to-live: from the publish response to the moment the story's page, its section page
 *   and the edition's RSS feed all show it (polled every 5 ms, so read it as ±5 ms);
 * - publish-to-webhook: from the commit (the event's outbox row, written just before it, read
 *   by wall clock in milliseconds) to the receiver holding the signed delivery.
 * Beside them, the same run measures the publish request itself and the job runner's poll
 * interval, the delay a delivery would wait without the write path waking the runner.
 */
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { createUser } from "../src/accounts/user.service.ts";
import type { Database } from "../src/db/database.ts";
import { insertWebhook } from "../src/distribution/webhooks/webhooks.service.ts";
import { login, TEST_PASSWORD } from "../test/support/api-client.ts";
import { startTestServer } from "../test/support/test-server.ts";
import { parseDialect } from "./fresh-database.ts";
import { percentile } from "./stats.ts";
import { formatTable } from "./table.ts";

const POLL_INTERVAL_MS = 1000;

const POLL_PAUSE_MS = 5;

let db: Kysely<Database>;

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "sqlite" },
    publishes: { type: "string", default: "100" },
  },
});
const dialect = parseDialect(args.dialect);
const publishes = Number(args.publishes);
if (!Number.isInteger(publishes) || publishes < 1)
  throw new Error("--publishes takes a positive whole number");

interface Delivery {
  /** Wall-clock milliseconds, comparable with the outbox row's time. */
  at: number;
  articleId: number;
  signed: boolean;
}

function startReceiver(secret: () => string) {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      const at = Date.now();
      const timestamp = String(request.headers["x-dateline-timestamp"] ?? "");
      const expected = `sha256=${createHmac("sha256", secret()).update(`${timestamp}.${body}`).digest("hex")}`;
      const articleId = (JSON.parse(body) as { article: { id: number } }).article.id;
      deliveries.push({ at, articleId, signed: request.headers["x-dateline-signature"] === expected });
      response.writeHead(200).end("ok");
    });
  });
  return { server, deliveries };
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<number> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeoutMs) throw new Error("timed out");
    // The server runs in this process: polling without a pause would starve it.
    await new Promise((resolve) => setTimeout(resolve, POLL_PAUSE_MS));
  }
  return performance.now();
}

/** When the story's publication was recorded, just before its transaction committed. */
async function committedAt(articleId: number): Promise<number> {
  const events = await db
    .selectFrom("outbox")
    .where("type", "=", "article.published")
    .select(["payload", "created_at"])
    .execute();
  const event = events.find(
    (e) => (JSON.parse(e.payload) as { article: { id: number } }).article.id === articleId,
  );
  if (!event) throw new Error(`no publication event for story ${articleId}`);
  return Date.parse(event.created_at);
}

async function shows(url: string, text: string): Promise<boolean> {
  const response = await fetch(url);
  return response.ok && (await response.text()).includes(text);
}

async function main(): Promise<void> {
  const server = await startTestServer(dialect, { webhookAllowedHosts: ["127.0.0.1"] });
  let secret = "";
  const receiver = startReceiver(() => secret);
  await new Promise<void>((resolve) => receiver.server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = receiver.server.address() as AddressInfo;
    db = server.server.db.kysely;
    secret = (
      await insertWebhook(
        db,
        { url: `http://127.0.0.1:${port}/hook`, events: ["article.published"] },
        server.clock(),
      )
    ).secret;
    await createUser(
      db,
      { email: "bench@desk.test", name: "Bench Editor", role: "editor", password: TEST_PASSWORD },
      { userId: null },
      server.clock(),
    );
    const editor = await login(server.url, "bench@desk.test");
    const request = { live: [] as number[], webhook: [] as number[], publish: [] as number[] };
    for (let i = 0; i < publishes; i++) {
      const headline = `Bench story ${i} ${Date.now().toString(36)}`;
      const draft = await editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline,
        standfirst: "Measured.",
        body: "<p>Measured.</p>",
      });
      const sent = performance.now();
      const published = await editor.request<{ url: string }>("POST", `/articles/${draft.body.id}/publish`);
      const answered = performance.now();
      if (published.status !== 200) throw new Error(`publish answered ${published.status}`);
      const page = server.url + published.body.url;
      const live = await until(async () => {
        const all = await Promise.all([
          shows(page, headline),
          shows(`${server.url}/en/national/`, headline),
          shows(`${server.url}/en/feed.xml`, headline),
        ]);
        return all.every(Boolean);
      });
      await until(() => receiver.deliveries.some((d) => d.articleId === draft.body.id));
      const delivery = receiver.deliveries.find((d) => d.articleId === draft.body.id) as Delivery;
      if (!delivery.signed) throw new Error("a delivery's signature did not verify");
      request.publish.push(answered - sent);
      request.live.push(live - answered);
      request.webhook.push(delivery.at - (await committedAt(draft.body.id)));
    }
    const row = (name: string, values: number[]) => [
      name,
      percentile(values, 50).toFixed(1),
      percentile(values, 99).toFixed(1),
    ];
    console.log(`publish bench: ${dialect}, ${publishes} publishes, one at a time\n`);
    console.log(
      formatTable(
        ["measure", "p50 ms", "p99 ms"],
        [
          row("publish request (lock, write, outbox, dispatch)", request.publish),
          row("publish-to-live (page, section, feed)", request.live),
          row("publish-to-webhook (commit → signed delivery)", request.webhook),
        ],
      ),
    );
    const p50 = percentile(request.webhook, 50);
    console.log(
      `\njob runner poll interval: ${POLL_INTERVAL_MS} ms; webhook p50 is ${(p50 / POLL_INTERVAL_MS).toFixed(3)} of it` +
        ` (aim: under 100 ms after commit: ${percentile(request.webhook, 99) < 100 ? "met" : "not met"} at p99)`,
    );
  } finally {
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
    await server.stop();
  }
}

await main();
