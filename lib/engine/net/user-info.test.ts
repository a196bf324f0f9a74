import { describe, expect, it } from "vitest";
import { hasUserInfo, resolveLink, shownUrl, withoutUserInfo } from "./user-info";

describe("resolveLink", () => {
  it("drops user info written in the link", () => {
    expect(resolveLink("https://alice:s3cret@shop.example/p/1?x=2#top")?.href).toBe("https://shop.example/p/1?x=2#top");
    expect(resolveLink("//bob@cdn.example/img.png", "https://shop.example/")?.href).toBe("https://cdn.example/img.png");
    expect(resolveLink("https://:only-password@shop.example/")?.href).toBe("https://shop.example/");
  });

  it("drops user info a relative link inherits from its base", () => {
    expect(resolveLink(" ../p/1 ", "https://alice:s3cret@shop.example/c/d/")?.href).toBe("https://shop.example/c/p/1");
    expect(resolveLink("?page=2", new URL("http://alice:s3cret@127.0.0.1:8080/list"))?.href).toBe("http://127.0.0.1:8080/list?page=2");
  });

  it("keeps everything else as the URL parser reads it, and is null for what is no URL", () => {
    expect(resolveLink("mailto:alice@shop.example")?.href).toBe("mailto:alice@shop.example");
    expect(resolveLink("/a b", "https://shop.example/")?.href).toBe("https://shop.example/a%20b");
    expect(resolveLink("http://[nope", "https://shop.example/")).toBeNull();
    expect(resolveLink("relative")).toBeNull();
  });
});

describe("withoutUserInfo and shownUrl", () => {
  it("return the URL without user info and leave the given one alone", () => {
    const url = new URL("https://alice:s3cret@shop.example/x");
    expect(hasUserInfo(url)).toBe(true);
    expect(withoutUserInfo(url).href).toBe("https://shop.example/x");
    expect(shownUrl(url)).toBe("https://shop.example/x");
    expect(url.href).toBe("https://alice:s3cret@shop.example/x");
    const clean = new URL("https://shop.example/x");
    expect(withoutUserInfo(clean)).toBe(clean);
    expect(hasUserInfo(clean)).toBe(false);
  });
});
