/**
 * `npm run bench:publish` (also run by `npm run bench`): how soon a published story reaches
 * readers and partners.
 *
 * The real server on a fresh demo database (`--dialect sqlite|postgres`), an editor over HTTP and
 * a local webhook receiver; with `--nodes 2` (PostgreSQL), a second node on the same database,
 * as a second machine behind the balancer would run. For each of `--publishes N` drafts
 * (or BENCH_PUBLISHES, default 100), one at a time, published through the first node:
 * - publish-to-live: from the publish response to the moment the story's page, its section page
 *   and the edition's RSS feed all show it, on the first node and on the second (polled every
 *   5 ms, so read it as ±5 ms);
 * - publish-to-webhook: from the commit (the event's outbox row, written just before it, read
 *   by wall clock in milliseconds) to the receiver holding the signed delivery.
 * Beside them, the same run measures the publish request itself and the job runner's poll
 * interval, the delay a delivery would wait without the write path waking the runner.
 */
import { createHmac } from "node:crypto";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { createUser } from "../src/accounts/user.service.ts";
import type { Database } from "../src/db/database.ts";
import { insertWebhook } from "../src/distribution/webhooks/webhooks.service.ts";
import { login, TEST_PASSWORD } from "../test/support/api-client.ts";
import { startSecondNode, startTestServer, type TestNode } from "../test/support/test-server.ts";
import { type ReceivedDelivery, startWebhookReceiver } from "../test/support/webhook-receiver.ts";
import { parseDialect } from "./fresh-database.ts";
import { percentile } from "./stats.ts";
import { formatTable } from "./table.ts";

const POLL_INTERVAL_MS = 1000;

const POLL_PAUSE_MS = 5;

let db: Kysely<Database>;

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "sqlite" },
    publishes: { type: "string", default: process.env.BENCH_PUBLISHES ?? "100" },
    nodes: { type: "string", default: "1" },
  },
});
const dialect = parseDialect(args.dialect);
const publishes = Number(args.publishes);
if (!Number.isInteger(publishes) || publishes < 1)
  throw new Error("--publishes takes a positive whole number");
const nodes = Number(args.nodes);
if (nodes !== 1 && nodes !== 2) throw new Error("--nodes takes 1 or 2");
if (nodes === 2 && dialect !== "postgres") throw new Error("--nodes 2 needs --dialect postgres");

function signedWith(secret: string, delivery: ReceivedDelivery): boolean {
  const timestamp = String(delivery.headers["x-dateline-timestamp"] ?? "");
  const expected = createHmac("sha256", secret).update(`${timestamp}.${delivery.body}`).digest("hex");
  return delivery.headers["x-dateline-signature"] === `sha256=${expected}`;
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

/** Whether a node shows the story on its page, its section page and the edition's RSS feed. */
async function liveOn(base: string, page: string, headline: string): Promise<boolean> {
  const all = await Promise.all([
    shows(base + page, headline),
    shows(`${base}/en/national/`, headline),
    shows(`${base}/en/feed.xml`, headline),
  ]);
  return all.every(Boolean);
}

async function main(): Promise<void> {
  const server = await startTestServer(dialect, { webhookAllowedHosts: ["127.0.0.1"] });
  const receiver = await startWebhookReceiver();
  let second: TestNode | undefined;
  try {
    if (nodes === 2) second = await startSecondNode(server);
    db = server.server.db.kysely;
    const { secret } = await insertWebhook(
      db,
      { url: receiver.url, events: ["article.published"] },
      server.clock(),
    );
    await createUser(
      db,
      { email: "bench@desk.test", name: "Bench Editor", role: "editor", password: TEST_PASSWORD },
      { userId: null },
      server.clock(),
    );
    const editor = await login(server.url, "bench@desk.test");
    const request = {
      live: [] as number[],
      liveOther: [] as number[],
      webhook: [] as number[],
      publish: [] as number[],
    };
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
      const page = published.body.url;
      const [live, liveOther] = await Promise.all([
        until(() => liveOn(server.url, page, headline)),
        second && until(() => liveOn((second as TestNode).url, page, headline)),
      ]);
      await until(() => receiver.received.some((d) => d.json.article.id === draft.body.id));
      const delivery = receiver.received.find((d) => d.json.article.id === draft.body.id) as ReceivedDelivery;
      if (!signedWith(secret, delivery)) throw new Error("a delivery's signature did not verify");
      request.publish.push(answered - sent);
      request.live.push(live - answered);
      if (liveOther !== undefined) request.liveOther.push(liveOther - answered);
      request.webhook.push(delivery.at - (await committedAt(draft.body.id)));
    }
    const row = (name: string, values: number[]) => [
      name,
      percentile(values, 50).toFixed(1),
      percentile(values, 99).toFixed(1),
    ];
    console.log(
      `publish bench: ${dialect}, ${nodes} node${nodes > 1 ? "s" : ""} on one database, ${publishes} publishes, one at a time\n`,
    );
    console.log(
      formatTable(
        ["measure", "p50 ms", "p99 ms"],
        [
          row("publish request (lock, write, outbox, dispatch)", request.publish),
          row("publish-to-live (page, section, feed)", request.live),
          ...(second ? [row("publish-to-live on the other node", request.liveOther)] : []),
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
    await second?.stop();
    await receiver.close();
    await server.stop();
  }
}

await main();
