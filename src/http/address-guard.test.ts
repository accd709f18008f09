import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  forbiddenAddressReason,
  type HostLookup,
  resolveOutboundTarget,
  webhookPolicy,
} from "./address-guard.ts";
import { AppError } from "./app-error.ts";

const resolveWebhookTarget = (url: string, allowedHosts: string[], lookup?: HostLookup) =>
  resolveOutboundTarget(url, webhookPolicy(allowedHosts), lookup);

const refused = (pattern: RegExp) => (error: unknown) =>
  error instanceof AppError && error.code === "UNPROCESSABLE" && pattern.test(error.message);

describe("webhook address guard", () => {
  it("refuses loopback, private, link-local, unique-local, unspecified and multicast addresses", () => {
    for (const address of [
      "127.0.0.1",
      "10.0.0.1",
      "172.16.5.4",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "100.64.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:a00:1",
    ]) {
      assert.ok(forbiddenAddressReason(address), `${address} should be refused`);
    }
  });

  it("refuses IPv6 forms that embed a refused IPv4 address (NAT64, 6to4, Teredo, compatible, mapped)", () => {
    const cases: [string, RegExp][] = [
      ["64:ff9b::7f00:1", /NAT64.*127\.0\.0\.1.*loopback/],
      ["64:ff9b::10.0.0.1", /NAT64.*10\.0\.0\.1.*private/],
      ["64:ff9b::a9fe:a9fe", /NAT64.*169\.254\.169\.254/],
      ["64:ff9b:1::808:808", /local-use NAT64/],
      ["64:ff9b:1:ffff::1", /local-use NAT64/],
      ["2002:7f00:1::", /6to4.*127\.0\.0\.1/],
      ["2002:c0a8:101::1", /6to4.*192\.168\.1\.1.*private/],
      ["2001:0:4136:e378:8000:63bf:80ff:fffe", /Teredo.*127\.0\.0\.1/],
      ["2001:0:4136:e378:8000:63bf:f5ff:fffe", /Teredo.*10\.0\.0\.1/],
      ["::127.0.0.1", /IPv4-compatible.*127\.0\.0\.1/],
      ["::7f00:1", /IPv4-compatible.*127\.0\.0\.1/],
      ["::a00:1", /IPv4-compatible.*10\.0\.0\.1/],
      ["::ffff:127.0.0.1", /IPv4-mapped/],
      ["::ffff:0:7f00:1", /IPv4-translated/],
    ];
    for (const [address, reason] of cases) {
      const why = forbiddenAddressReason(address);
      assert.ok(why && reason.test(why), `${address}: ${why}`);
    }
  });

  it("allows the same IPv6 forms when the IPv4 address they embed is public", () => {
    for (const address of [
      "64:ff9b::808:808",
      "2002:808:808::1",
      "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
      "2001:db8::1",
    ]) {
      assert.equal(forbiddenAddressReason(address), undefined, address);
    }
  });

  it("refuses the NAT64, 6to4 and IPv4-compatible literals of the review in URLs", async () => {
    for (const url of ["http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://[::127.0.0.1]/"]) {
      await assert.rejects(resolveWebhookTarget(url, []), refused(/loopback/), url);
    }
  });

  it("allows public addresses", () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111"]) {
      assert.equal(forbiddenAddressReason(address), undefined, address);
    }
  });

  it("refuses private IP literals in URLs with a clear reason", async () => {
    const cases: [string, RegExp][] = [
      ["http://10.0.0.1/hook", /private/],
      ["http://192.168.1.1/hook", /private/],
      ["http://[::1]:8080/hook", /loopback/],
      ["http://169.254.169.254/latest/meta-data", /link-local/],
      ["http://127.0.0.1:9999/", /WEBHOOK_ALLOWED_HOSTS/],
    ];
    for (const [url, reason] of cases) {
      await assert.rejects(resolveWebhookTarget(url, []), refused(reason), url);
    }
  });

  it("accepts a public IP literal and an allow-listed loopback host", async () => {
    const target = await resolveWebhookTarget("https://93.184.215.14/hook", []);
    assert.deepEqual(target.addresses, [{ address: "93.184.215.14", family: 4 }]);
    const local = await resolveWebhookTarget("http://127.0.0.1:9999/", ["127.0.0.1"]);
    assert.equal(local.host, "127.0.0.1");
  });

  it("refuses a host name when any of its addresses is private", async () => {
    const lookup: HostLookup = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    await assert.rejects(resolveWebhookTarget("https://hooks.example/x", [], lookup), refused(/10\.1\.2\.3/));
    const allowed = await resolveWebhookTarget("https://Hooks.Example/x", ["hooks.example"], lookup);
    assert.equal(allowed.addresses.length, 2);
  });

  it("refuses other schemes, credentials, and hosts that do not resolve", async () => {
    await assert.rejects(resolveWebhookTarget("ftp://93.184.215.14/", []), refused(/http or https/));
    await assert.rejects(resolveWebhookTarget("not a url", []), refused(/not a URL/));
    await assert.rejects(resolveWebhookTarget("https://u:p@93.184.215.14/", []), refused(/password/));
    const failing: HostLookup = async () => Promise.reject(new Error("ENOTFOUND"));
    await assert.rejects(resolveWebhookTarget("https://nowhere.example/", [], failing), refused(/resolved/));
  });
});
