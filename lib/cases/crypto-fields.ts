import { decryptOptional, encryptOptional } from "../db/crypto";

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

export const sealEventNote = (id: string, v: string) => encryptOptional(v, { model: "CaseEvent", field: "noteEnc", id });
export const openEventNote = (id: string, v: string | null) => decryptOptional(v, { model: "CaseEvent", field: "noteEnc", id }) ?? "";
export const sealDocumentText = (id: string, v: string) => encryptOptional(v, { model: "Document", field: "textEnc", id })!;
export const openDocumentText = (id: string, v: string) => decryptOptional(v, { model: "Document", field: "textEnc", id }) ?? "";
