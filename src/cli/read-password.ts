import { createInterface } from "node:readline";

/**
 * The password for a user command: `--password`, else `DATELINE_PASSWORD`, else asked on the
 * terminal without echo. Fails when none is available, e.g. in a script without a terminal.
 */
export async function readPassword(flag: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  if (flag !== undefined) return flag;
  if (env.DATELINE_PASSWORD !== undefined) return env.DATELINE_PASSWORD;
  if (!process.stdin.isTTY) {
    throw new Error("no password: pass --password, set DATELINE_PASSWORD, or run on a terminal to be asked");
  }
  return askHidden("Password: ");
}

function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  let prompted = false;
  // readline echoes every key; after the question is shown, print nothing for what is typed.
  output._writeToOutput = (text: string) => {
    if (!prompted) {
      process.stdout.write(text);
      prompted = true;
    }
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}
