// Starts lib/resilience/fixtures/writer.ts as a child process and collects what it reports as committed. `node
// --import tsx` rather than `npx tsx`, so that SIGKILL reaches the writer itself and not a wrapper.
import { spawn } from "node:child_process";

export type Committed = { events: string[]; evidence: string[]; checks: string[] };

export function startWriter(args: { userId: string; caseId: string; registrationId: string; kinds?: string }, env: Record<string, string | undefined> = {}) {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "lib/resilience/fixtures/writer.ts",
      args.userId,
      args.caseId,
      args.registrationId,
      args.kinds ?? "events,evidence,checks",
    ],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const committed: Committed = { events: [], evidence: [], checks: [] };
  let pending = "";
  let errors = "";
  // Only whole lines count: a line cut by the kill was never fully reported.
  child.stdout!.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      const m = /^committed (events|evidence|checks) (\S+)$/.exec(line);
      if (m) committed[m[1] as keyof Committed].push(m[2]);
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
  return {
    child,
    committed,
    exited,
    stderr: () => errors,
    total: () => committed.events.length + committed.evidence.length + committed.checks.length,
    /** A snapshot of what was reported so far. */
    snapshot: (): Committed => ({ events: [...committed.events], evidence: [...committed.evidence], checks: [...committed.checks] }),
  };
}

export async function until(what: string, condition: () => boolean, timeoutMs = 30_000, detail = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${detail()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
