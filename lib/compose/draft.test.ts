import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { asCurl, asFetch, completeSeedUrl, looksLikeHomepage, parseDraft, sameDraft } from "./draft";
import { templates } from "./templates";
import { extractInputSchema, httpUrlSchema } from "@/lib/extract/types";

describe("compose helpers", () => {
  it("restores only well-formed drafts", () => {
    expect(parseDraft(JSON.stringify({ url: "u", q: "q", schemaText: "", verifyUrls: true }))).toEqual({ url: "u", q: "q", schemaText: "", verifyUrls: true });
    expect(parseDraft("{not json")).toBeNull();
    expect(parseDraft(JSON.stringify({ url: 1 }))).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });

  it("completes a seed URL typed without its scheme: https://, or http:// on this machine", () => {
    expect(completeSeedUrl("www.example.com/products")).toBe("https://www.example.com/products");
    expect(completeSeedUrl("  example.com/team?page=2#list ")).toBe("https://example.com/team?page=2#list");
    expect(completeSeedUrl("shop.example:8443/items")).toBe("https://shop.example:8443/items");
    expect(completeSeedUrl("//example.com/jobs")).toBe("https://example.com/jobs");
    expect(completeSeedUrl("127.0.0.1:4401/category/2")).toBe("http://127.0.0.1:4401/category/2");
    expect(completeSeedUrl("localhost:3000/team")).toBe("http://localhost:3000/team");
    expect(completeSeedUrl("shop.localhost/items")).toBe("http://shop.localhost/items");
    expect(completeSeedUrl("[::1]:8080/list")).toBe("http://[::1]:8080/list");
    expect(completeSeedUrl("192.168.1.20/list")).toBe("https://192.168.1.20/list");
    // What the form sends is what the API takes; the API itself stays strict.
    for (const typed of ["www.example.com/products", "127.0.0.1:4401/category/2"]) {
      expect(httpUrlSchema.safeParse(typed).success).toBe(false);
      expect(httpUrlSchema.safeParse(completeSeedUrl(typed)).success).toBe(true);
    }
  });

  it("leaves a URL with a scheme, and text that is not a host and path, as typed", () => {
    expect(completeSeedUrl("https://example.com/team")).toBe("https://example.com/team");
    expect(completeSeedUrl("http://127.0.0.1:4401/x")).toBe("http://127.0.0.1:4401/x");
    expect(completeSeedUrl(" HTTPS://Example.com/a ")).toBe("HTTPS://Example.com/a");
    for (const typed of ["", "team", "ftp://example.com/file", "mailto:ada@example.com", "javascript:alert(1)", "ada@example.com", "user:pw@example.com/x", "exa mple.com/x", "example.com:80x/a"]) {
      expect(completeSeedUrl(typed), typed).toBe(typed.trim());
    }
  });

  it("spots home pages", () => {
    expect(looksLikeHomepage("https://example.com")).toBe(true);
    expect(looksLikeHomepage("https://example.com/")).toBe(true);
    expect(looksLikeHomepage("https://example.com/team")).toBe(false);
    expect(looksLikeHomepage("https://example.com/?page=2")).toBe(false);
    expect(looksLikeHomepage("not a url")).toBe(false);
  });

  it("writes a cURL command a shell runs with the exact body, and never a real key", () => {
    const body = { q: "it's \"quoted\" & $HOME", url: "https://example.com/a?b=1&c=2", schema: null, verifyUrls: false };
    const curl = asCurl(body);
    expect(curl).toContain("$LINKUP_API_KEY");
    // Let bash parse it: print the --data argument back.
    const echoed = execFileSync("bash", ["-c", curl.replace(/^curl /, "printf '%s\\n' ").replace(/\\\n/g, " ")], { encoding: "utf8" });
    expect(echoed).toContain(JSON.stringify(body));
    expect(asFetch(body)).toContain("process.env.LINKUP_API_KEY");
  });

  it("ships templates that are valid extraction inputs", () => {
    for (const t of templates) {
      expect(extractInputSchema.safeParse({ q: t.q, url: "https://example.com/list", schema: t.schema }).success, t.id).toBe(true);
    }
  });
});

describe("sameDraft", () => {
  const sent = { url: "https://example.com/team", q: "every engineer", schemaText: "", verifyUrls: false };
  it("holds for the input as sent, and for no edit of any one of its parts", () => {
    expect(sameDraft(sent, { ...sent })).toBe(true);
    expect(sameDraft(sent, { ...sent, url: "https://example.com/staff" })).toBe(false);
    expect(sameDraft(sent, { ...sent, q: "every engineer and role" })).toBe(false);
    expect(sameDraft(sent, { ...sent, schemaText: '{"type": "object"}' })).toBe(false);
    expect(sameDraft(sent, { ...sent, verifyUrls: true })).toBe(false);
  });
});
