/** Map thrown network errors (undici, node:net, node:tls, DNS) to reason codes. */
import type { ReasonCode } from "./reasons";

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA", "ENODATA", "ESERVFAIL"]);
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT", "ESOCKETTIMEDOUT", "ABORT_ERR"]);
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ECONNABORTED",
  "EADDRNOTAVAIL",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_DESTROYED",
  "HPE_INVALID_CONSTANT",
  "UND_ERR_INFO",
]);

interface ErrLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
}

function* chain(err: unknown): Generator<ErrLike> {
  let cur: unknown = err;
  for (let depth = 0; depth < 6 && cur && typeof cur === "object"; depth++) {
    yield cur as ErrLike;
    cur = (cur as ErrLike).cause;
  }
}

export function reasonForError(err: unknown): ReasonCode {
  for (const e of chain(err)) {
    const code = typeof e.code === "string" ? e.code : "";
    const name = typeof e.name === "string" ? e.name : "";
    if (code === "ERR_TAIKAI_ADDRESS_REFUSED" || name === "AddressRefusedError") return "address_refused";
    if (code === "ERR_INVALID_URL") return "bad_url";
    if (DNS_CODES.has(code)) return "dns";
    if (TIMEOUT_CODES.has(code) || name === "TimeoutError" || name === "AbortError") return "timeout";
    if (
      code.startsWith("ERR_TLS") ||
      code.startsWith("ERR_SSL") ||
      code.startsWith("CERT_") ||
      code === "EPROTO" ||
      /^(UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|ERR_OSSL)/.test(code)
    ) {
      return "tls";
    }
    if (CONNECTION_CODES.has(code) || code.startsWith("HPE_")) return "connection";
  }
  return "unknown_error";
}
