// The command line's entry point: bin/dateline.js runs its compiled form (dist/cli/dateline.js);
// the tests and benches run this file through tsx, so they exercise the sources they check.
import { runCli } from "./main.ts";

await runCli(process.argv);
