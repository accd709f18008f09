import assert from "node:assert/strict";
import { once } from "node:events";
import { type AddressInfo, connect, type Socket } from "node:net";
import { describe, it } from "node:test";
import { eventually } from "../../test/support/eventually.ts";
import { DrainingServer } from "./draining-server.ts";

async function listening(): Promise<DrainingServer> {
  const server = new DrainingServer({}, (_request, response) => response.end("answered"));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}

/** A client's connection to the server, and the server's end of it. */
async function connected(server: DrainingServer): Promise<{ client: Socket; accepted: Socket }> {
  const accepting = once(server, "connection");
  const client = connect((server.address() as AddressInfo).port, "127.0.0.1");
  await once(client, "connect");
  const [accepted] = (await accepting) as [Socket];
  return { client, accepted };
}

const closed = (server: DrainingServer) => new Promise<void>((resolve) => server.close(() => resolve()));

// Without the draining, the first close would wait out the headers timeout (a minute) and fail
// on the suite's timeout.
describe("draining server", { timeout: 10_000 }, () => {
  it("drops a connection that never sent a byte when it closes", async () => {
    const server = await listening();
    const { client } = await connected(server);
    const dropped = once(client, "close");
    await closed(server);
    await dropped;
  });

  it("finishes a request whose first bytes had arrived before it closed", async () => {
    const server = await listening();
    const { client, accepted } = await connected(server);
    let answer = "";
    client.on("data", (chunk: Buffer) => {
      answer += chunk.toString();
    });
    // The client asks to close after the answer, so the server's close waits for nothing else.
    client.write("GET / HTTP/1.1\r\nHost: dateline.test\r\nConnection: close\r\n");
    await eventually(() => (accepted.bytesRead > 0 ? true : undefined), 2000, "the first bytes to arrive");
    const closing = closed(server);
    const ended = once(client, "close");
    client.write("\r\n");
    await Promise.all([closing, ended]);
    assert.match(answer, /^HTTP\/1\.1 200 /);
    assert.match(answer, /answered$/);
  });
});
