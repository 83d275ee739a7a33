// The SQLite file holds everything she stored: readable by the app's user only. SQLite gives its -wal, -shm and
// -journal files the main file's mode, so creating that one 0600 (before SQLite does, with the umask's 0644) is
// enough for new databases; files of an older install are tightened where they are found.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

export function restrictSqliteFiles(file: string): void {
  if (file === ":memory:") return;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // "a": create if missing (empty, which SQLite takes as a new database), never truncate.
  closeSync(openSync(file, "a", 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}
