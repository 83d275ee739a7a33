// The code's shape, checked in `npm test`: imports go one way (app → components → lib; scripts use anything and
// nothing uses scripts), and no module imports itself through others (no cycles). Imports are read as text
// (import/export … from, import(), require()); `import type` counts too, since a circle of types is still a
// circle a reader must untangle. The exceptions below may only shrink.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const TOP = ["app", "components", "lib", "scripts", "e2e", "prisma", "messages"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

/** Who may import whom, by top folder. */
const MAY_IMPORT: Record<string, string[]> = {
  app: ["app", "components", "lib", "messages", "prisma"],
  components: ["components", "lib", "messages"],
  lib: ["lib", "messages", "prisma"],
  prisma: ["prisma", "lib"],
  messages: ["messages", "lib"],
  scripts: ["scripts", "lib", "prisma", "messages", "e2e"],
  e2e: ["e2e", "lib", "scripts", "messages"],
};

/** Known breaks of the rules, to be removed, never added to. */
const ALLOWED_EDGES = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(dirname(from), spec);
  else return undefined;
  const stem = base.replace(/\.(js|mjs)$/, "");
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

function readEdges(files: string[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    const targets = [...text.matchAll(SPECIFIER)].map((m) => resolveImport(file, m[1])).filter((t): t is string => !!t);
    edges.set(rel(file), [...new Set(targets.map(rel))]);
  }
  return edges;
}

const rel = (path: string) => relative(root, path);
const topOf = (path: string) => path.split("/")[0];

function directionProblems(edges: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const allowed = MAY_IMPORT[topOf(from)] ?? [];
      const key = `${from} -> ${to}`;
      if (!allowed.includes(topOf(to)) && !ALLOWED_EDGES.has(key)) problems.push(`upward import: ${key}`);
    }
  }
  return problems;
}

/** Tarjan's strongly connected components: each component of more than one file is a cycle. */
function cycles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const state = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (v: string) => {
    const s = { index, low: index, onStack: true };
    index++;
    state.set(v, s);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      const t = state.get(w);
      if (!t) {
        visit(w);
        s.low = Math.min(s.low, state.get(w)!.low);
      } else if (t.onStack) s.low = Math.min(s.low, t.index);
    }
    if (s.low === s.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        state.get(w)!.onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!state.has(v)) visit(v);
  return found;
}

export function checkStructure(): string[] {
  const files = TOP.flatMap((top) => sourceFiles(join(root, top)));
  const edges = readEdges(files);
  return [...directionProblems(edges), ...cycles(edges).map((c) => `import cycle: ${c.join(" ↔ ")}`)];
}

if (process.argv[1] === import.meta.filename) {
  const problems = checkStructure();
  for (const p of problems) console.log(`  ✖ ${p}`);
  console.log(problems.length === 0 ? "structure: imports go one way, no cycles" : `structure: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
