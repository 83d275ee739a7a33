import { decryptOptional, encryptOptional } from "../db/crypto";
import type { WorkFactsInput } from "./facts-schema";

const context = (id: string, field: string) => ({ model: "Case", field, id });

export const sealCase = {
  senderName: (id: string, v: string) => encryptOptional(v, context(id, "senderNameEnc")),
  senderAddress: (id: string, v: string) => encryptOptional(v, context(id, "senderAddressEnc")),
  recipientAddress: (id: string, v: string) => encryptOptional(v, context(id, "recipientAddressEnc")),
};

export const openCase = {
  senderName: (id: string, v: string | null) => decryptOptional(v, context(id, "senderNameEnc")) ?? "",
  senderAddress: (id: string, v: string | null) => decryptOptional(v, context(id, "senderAddressEnc")) ?? "",
  recipientAddress: (id: string, v: string | null) => decryptOptional(v, context(id, "recipientAddressEnc")) ?? "",
};

// Her answers about how she works (shifts, fines, where she streams, health or harassment as a reason to leave).
export const sealFacts = (id: string, facts: WorkFactsInput) => encryptOptional(JSON.stringify(facts), context(id, "factsJsonEnc"));
export function openFacts(id: string, stored: string | null): WorkFactsInput | null {
  const json = decryptOptional(stored, context(id, "factsJsonEnc"));
  return json ? (JSON.parse(json) as WorkFactsInput) : null;
}

export const sealEventNote = (id: string, v: string) => encryptOptional(v, { model: "CaseEvent", field: "noteEnc", id });
export const openEventNote = (id: string, v: string | null) => decryptOptional(v, { model: "CaseEvent", field: "noteEnc", id }) ?? "";
export const sealDocumentText = (id: string, v: string) => encryptOptional(v, { model: "Document", field: "textEnc", id })!;
export const openDocumentText = (id: string, v: string) => decryptOptional(v, { model: "Document", field: "textEnc", id }) ?? "";
