import { once } from "node:events";
import { createServer } from "node:net";

/** A TCP port nothing listens on now, for a server process a bench starts. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}
