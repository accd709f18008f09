import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/load.ts";
import { DEFAULT_SITE } from "../../src/config/site.ts";
import { createDb, type Db } from "../../src/db/create-db.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createLogger } from "../../src/logger.ts";
import { seedFixtures } from "../support/fixtures.ts";
import { pinnedClock } from "../support/test-clock.ts";

describe("editions come from configuration", () => {
  let db: Db;
  let app: FastifyInstance;
  before(async () => {
    db = await createDb("sqlite::memory:");
    await migrateToLatest(db);
    await seedFixtures(db.kysely);
    const hindi = {
      code: "hi",
      lang: "hi",
      locale: "hi-IN",
      ogLocale: "hi_IN",
      nativeName: "हिन्दी",
      dir: "ltr",
    } as const;
    const config = {
      ...loadConfig({}),
      site: { ...DEFAULT_SITE, timeZone: "Asia/Kolkata", editions: [...DEFAULT_SITE.editions, hindi] },
    };
    // The masthead shows today's date, and the test expects November's name in Hindi.
    const now = pinnedClock("2026-11-29T12:00:00+06:00");
    app = await buildApp({ config, db: db.kysely, logger: createLogger("silent"), now });
  });
  after(async () => {
    await app?.close();
    await db?.close();
  });

  it("serves a third edition with no code change, in its own language", async () => {
    const response = await app.inject({ url: "/hi/" });
    assert.equal(response.statusCode, 200);
    const $ = cheerio.load(response.body);
    assert.equal($("html").attr("lang"), "hi");
    assert.deepEqual(
      $(".edition-switch a")
        .map((_, a) => $(a).text())
        .get(),
      ["English", "বাংলা"],
    );
    assert.match($("time.edition-date").text(), /नवंबर/, "the date in the hi-IN locale");
  });

  it("offers the new edition on the existing editions' language switch", async () => {
    const $ = cheerio.load((await app.inject({ url: "/en/" })).body);
    assert.equal($('.edition-switch a[lang="hi"]').attr("href"), "/hi/");
  });

  it("tells the newsroom app the configured time zone with the editions", async () => {
    const response = await app.inject({ url: "/api/admin/v1/editions" });
    assert.equal(response.statusCode, 200);
    const body = response.json() as { items: { code: string }[]; timeZone: string };
    assert.equal(body.timeZone, "Asia/Kolkata");
    assert.deepEqual(
      body.items.map((e) => e.code),
      ["en", "bn", "hi"],
    );
  });
});
