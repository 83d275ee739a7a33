// A throw-away PostgreSQL cluster on 127.0.0.1 for tests and benchmarks: initdb into a temporary folder, pg_ctl
// start on a free port, and rm -rf on stop. As root, the server runs as the "postgres" user (it refuses root).
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port";
import { postgresBinDir } from "../lib/testing/system-requirements";

export async function startThrowawayPostgres(): Promise<{ url: string; stop: () => Promise<void> } | undefined> {
  const bin = postgresBinDir();
  if (!bin) return undefined;
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "taikai-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, "data");
  const as = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, cmd), ...args], { stdio: "pipe" })
      : execFileSync(join(bin, cmd), args, { stdio: "pipe" });
  const port = await freePort();
  as("initdb", ["-D", dataDir, "-U", "taikai", "--auth=trust", "--encoding=UTF8", "--locale=C"]);
  as("pg_ctl", [
    "-D",
    dataDir,
    "-l",
    join(dir, "server.log"),
    "-w",
    "-o",
    `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    "start",
  ]);
  as("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "taikai", "taikai"]);
  return {
    url: `postgresql://taikai@127.0.0.1:${port}/taikai`,
    stop: async () => {
      try {
        as("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
