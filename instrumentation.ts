// Next.js calls register() once when the server starts, before it serves a request: stamp every request with the
// client's address (lib/security/stamp-client-address.ts), and run the background worker in the same process, so
// `npm start` alone keeps the scheduled checks going. TAIKAI_WORKER=off leaves the worker to `npm run worker`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installClientAddressStamp } = await import("./lib/security/stamp-client-address");
  installClientAddressStamp();
  const { warnAboutPrivateNetwork } = await import("./lib/config/private-network");
  warnAboutPrivateNetwork();
  if (process.env.TAIKAI_WORKER === "off") return;
  // Development reloads may call register() again; one worker per process is enough.
  const state = globalThis as unknown as { taikaiWorkerStarted?: boolean };
  if (state.taikaiWorkerStarted) return;
  state.taikaiWorkerStarted = true;
  const { startWorker } = await import("./lib/jobs/worker");
  startWorker();
}
