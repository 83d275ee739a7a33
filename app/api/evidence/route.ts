// Upload: the file is the raw request body (application/octet-stream), streamed through the size limit, the type
// check, metadata removal, SHA-256 and encryption to disk; what she typed travels in the X-Taikai-Evidence header.
import { errorCode } from "@/lib/security/error-code";
import { getCurrentUser } from "@/lib/auth/session";
import { newId } from "@/lib/db/new-id";
import { cleanFileName } from "@/lib/evidence/file-name";
import { createUploadedEvidence, planUpload } from "@/lib/evidence/mutations";
import { isSameOrigin } from "@/lib/evidence/same-origin";
import { uploadMetaHeader, uploadMetaSchema } from "@/lib/evidence/schema";
import { storeUpload, UploadRefusedError, type UploadRefusal } from "@/lib/evidence/upload-pipeline";
import { iterateBody } from "@/lib/evidence/web-stream";
import { validationFailure } from "@/lib/actions/result";

export const dynamic = "force-dynamic";

const statusFor: Record<UploadRefusal | "quotaExceeded" | "caseNotFound", number> = {
  fileTooLarge: 413,
  quotaExceeded: 413,
  executable: 415,
  archive: 415,
  unsupportedType: 415,
  emptyFile: 400,
  stripFailed: 422,
  incomplete: 400,
  caseNotFound: 404,
};

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

function parseMeta(request: Request): unknown {
  try {
    return JSON.parse(decodeURIComponent(request.headers.get(uploadMetaHeader) ?? ""));
  } catch {
    return null;
  }
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ ok: false, error: "forbidden" }, 403);
  const user = await getCurrentUser();
  if (!user) return json({ ok: false, error: "unauthenticated" }, 401);
  if (request.headers.get("content-type")?.split(";")[0].trim() !== "application/octet-stream") return json({ ok: false, error: "invalidInput" }, 415);
  const parsed = uploadMetaSchema.safeParse(parseMeta(request));
  if (!parsed.success) return json(validationFailure(parsed.error), 400);
  const meta = parsed.data;
  const declared = Number(request.headers.get("content-length") ?? meta.size);
  if (declared !== meta.size) return json({ ok: false, error: "incomplete" }, 400);

  const plan = await planUpload(user.id, meta);
  if (!plan.ok) return json({ ok: false, error: plan.error }, statusFor[plan.error]);
  const evidenceId = newId();
  try {
    const stored = await storeUpload({
      userId: user.id,
      evidenceId,
      body: iterateBody(request.body),
      maxBytes: plan.maxBytes,
      stripMetadata: meta.stripMetadata,
      expectedBytes: meta.size,
    });
    const fileName = cleanFileName(meta.fileName, stored.type);
    const saved = await createUploadedEvidence(user.id, { evidenceId, stored, meta, caseId: plan.caseId, troubleId: plan.troubleId, fileName });
    if (!saved.ok) return json({ ok: false, error: saved.error }, statusFor[saved.error]);
    return json(
      {
        ok: true,
        data: {
          id: saved.id,
          sha256: stored.sha256,
          sizeBytes: stored.storedBytes,
          mimeType: stored.type.mime,
          metadataRemoved: stored.metadataRemoved,
          fileName,
        },
      },
      201,
    );
  } catch (error) {
    if (error instanceof UploadRefusedError) return json({ ok: false, error: error.reason }, statusFor[error.reason]);
    console.error("evidence upload failed", errorCode(error));
    return json({ ok: false, error: "generic" }, 500);
  }
}
