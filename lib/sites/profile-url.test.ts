import { describe, expect, it } from "vitest";
import { isSiteId, profileUrlFromHandle, profileUrlFromSiteId, siteIdFromProfileUrl, type ProfileAddress } from "./profile-url";

const dxlive: ProfileAddress = { kind: "handle", pattern: "https://www.dxlive.com/preview/{handle}" };
const manyvids: ProfileAddress = { kind: "handle", pattern: "https://{handle}.manyvids.com" };
const fanza: ProfileAddress = { kind: "site-id", pattern: "https://www.dmm.co.jp/live/chat/-/chat_room/=/character_id={id}/", idFormat: "digits" };
const madam: ProfileAddress = { kind: "site-id", pattern: "https://www.madamlive.tv/chat.php?id={id}", idFormat: "token" };
const fc2: ProfileAddress = { kind: "site-id", pattern: "https://live.fc2.com/{id}/", idFormat: "digits" };
const unknown: ProfileAddress = { kind: "unknown" };

describe("profile addresses from her handle", () => {
  it("fills the handle into the pattern", () => {
    expect(profileUrlFromHandle(dxlive, "hana")).toBe("https://www.dxlive.com/preview/hana");
    expect(profileUrlFromHandle(dxlive, "  hana_01 ")).toBe("https://www.dxlive.com/preview/hana_01");
  });

  it("percent-encodes what cannot stand in a path as it is", () => {
    expect(profileUrlFromHandle(dxlive, "ひまり")).toBe(`https://www.dxlive.com/preview/${encodeURIComponent("ひまり")}`);
    expect(profileUrlFromHandle(dxlive, "a/../b?x")).toBe("https://www.dxlive.com/preview/a%2F..%2Fb%3Fx");
  });

  it("puts only a valid host label into a host", () => {
    expect(profileUrlFromHandle(manyvids, "Alice")).toBe("https://alice.manyvids.com");
    expect(profileUrlFromHandle(manyvids, "evil.com/x")).toBeNull();
    expect(profileUrlFromHandle(manyvids, "ひまり")).toBeNull();
  });

  it("builds nothing from an empty handle, from a site-id pattern or where no pattern is known", () => {
    expect(profileUrlFromHandle(dxlive, "  ")).toBeNull();
    expect(profileUrlFromHandle(dxlive, "a".repeat(101))).toBeNull();
    expect(profileUrlFromHandle(fanza, "hana")).toBeNull();
    expect(profileUrlFromHandle(unknown, "hana")).toBeNull();
  });
});

describe("profile addresses from the site's number or code", () => {
  it("fills a number into a digits pattern and refuses anything else", () => {
    expect(profileUrlFromSiteId(fanza, "123456")).toBe("https://www.dmm.co.jp/live/chat/-/chat_room/=/character_id=123456/");
    expect(profileUrlFromSiteId(fanza, " 42 ")).toBe("https://www.dmm.co.jp/live/chat/-/chat_room/=/character_id=42/");
    expect(profileUrlFromSiteId(fanza, "12a")).toBeNull();
    expect(profileUrlFromSiteId(fanza, "https://www.dmm.co.jp/")).toBeNull();
    expect(isSiteId(fanza, "")).toBe(false);
  });

  it("fills a code into a token pattern, never a character that would change the address", () => {
    expect(profileUrlFromSiteId(madam, "a1B2_c-3")).toBe("https://www.madamlive.tv/chat.php?id=a1B2_c-3");
    for (const bad of ["a&b", "a b", "a/b", "a#b", "ひまり", "x".repeat(65)]) expect(profileUrlFromSiteId(madam, bad), bad).toBeNull();
  });

  it("builds nothing from a handle pattern or where no pattern is known", () => {
    expect(profileUrlFromSiteId(dxlive, "123")).toBeNull();
    expect(profileUrlFromSiteId(unknown, "123")).toBeNull();
    expect(siteIdFromProfileUrl(unknown, "https://x.example/1")).toBeNull();
  });

  it("reads the number back from an address of the pattern's shape", () => {
    expect(siteIdFromProfileUrl(fanza, "https://www.dmm.co.jp/live/chat/-/chat_room/=/character_id=987/")).toBe("987");
    expect(siteIdFromProfileUrl(fanza, "http://WWW.DMM.CO.JP/live/chat/-/chat_room/=/character_id=987")).toBe("987");
    expect(siteIdFromProfileUrl(fc2, "https://live.fc2.com/12345678")).toBe("12345678");
    expect(siteIdFromProfileUrl(fc2, "https://live.fc2.com/12345678/?ref=x")).toBe("12345678");
    expect(siteIdFromProfileUrl(madam, "https://www.madamlive.tv/chat.php?id=abc123&from=top")).toBe("abc123");
  });

  it("does not read a number from another site or another shape", () => {
    expect(siteIdFromProfileUrl(fanza, "https://evil.example/live/chat/-/chat_room/=/character_id=987/")).toBeNull();
    expect(siteIdFromProfileUrl(fanza, "https://www.dmm.co.jp.evil.example/live/chat/-/chat_room/=/character_id=987/")).toBeNull();
    expect(siteIdFromProfileUrl(fanza, "https://www.dmm.co.jp/live/chat/-/chat_room/=/character_id=98x7/")).toBeNull();
    expect(siteIdFromProfileUrl(fc2, "https://live.fc2.com/adult/")).toBeNull();
  });

  it("round-trips: the address built from a number gives that number back", () => {
    for (const address of [fanza, fc2]) expect(siteIdFromProfileUrl(address, profileUrlFromSiteId(address, "31415")!)).toBe("31415");
    expect(siteIdFromProfileUrl(madam, profileUrlFromSiteId(madam, "Zz_9-")!)).toBe("Zz_9-");
  });
});
