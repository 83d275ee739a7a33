/**
 * Taikai profile checker CLI.
 *   check --url <URL> [--handle <text>] [--rule <file.json>] [--timeout <ms>] [--allow-private-network] [--json]
 *   batch --file <targets.jsonl> [--concurrency N] [--per-host N] [--spacing <ms>] [--timeout <ms>] [--allow-private-network]
 *   selftest [--json]   every catalogue rule against its recorded examples on a loopback fixture server
 * Env TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK=1 is the same as --allow-private-network (read here only).
 * Exit code 0 whatever the verdicts; 1 when a selftest rule fails; 2 for bad arguments.
 */
import { readFileSync, createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { briefResult, checkCommand } from "../lib/checker/check-command";
import { runBatch, type BatchTarget } from "../lib/checker/batch";
import { siteRuleSchema, type SiteRule } from "../lib/checker/rule";
import { closeSharedAgents } from "../lib/checker/safe-agent";
import { VERDICTS } from "../lib/checker/reasons";
import { formatSelftestTable, runSelftest } from "../lib/checker/selftest";
import { sites } from "../prisma/seed-data/sites";

class UsageError extends Error {}

const USAGE = `usage:
  checker check --url <URL> [--handle <text>] [--rule <file.json>] [--timeout <ms>] [--allow-private-network] [--json]
  checker batch --file <targets.jsonl> [--concurrency N] [--per-host N] [--spacing <ms>] [--timeout <ms>] [--allow-private-network]
  checker selftest [--json]`;

function readRule(path: string): SiteRule {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UsageError(`cannot read rule ${path}: ${(err as Error).message}`);
  }
  const parsed = siteRuleSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`invalid rule ${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a non-negative integer`);
  return n;
}

const envAllowsPrivate = () => process.env.TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK === "1";

async function cmdCheck(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: "string" },
      handle: { type: "string" },
      rule: { type: "string" },
      timeout: { type: "string" },
      "allow-private-network": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.url) throw new UsageError("--url is required");
  const rule = values.rule ? readRule(values.rule) : undefined;
  const result = await checkCommand({
    url: values.url,
    handle: values.handle,
    rule,
    timeoutMs: positiveInt(values.timeout, "timeout", 15_000) || 15_000,
    allowPrivateNetwork: values["allow-private-network"] || envAllowsPrivate(),
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(briefResult(result))}\n`);
  } else {
    process.stdout.write(
      `${result.verdict} (${result.reason})  status=${result.httpStatus ?? "-"}  ${result.durationMs} ms\n` +
        `final: ${result.finalUrl ?? "-"}\ntitle: ${result.title ?? "-"}\nexcerpt: ${result.excerpt ?? "-"}\n` +
        (result.retryAfterMs !== undefined ? `retry after: ${result.retryAfterMs} ms\n` : ""),
    );
  }
}

function parseTarget(line: string, lineNo: number, ruleCache: Map<string, SiteRule>): BatchTarget {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    throw new UsageError(`line ${lineNo}: not JSON`);
  }
  if (!obj || typeof obj !== "object" || typeof (obj as { url?: unknown }).url !== "string") {
    throw new UsageError(`line ${lineNo}: needs {"url": "..."}`);
  }
  const o = obj as { url: string; handle?: unknown; rule?: unknown };
  const target: BatchTarget = { url: o.url };
  if (typeof o.handle === "string") target.handle = o.handle;
  if (typeof o.rule === "string") {
    let rule = ruleCache.get(o.rule);
    if (!rule) {
      rule = readRule(o.rule);
      ruleCache.set(o.rule, rule);
    }
    target.rule = rule;
  } else if (o.rule !== undefined) {
    const parsed = siteRuleSchema.safeParse(o.rule);
    if (!parsed.success) throw new UsageError(`line ${lineNo}: invalid rule`);
    target.rule = parsed.data;
  }
  return target;
}

async function cmdBatch(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: "string" },
      concurrency: { type: "string" },
      "per-host": { type: "string" },
      spacing: { type: "string" },
      timeout: { type: "string" },
      "allow-private-network": { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.file) throw new UsageError("--file is required");
  // Read and validate all targets first, so bad input fails before any request.
  const targets: BatchTarget[] = [];
  const ruleCache = new Map<string, SiteRule>();
  let lineNo = 0;
  let input: NodeJS.ReadableStream;
  try {
    if (!statSync(values.file).isFile()) throw new Error("not a file");
    input = createReadStream(values.file, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read ${values.file}: ${(err as Error).message}`);
  }
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    targets.push(parseTarget(line, lineNo, ruleCache));
  }
  const concurrency = positiveInt(values.concurrency, "concurrency", 8) || 8;
  const perHost = positiveInt(values["per-host"], "per-host", 2);
  const spacingMs = positiveInt(values.spacing, "spacing", 1_000);
  const counts: Record<string, number> = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  const t0 = performance.now();
  for await (const r of runBatch(targets, {
    concurrency,
    perHost,
    spacingMs,
    timeoutMs: positiveInt(values.timeout, "timeout", 15_000) || 15_000,
    allowPrivateNetwork: values["allow-private-network"] || envAllowsPrivate(),
  })) {
    counts[r.verdict]++;
    process.stdout.write(`${JSON.stringify({ url: r.url, ...briefResult(r) })}\n`);
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(
    `${JSON.stringify({ summary: true, total: targets.length, counts, seconds: Number(seconds.toFixed(3)), checksPerSecond: Number((targets.length / Math.max(seconds, 1e-6)).toFixed(1)) })}\n`,
  );
}

/** Every catalogue rule through the real checker on loopback; exit 1 when any rule fails. */
async function cmdSelftest(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: "boolean", default: false } }, strict: true, allowPositionals: false });
  const { rows, ok } = await runSelftest(sites);
  process.stdout.write(values.json ? `${JSON.stringify({ ok, rows })}\n` : formatSelftestTable(rows));
  return ok ? 0 : 1;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  try {
    if (command === "check") await cmdCheck(rest);
    else if (command === "batch") await cmdBatch(rest);
    else if (command === "selftest") return await cmdSelftest(rest);
    else if (command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else throw new UsageError(command ? `unknown command: ${command}` : "missing command");
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`checker: ${(err as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  } finally {
    await closeSharedAgents();
  }
}

process.exitCode = await main();
