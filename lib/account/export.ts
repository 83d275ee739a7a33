// Her full export as a ZIP: data.json (every record, decrypted), her evidence files (decrypted, streamed one chunk at
// a time), check snapshots and generated letters as text. A file that cannot be read (missing, altered) does not
// stop the export: it is listed in problems.json at the end.
import "server-only";
import { snapshotFileName } from "../evidence/data";
import { readEvidenceFile } from "../evidence/storage";
import { zipStream, type ZipEntry } from "../evidence/zip-stream";
import { getAccountData, snapshotTextOf, type ExportRecord } from "./export-data";

const readme = [
  "このZIPファイルには、アカウントに保存されていたすべての記録(data.json)と、証拠ファイル(evidence/)、作成した文書(letters/)が入っています。",
  "暗号化されていません。安全な場所に保管し、不要になったら削除してください。",
  "evidence/ の各ファイルの SHA-256 は data.json の files に記録されています。",
  "",
  "This ZIP holds every record kept for the account (data.json), the evidence files (evidence/) and generated letters (letters/).",
  "It is not encrypted: keep it somewhere safe and delete it when no longer needed.",
  "The SHA-256 of each file under evidence/ is listed in data.json under files.",
  "",
].join("\n");

type ExportFile = { path: string; evidenceId: string; sha256: string; entry: ZipEntry };
type Problem = { path: string; evidenceId: string; error: string };

function safeName(name: string): string {
  return (
    name
      .replace(/[/\\\u0000-\u001f]/g, "_")
      .replace(/^\.+/, "_")
      .slice(0, 120) || "file"
  );
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Her evidence as ZIP entries: uploads read from disk as they are zipped, snapshots from the row. */
function evidenceFiles(userId: string, rows: ExportRecord[], problems: Problem[]): ExportFile[] {
  const files: ExportFile[] = [];
  for (const row of rows) {
    const id = row.id;
    const capturedAt = new Date(String(row.capturedAt));
    const sha256 = String(row.sha256);
    if (row.kind === "UPLOAD" && typeof row.storageKey === "string") {
      const path = `evidence/${id}-${safeName(typeof row.fileName === "string" ? row.fileName : "file")}`;
      const storageKey = row.storageKey;
      files.push({
        path,
        evidenceId: id,
        sha256,
        entry: { name: path, modified: capturedAt, data: () => guarded(readEvidenceFile(userId, storageKey, id), path, id, problems) },
      });
    } else if (row.kind === "CHECK_SNAPSHOT" && snapshotTextOf(row) !== null) {
      const text = snapshotTextOf(row)!;
      const path = `evidence/${snapshotFileName(capturedAt, id)}`;
      files.push({ path, evidenceId: id, sha256, entry: { name: path, modified: capturedAt, data: () => encode(text) } });
    }
  }
  return files;
}

/** Passes a file's chunks through; a read failure ends the entry early and is reported instead of failing the ZIP. */
async function* guarded(source: AsyncIterable<Uint8Array>, path: string, evidenceId: string, problems: Problem[]): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of source) yield chunk;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ path, evidenceId, error: code === "ENOENT" ? "file missing" : "file could not be decrypted (altered or cut)" });
  }
}

function letterFiles(rows: ExportRecord[]): ZipEntry[] {
  return rows
    .filter((d) => typeof d.text === "string")
    .map((d) => ({
      name: `letters/${String(d.createdAt).slice(0, 10)}-${safeName(String(d.type))}-${d.id}.txt`,
      modified: new Date(String(d.createdAt)),
      data: () => encode(String(d.text)),
    }));
}

/** The export's file name and bytes; null when the user no longer exists. */
export async function buildAccountExport(userId: string, now = new Date()) {
  const data = await getAccountData(userId, now);
  if (!data) return null;
  const { tables } = data;
  const problems: Problem[] = [];
  const files = evidenceFiles(userId, tables.Evidence ?? [], problems);
  const json = JSON.stringify({ ...data, files: files.map(({ path, evidenceId, sha256 }) => ({ path, evidenceId, sha256 })) }, null, 2);
  function* entries(): Generator<ZipEntry> {
    yield { name: "README.txt", modified: now, data: () => encode(readme) };
    yield { name: "data.json", modified: now, data: () => encode(json) };
    for (const file of files) yield file.entry;
    yield* letterFiles(tables.Document ?? []);
    // Read only once every file has been streamed, so it lists every failure.
    if (problems.length) yield { name: "problems.json", modified: now, data: () => encode(JSON.stringify(problems, null, 2)) };
  }
  const stamp = new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
  return { fileName: `account-export-${stamp}.zip`, stream: zipStream(entries()) };
}
