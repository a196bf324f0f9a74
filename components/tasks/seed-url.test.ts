import { domainToASCII } from "node:url";
import { describe, expect, it } from "vitest";
import { readableSeedUrl, seedHost } from "./seed-url";

describe("readableSeedUrl", () => {
  it("shows an international host as written, the rest of the URL as given", () => {
    const host = domainToASCII("zürich.example");
    expect(host).toBe("xn--zrich-kva.example");
    expect(readableSeedUrl(`https://${host}/cafes?page=2#top`)).toBe("https://zürich.example/cafes?page=2#top");
    expect(readableSeedUrl(`http://${domainToASCII("münchen.de")}:8080/st%C3%A4dte`)).toBe("http://münchen.de:8080/st%C3%A4dte");
    expect(readableSeedUrl(`https://user@${host.toUpperCase()}/`)).toBe("https://user@zürich.example/");
  });

  it("keeps a look-alike host in punycode, and what is not an international URL as given", () => {
    const lookalike = `https://${domainToASCII("аpple.com")}/login`;
    expect(lookalike).toContain("xn--");
    expect(readableSeedUrl(lookalike)).toBe(lookalike);
    expect(readableSeedUrl("https://www.acme.example/team")).toBe("https://www.acme.example/team");
    expect(readableSeedUrl("not a url")).toBe("not a url");
  });
});

describe("seedHost", () => {
  it("is the readable host without www., scheme or path", () => {
    expect(seedHost(`https://www.${domainToASCII("zürich.example")}/cafes`)).toBe("zürich.example");
    expect(seedHost("http://127.0.0.1:4791/catalogue?page=2")).toBe("127.0.0.1:4791");
    expect(seedHost("not a url")).toBe("not a url");
  });
});
