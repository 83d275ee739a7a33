import Database from "better-sqlite3";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scrubSqliteOnce } from "./sqlite-scrub";

const marker = "deleted-before-secure-delete@example.test";
const bytesOf = (file: string) => Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));

describe("scrubSqliteOnce", () => {
  it("removes rows deleted without secure_delete from the file, once", () => {
    const file = join(mkdtempSync(join(tmpdir(), "taikai-scrub-")), "old.db");
    const old = new Database(file);
    old.pragma("journal_mode = WAL");
    old.pragma("secure_delete = OFF");
    old.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT)");
    const insert = old.prepare("INSERT INTO t (email) VALUES (?)");
    for (let i = 0; i < 200; i++) insert.run(`${marker}-${i}`);
    old.exec("CREATE TABLE keep (v TEXT)");
    old.prepare("INSERT INTO keep (v) VALUES (?)").run("still here");
    old.exec("DELETE FROM t");
    old.pragma("wal_checkpoint(TRUNCATE)");
    old.close();
    expect(bytesOf(file).includes(marker)).toBe(true);

    expect(scrubSqliteOnce(file)).toBe(true);
    expect(bytesOf(file).includes(marker)).toBe(false);
    const reopened = new Database(file);
    expect(reopened.prepare("SELECT v FROM keep").get()).toEqual({ v: "still here" });
    expect(reopened.pragma("integrity_check", { simple: true })).toBe("ok");
    reopened.close();

    expect(scrubSqliteOnce(file)).toBe(false);
  });
});
