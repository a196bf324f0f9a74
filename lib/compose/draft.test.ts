import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { asCurl, asFetch, looksLikeHomepage, parseDraft } from "./draft";
import { templates } from "./templates";
import { extractInputSchema } from "@/lib/extract/types";

describe("compose helpers", () => {
  it("restores only well-formed drafts", () => {
    expect(parseDraft(JSON.stringify({ url: "u", q: "q", schemaText: "", verifyUrls: true }))).toEqual({ url: "u", q: "q", schemaText: "", verifyUrls: true });
    expect(parseDraft("{not json")).toBeNull();
    expect(parseDraft(JSON.stringify({ url: 1 }))).toBeNull();
    expect(parseDraft(null)).toBeNull();
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
