import { describe, expect, it } from "vitest";
import en from "../../messages/account.en.json";
import ja from "../../messages/account.ja.json";
import { labelledAuditEventTypes } from "./audit-types";

describe("security log labels", () => {
  it("has a label for every event type it names, in both languages", () => {
    for (const tree of [ja, en]) expect(labelledAuditEventTypes.filter((type) => !(type in tree.audit.types))).toEqual([]);
  });
});
