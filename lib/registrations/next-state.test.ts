import { describe, expect, it } from "vitest";
import { keepsSnapshot, nextCheckAt, nextState, type RegistrationState } from "./next-state";

const t0 = new Date("2026-11-25T00:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const fresh: RegistrationState = {
  status: "PENDING",
  lastVerdict: null,
  consecutiveGone: 0,
  goneSinceAt: null,
  goneConfirmedAt: null,
  consecutiveFailures: 0,
  withdrawalRequestedAt: null,
};

function run(verdicts: [string, number][], start = fresh) {
  return verdicts.reduce((s, [v, m]) => nextState(s, { verdict: v as "VISIBLE" }, at(m)), start);
}

describe("registration state", () => {
  it("a visible profile is 公開中", () => {
    expect(run([["VISIBLE", 0]]).status).toBe("VISIBLE");
  });

  it("one gone result is not enough", () => {
    expect(
      run([
        ["VISIBLE", 0],
        ["GONE", 10],
      ]).status,
    ).toBe("VISIBLE");
  });

  it("two gone results less than an hour apart are not enough", () => {
    expect(
      run([
        ["VISIBLE", 0],
        ["GONE", 10],
        ["GONE", 30],
      ]).status,
    ).toBe("VISIBLE");
  });

  it("two consecutive gone results an hour apart confirm it", () => {
    const s = run([
      ["VISIBLE", 0],
      ["GONE", 10],
      ["GONE", 70],
    ]);
    expect(s.status).toBe("CONFIRMED_GONE");
    expect(s.goneConfirmedAt).toEqual(at(70));
  });

  it("a visible result between two gone results starts the count again", () => {
    expect(
      run([
        ["GONE", 0],
        ["VISIBLE", 30],
        ["GONE", 70],
      ]).status,
    ).toBe("VISIBLE");
  });

  it("visible after confirmed gone is 再表示, and stays so until gone is confirmed again", () => {
    const gone = run([
      ["VISIBLE", 0],
      ["GONE", 10],
      ["GONE", 80],
    ]);
    const back = nextState(gone, { verdict: "VISIBLE" }, at(200));
    expect(back.status).toBe("REAPPEARED");
    expect(nextState(back, { verdict: "VISIBLE" }, at(300)).status).toBe("REAPPEARED");
    expect(
      run(
        [
          ["GONE", 400],
          ["GONE", 500],
        ],
        back,
      ).status,
    ).toBe("CONFIRMED_GONE");
  });

  it.each(["BLOCKED", "ERROR"])("%s never makes a profile gone, and never hides a known status", (verdict) => {
    const visible = run([
      ["VISIBLE", 0],
      [verdict, 10],
      [verdict, 100],
      [verdict, 200],
    ]);
    expect(visible.status).toBe("VISIBLE");
    expect(visible.consecutiveFailures).toBe(3);
    expect(run([[verdict, 0]]).status).toBe("UNCHECKABLE");
    const gone = run([
      ["GONE", 0],
      ["GONE", 61],
      [verdict, 200],
    ]);
    expect(gone.status).toBe("CONFIRMED_GONE");
  });

  it("under a withdrawal request, visible is 退会申請中", () => {
    expect(run([["VISIBLE", 0]], { ...fresh, withdrawalRequestedAt: t0 }).status).toBe("WITHDRAWAL_REQUESTED");
  });
});

describe("next check time", () => {
  const visible = run([["VISIBLE", 0]]);
  it("is daily, or every 6 hours under a request, within 10% jitter", () => {
    const daily = nextCheckAt(visible, { verdict: "VISIBLE" }, t0, () => 0.5).getTime() - t0.getTime();
    expect(daily).toBe(24 * 3600_000);
    const requested = { ...visible, withdrawalRequestedAt: t0 };
    expect(nextCheckAt(requested, { verdict: "VISIBLE" }, t0, () => 0.5).getTime() - t0.getTime()).toBe(6 * 3600_000);
    expect(nextCheckAt(visible, { verdict: "VISIBLE" }, t0, () => 1).getTime() - t0.getTime()).toBeCloseTo(24 * 3600_000 * 1.1);
  });

  it("backs off on failures and honours Retry-After", () => {
    const failing = { ...visible, consecutiveFailures: 3 };
    expect(nextCheckAt(failing, { verdict: "BLOCKED" }, t0, () => 0.5).getTime() - t0.getTime()).toBe(60 * 60_000);
    expect(nextCheckAt({ ...failing, consecutiveFailures: 1 }, { verdict: "BLOCKED", retryAfterMs: 7_200_000 }, t0, () => 0.5).getTime() - t0.getTime()).toBe(
      7_200_000,
    );
  });

  it("comes back after an hour to confirm a first gone result", () => {
    const once = nextState(visible, { verdict: "GONE" }, t0);
    expect(nextCheckAt(once, { verdict: "GONE" }, t0, () => 0.5).getTime() - t0.getTime()).toBe(65 * 60_000);
  });
});

describe("snapshots", () => {
  it("are kept when the verdict changes or a profile is seen after a request", () => {
    const visible = run([["VISIBLE", 0]]);
    expect(keepsSnapshot(fresh, { verdict: "VISIBLE" })).toBe(true);
    expect(keepsSnapshot(visible, { verdict: "VISIBLE" })).toBe(false);
    expect(keepsSnapshot(visible, { verdict: "GONE" })).toBe(true);
    expect(keepsSnapshot({ ...visible, withdrawalRequestedAt: t0 }, { verdict: "VISIBLE" })).toBe(true);
  });
});
