import type { UnitOfWork, WritePath } from "./write-path.ts";

/**
 * A write path whose `run` joins a unit of work that is already open, so that one feature can
 * call another's exported service (which runs its own `writes.run`) inside its own transaction:
 * both writes commit together or not at all, and the events either records are dispatched once,
 * after the outer commit.
 */
export function joiningWritePath(uow: UnitOfWork): WritePath {
  const joined: Pick<WritePath, "run"> = { run: (work) => work(uow) };
  // Services take the class but use only `run` (the one way to write), which this provides.
  return joined as WritePath;
}
