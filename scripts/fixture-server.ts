/** Start the checker fixture server: tsx scripts/fixture-server.ts [--port N]. Prints its URL; Ctrl-C stops it. */
import { parseArgs } from "node:util";
import { startFixtureServer } from "../lib/checker/fixture-server";

const { values } = parseArgs({ options: { port: { type: "string", default: "0" } }, strict: true });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write("fixture-server: --port must be 0..65535\n");
  process.exit(2);
}
const server = await startFixtureServer({ port });
process.stdout.write(`${server.url}\n`);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
