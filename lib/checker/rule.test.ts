import { describe, it, expect } from "vitest";
import { evaluateRule, fillTemplate, parseSiteRule, profilePattern, ruleHeaders, siteRuleSchema } from "./rule";
import { normaliseForMatch } from "./normalise";

const liveJasmin = parseSiteRule({
  checkUrl: "https://www.example-jasmin.com/en/flash/get-performer-details/{account}",
  presentCodes: [200],
  presentStrings: ['"success":true'],
  absentCodes: [200],
  absentStrings: ['"success":false'],
});

const showup = parseSiteRule({
  checkUrl: "https://showup.example/profile/{handle}",
  cookies: { accept_rules: "true" },
  presentCodes: [200],
  presentStrings: ["O mnie"],
  absentCodes: [404],
  absentStrings: ["<title>Darmowe"],
});

const n = normaliseForMatch;

describe("siteRuleSchema", () => {
  it("accepts WhatsMyName-like rules and rejects junk", () => {
    expect(siteRuleSchema.safeParse({ absentStrings: ["not found"] }).success).toBe(true);
    expect(siteRuleSchema.safeParse({ checkUrl: "https://x.example/u" }).success).toBe(false); // no {handle}
    expect(siteRuleSchema.safeParse({ profileUrlPattern: "([" }).success).toBe(false);
    expect(siteRuleSchema.safeParse({ presentCodes: [999] }).success).toBe(false);
    expect(siteRuleSchema.safeParse({ unknownKey: 1 }).success).toBe(false);
  });
  it("fills the check URL template with an encoded handle", () => {
    expect(fillTemplate(liveJasmin.checkUrl as string, "ひまり")).toBe(
      "https://www.example-jasmin.com/en/flash/get-performer-details/%E3%81%B2%E3%81%BE%E3%82%8A",
    );
    expect(fillTemplate("https://x/{handle}?a={account}", "a b")).toBe("https://x/a%20b?a=a%20b");
  });
  it("builds headers with a Cookie and drops forbidden headers", () => {
    expect(ruleHeaders(showup)).toEqual({ cookie: "accept_rules=true" });
    const r = parseSiteRule({ headers: { Host: "evil", "X-Test": "1", Cookie: "a=1" }, cookies: { b: "2", "bad name": "x" } });
    expect(ruleHeaders(r)).toEqual({ "x-test": "1", cookie: "a=1; b=2" });
  });
  it("compiles the profile URL pattern with the handle", () => {
    const re = profilePattern(parseSiteRule({ profileUrlPattern: "^https?://[^/]+/profile/{handle}/?$" }), "a.b");
    expect(re?.test("https://site.example/profile/a.b")).toBe(true);
    expect(re?.test("https://site.example/profile/aXb")).toBe(false);
  });
});

describe("evaluateRule", () => {
  it("needs code and string to agree", () => {
    expect(evaluateRule(liveJasmin, 200, n('{"success":true,"data":{}}')).kind).toBe("present");
    expect(evaluateRule(liveJasmin, 200, n('{"success":false}')).kind).toBe("absent");
    // right string, wrong code: no verdict
    expect(evaluateRule(liveJasmin, 500, n('{"success":true}')).kind).toBe("neither");
    expect(evaluateRule(showup, 200, n("<title>Darmowe kamerki</title>")).kind).toBe("neither");
    expect(evaluateRule(showup, 404, n("<title>Darmowe kamerki</title>")).kind).toBe("absent");
    expect(evaluateRule(showup, 200, n("<h2>O mnie</h2>")).kind).toBe("present");
  });
  it("both markers is a conflict, neither is no verdict", () => {
    expect(evaluateRule(liveJasmin, 200, n('"success":true "success":false')).kind).toBe("conflict");
    expect(evaluateRule(liveJasmin, 200, n("<html>maintenance</html>")).kind).toBe("neither");
  });
  it("a rule without markers gives no_markers", () => {
    expect(evaluateRule(parseSiteRule({ cookies: { a: "1" } }), 200, "x").kind).toBe("no_markers");
  });
  it("matches markers after NFKC and case folding", () => {
    const r = parseSiteRule({ absentStrings: ["このユーザーは存在しません"] });
    expect(evaluateRule(r, 200, n("<p>このﾕｰｻﾞｰは存在しません</p>")).kind).toBe("absent");
    const r2 = parseSiteRule({ presentStrings: ["ONLINE NOW"] });
    expect(evaluateRule(r2, 200, n("<b>Online Now</b>")).kind).toBe("present");
  });
});
