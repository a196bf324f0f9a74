import { domainToASCII } from "node:url";
import { describe, expect, it } from "vitest";
import { linkText } from "./columns";
import { decodePunycode, displayHost } from "./display-host";

describe("decodePunycode", () => {
  it("decodes RFC 3492's samples and common labels", () => {
    expect(decodePunycode("zrich-kva")).toBe("zürich");
    expect(decodePunycode("egbpdaj6bu4bxfgehfvwxn")).toBe("ليهمابتكلموشعربي؟");
    expect(decodePunycode("3B-ww4c5e180e575a65lsy2b")).toBe("3年B組金八先生");
    expect(decodePunycode("MajiKoi5-783gue6qz075azm5e")).toBe("MajiでKoiする5秒前");
    expect(decodePunycode("d9juau41awczczp")).toBe("そのスピードで");
  });

  it("refuses what is not punycode", () => {
    expect(decodePunycode("zrich-kv!")).toBeNull();
    expect(decodePunycode("zrich-k")).toBeNull();
    expect(decodePunycode("ü-kva")).toBeNull();
    expect(decodePunycode("99999999999999")).toBeNull();
  });
});

describe("displayHost", () => {
  const shown = (unicode: string) => displayHost(domainToASCII(unicode));

  it("shows an international host as it is written, each label, port kept", () => {
    expect(shown("zürich.example")).toBe("zürich.example");
    expect(shown("例え.テスト")).toBe("例え.テスト");
    expect(shown("пример.рф")).toBe("пример.рф");
    expect(shown("παράδειγμα.gr")).toBe("παράδειγμα.gr");
    expect(shown("한국.kr")).toBe("한국.kr");
    expect(displayHost(`${domainToASCII("münchen.de")}:8080`)).toBe("münchen.de:8080");
    expect(displayHost("example.com:8080")).toBe("example.com:8080");
    expect(displayHost("[::1]:3000")).toBe("[::1]:3000");
  });

  it("keeps punycode for a host that could pass for another, or that is not valid", () => {
    // A Cyrillic "а" among Latin letters; Cyrillic letters that all read as Latin ones.
    expect(shown("аpple.com")).toBe("xn--pple-43d.com");
    expect(shown("аррӏе.com")).toBe("xn--80ak6aa92e.com");
    expect(displayHost("xn--zrich-kv!.example")).toBe("xn--zrich-kv!.example");
    expect(displayHost("xn--.example")).toBe("xn--.example");
  });
});

describe("linkText", () => {
  it("shows the Unicode host beside the decoded path; the href is left to the caller", () => {
    expect(linkText("https://www.xn--zrich-kva.example/st%C3%A4dte/z%C3%BCrich")).toEqual({ host: "zürich.example", text: "zürich.example/städte/zürich" });
    expect(linkText("https://xn--pple-43d.com/login").text).toBe("xn--pple-43d.com/login");
  });
});
