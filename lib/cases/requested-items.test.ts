import { describe, expect, it } from "vitest";
import { orderItems, requestSchema } from "./requested-items";

describe("requestSchema", () => {
  it("accepts one or more items from the closed list", () => {
    expect(requestSchema.safeParse({ items: ["delete_accounts"] }).success).toBe(true);
    expect(
      requestSchema.safeParse({
        items: ["delete_accounts", "delete_recordings", "pay_rewards", "return_id_documents", "written_contact_only"],
        payByDate: "2027-01-31",
        amountYen: 120000,
      }).success,
    ).toBe(true);
  });

  it("needs at least one item, each once, none foreign", () => {
    expect(requestSchema.safeParse({ items: [] }).error?.issues[0]).toMatchObject({ path: ["items"], message: "required" });
    expect(requestSchema.safeParse({}).error?.issues[0]).toMatchObject({ path: ["items"], message: "required" });
    expect(requestSchema.safeParse({ items: ["delete_accounts", "delete_accounts"] }).success).toBe(false);
    expect(requestSchema.safeParse({ items: ["apologise"] }).error?.issues[0].message).toBe("invalidInput");
  });

  it("needs a pay-by date when rewards are asked for", () => {
    const missing = requestSchema.safeParse({ items: ["pay_rewards"] });
    expect(missing.error?.issues[0]).toMatchObject({ path: ["payByDate"], message: "required" });
    expect(requestSchema.safeParse({ items: ["pay_rewards"], payByDate: "" }).error?.issues[0].path).toEqual(["payByDate"]);
    expect(requestSchema.safeParse({ items: ["pay_rewards"], payByDate: "2027-01-31" }).success).toBe(true);
    expect(requestSchema.safeParse({ items: ["pay_rewards"], payByDate: "2027-02-30" }).error?.issues[0].message).toBe("date");
  });

  it("bounds the amount to whole yen 0–100,000,000", () => {
    const base = { items: ["pay_rewards"], payByDate: "2027-01-31" };
    for (const amountYen of [0, 1, 100_000_000]) expect(requestSchema.safeParse({ ...base, amountYen }).success).toBe(true);
    for (const amountYen of [-1, 100_000_001, 10.5, Number.NaN, "1000"]) {
      expect(requestSchema.safeParse({ ...base, amountYen }).error?.issues[0]).toMatchObject({ path: ["amountYen"], message: "invalidInput" });
    }
  });

  it("orders items canonically and drops duplicates", () => {
    expect(orderItems(["written_contact_only", "delete_accounts", "written_contact_only"])).toEqual(["delete_accounts", "written_contact_only"]);
  });
});
