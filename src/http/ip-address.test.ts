import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientNetwork } from "./ip-address.ts";

describe("clientNetwork", () => {
  it("keeps an IPv4 address, also when it arrives IPv4-mapped", () => {
    assert.equal(clientNetwork("203.0.113.7"), "203.0.113.7");
    assert.equal(clientNetwork("::ffff:203.0.113.7"), "203.0.113.7");
  });

  it("counts IPv6 clients by their /64, however the address is written", () => {
    assert.equal(clientNetwork("2001:db8:1:2::1"), "2001:db8:1:2::/64");
    assert.equal(clientNetwork("2001:0DB8:0001:0002:ffff:0:0:9"), "2001:db8:1:2::/64");
    assert.equal(clientNetwork("fe80::1%eth0"), "fe80:0:0:0::/64");
    assert.equal(clientNetwork("::1"), "0:0:0:0::/64");
  });
});
