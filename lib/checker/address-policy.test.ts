import { describe, it, expect } from "vitest";
import { classifyAddress, ipLiteralOf, isPublicAddress } from "./address-policy";

describe("classifyAddress", () => {
  const refused: [string, string][] = [
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.254", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.10", "reserved"],
    ["198.18.0.1", "reserved"],
    ["203.0.113.7", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456:789a::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "ipv4Mapped:loopback"],
    ["::ffff:7f00:1", "ipv4Mapped:loopback"],
    ["::ffff:10.0.0.1", "ipv4Mapped:private"],
    ["::ffff:169.254.169.254", "ipv4Mapped:linkLocal"],
    ["64:ff9b::7f00:1", "nat64:loopback"],
    ["64:ff9b::a00:1", "nat64:private"],
    ["64:ff9b:1::1", "rfc6052"],
    ["2002:7f00:1::", "6to4:loopback"],
    ["2002:c0a8:101::1", "6to4:private"],
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "teredo:loopback"], // client 127.0.0.1 (xor)
    ["2001:db8::1", "reserved"],
    ["100::1", "discard"],
    ["fec0::1", "deprecatedSiteLocal"],
    ["[::1]", "loopback"],
    ["fe80::1%eth0", "zoned"],
    ["not-an-ip", "invalid"],
    ["0x7f000001", "invalid"],
  ];
  it.each(refused)("refuses %s (%s)", (address, range) => {
    const c = classifyAddress(address);
    expect(c.allowed).toBe(false);
    expect(c.range).toBe(range);
  });

  const allowed = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "203.0.114.1",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700::6810:84e5",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ];
  it.each(allowed)("allows public unicast %s", (address) => {
    expect(classifyAddress(address).allowed).toBe(true);
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("ipLiteralOf", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["[::1]", "::1"],
    ["[::ffff:7f00:1]", "::ffff:7f00:1"],
    ["example.com", null],
    ["localhost", null],
    ["0x7f000001", "127.0.0.1"],
    ["2130706433", "127.0.0.1"],
  ])("%s -> %s", (host, expected) => {
    expect(ipLiteralOf(host)).toBe(expected);
  });

  it("WHATWG URL parsing normalises odd IPv4 notations to dotted form", () => {
    for (const raw of ["http://2130706433/", "http://0x7f000001/", "http://017700000001/", "http://127.1/", "http://0177.0.0.1/"]) {
      const host = new URL(raw).hostname;
      expect(host).toBe("127.0.0.1");
      expect(isPublicAddress(ipLiteralOf(host) as string)).toBe(false);
    }
  });
});
