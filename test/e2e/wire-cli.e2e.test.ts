import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { corpusPath } from "../support/corpora.ts";
import { createTestDatabase, DIALECTS, type TestDatabase, unavailable } from "../support/databases.ts";
import { DATELINE_CLI } from "../support/dateline-cli.ts";

const SUMMARY = /^(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed$/m;

function ninjs(version: number): string {
  return JSON.stringify({
    uri: "urn:agency:cli:cyclone",
    version: String(version),
    type: "text",
    versioncreated: `2026-12-04T0${version}:00:00Z`,
    headlines: [{ role: "main", value: "Cyclone turns towards the coast" }],
    bodies: [{ role: "main", contenttype: "text/html", value: `<p>Version ${version}.</p>` }],
  });
}

for (const dialect of DIALECTS) {
  describe(`dateline wire on ${dialect}`, async () => {
    const skip = await unavailable(dialect);
    const scratch = mkdtempSync(join(tmpdir(), "dateline-wire-"));
    let database: TestDatabase;
    const dateline = (...args: string[]) => {
      const result = spawnSync(process.execPath, [...DATELINE_CLI, ...args], {
        env: {
          PATH: process.env.PATH ?? "",
          LOG_LEVEL: "silent",
          DATABASE_URL: database.url,
          WIRE_DROP_ROOT: scratch,
        },
        encoding: "utf8",
        timeout: 60_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const summary = (stdout: string) => SUMMARY.exec(stdout)?.slice(1).map(Number);

    before(async () => {
      if (!skip) database = await createTestDatabase(dialect);
    });
    after(async () => {
      rmSync(scratch, { recursive: true, force: true });
      await database?.drop();
    });

    it("adds, lists, pauses, resumes and removes sources, refusing bad ones clearly", { skip }, () => {
      const add = (...extra: string[]) =>
        dateline(
          "wire",
          "source",
          "add",
          "--name",
          "agency",
          "--format",
          "ninjs",
          "--credit",
          "Agency",
          ...extra,
        );
      const added = add("--edition", "en", "--folder", join(scratch, "drop"));
      assert.equal(added.code, 0, added.stderr);
      assert.match(added.stdout, /Added wire source agency/);
      assert.match(add("--edition", "en", "--folder", "x").stderr, /already exists/);
      assert.match(add("--edition", "fr", "--folder", "x").stderr, /edition: must be one of en, bn/);
      const outside = dateline(
        ...["wire", "source", "add", "--name", "outside", "--format", "ninjs", "--credit", "C"],
        ...["--edition", "en", "--folder", "/etc"],
      );
      assert.equal(outside.code, 1);
      assert.match(outside.stderr, /must be a folder inside WIRE_DROP_ROOT/);
      const both = dateline(
        "wire",
        "source",
        "add",
        "--name",
        "both",
        "--format",
        "feed",
        "--credit",
        "C",
        "--edition",
        "en",
        "--url",
        "https://93.184.215.14/rss",
        "--folder",
        "x",
      );
      assert.match(both.stderr, /either a URL to pull from or a drop folder/);
      const pulled = dateline(
        "wire",
        "source",
        "add",
        "--name",
        "pulled",
        "--format",
        "feed",
        "--credit",
        "Pulled",
        "--edition",
        "bn",
        "--url",
        "https://93.184.215.14/rss",
        "--header",
        "Authorization: Bearer s3cret",
        "--interval",
        "60",
      );
      assert.equal(pulled.code, 0, pulled.stderr);
      assert.equal(dateline("wire", "source", "pause", "--name", "pulled").code, 0);
      const listed = dateline("wire", "source", "list").stdout;
      assert.match(listed, /^agency\tninjs\ten\t"Agency"\tfolder drop\tlast success never\t0 items today$/m);
      assert.match(
        listed,
        /^pulled\tfeed\tbn\t"Pulled"\thttps:\/\/93\.184\.215\.14\/rss every 60 s\tPAUSED/m,
      );
      assert.doesNotMatch(listed, /s3cret/);
      assert.equal(dateline("wire", "source", "resume", "--name", "pulled").code, 0);
      assert.equal(dateline("wire", "source", "remove", "--name", "pulled").code, 0);
      assert.doesNotMatch(dateline("wire", "source", "list").stdout, /pulled/);
      assert.match(
        dateline("wire", "source", "pause", "--name", "pulled").stderr,
        /no wire source named "pulled"/,
      );
    });

    it("ingests files and folders by hand, ending with one summary line; a failure stops nothing", {
      skip,
    }, () => {
      const inbox = join(scratch, "inbox");
      mkdirSync(inbox, { recursive: true });
      writeFileSync(join(inbox, "a-v1.json"), ninjs(1));
      writeFileSync(join(inbox, "b-v3.json"), ninjs(3));
      writeFileSync(join(inbox, "c-v2-late.json"), ninjs(2));
      writeFileSync(join(inbox, "d-broken.json"), '{"uri": "urn:x", "headlines": [');
      writeFileSync(join(inbox, ".DS_Store"), "junk");
      const first = dateline("wire", "ingest", inbox, join(scratch, "missing.json"), "--source", "agency");
      assert.equal(first.code, 1, first.stderr);
      assert.deepEqual(summary(first.stdout), [1, 1, 1, 2]);
      assert.match(first.stderr, /^failed: .*d-broken\.json: .*JSON/m);
      assert.match(first.stderr, /^failed: .*missing\.json: .*ENOENT/m);
      assert.doesNotMatch(first.stderr, /DS_Store/);
      const again = dateline(
        "wire",
        "ingest",
        join(inbox, "a-v1.json"),
        join(inbox, "b-v3.json"),
        "--source",
        "agency",
      );
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(summary(again.stdout), [0, 0, 2, 0]);
      assert.match(dateline("wire", "source", "list").stdout, /\t1 items today$/m);
      assert.match(
        dateline("wire", "ingest", inbox, "--source", "nobody").stderr,
        /no wire source named "nobody"/,
      );
    });

    // What each folder holds that is not an item of its format, and must be refused as such.
    const corpora = [
      [
        "ninjs/examples",
        "ninjs",
        /extension-example\.json|extension-schema\.json|event-timeline-sample\.json/,
      ],
      ["newsml-g2/examples", "newsml-g2", /not a NewsML-G2 news item or package/],
      ["feeds/real-world", "feed", undefined],
    ] as const;
    for (const [folder, format, refused] of corpora) {
      const found = corpusPath(folder);
      it(`ingests every ${format} file of the corpus's ${folder}, each counted once`, {
        skip: skip ?? found.skip,
      }, () => {
        const name = `corpus-${format}`;
        assert.equal(
          dateline(
            "wire",
            "source",
            "add",
            "--name",
            name,
            "--format",
            format,
            "--credit",
            "Corpus",
            "--edition",
            "en",
            "--folder",
            name,
          ).code,
          0,
        );
        const result = dateline("wire", "ingest", found.path, "--source", name);
        const counts = summary(result.stdout);
        assert.ok(counts, `no summary line: ${result.stdout}${result.stderr}`);
        const failed = result.stderr.split("\n").filter((l) => l.startsWith("failed: "));
        assert.equal(counts?.[3], failed.length, "every failure is named");
        assert.equal(result.code, failed.length > 0 ? 1 : 0);
        for (const line of failed) assert.match(line, refused ?? /^$/, "an item of the format was refused");
        assert.ok((counts?.[0] ?? 0) > 0, "nothing new");
        // A second run adds nothing. Files that give one unnumbered item two different texts
        // (ninjs samples of one story) take turns, as a source sending them again would.
        const rerun = summary(dateline("wire", "ingest", found.path, "--source", name).stdout);
        assert.equal(rerun?.[0], 0, "a second run added items");
        if (format !== "ninjs") assert.equal(rerun?.[1], 0, "a second run updated items");
      });
    }
  });
}
