// The /v1 API's reading of requests: the input, loopback callers, task ids, the public origin.
import { describe, expect, it } from "vitest";
import { parseExtraction } from "@/lib/api/handler";
import { ApiError } from "@/lib/errors";
import { isLoopbackRequest, linkupError, publicOrigin, taskIdFromPath } from "./v1";

const req = (host: string, headers: Record<string, string> = {}) => new Request(`http://${host}/v1/extract`, { headers: { host, ...headers } });

describe("POST /v1/extract's check of the input", () => {
  it("refuses a seed URL with credentials as Linkup's VALIDATION_ERROR, saying what to do", async () => {
    let answer: Response | undefined;
    try {
      parseExtraction({ q: "every item with a name", url: "http://alice:s3cret@example.com/list" });
    } catch (err) {
      answer = linkupError(err);
    }
    expect(answer?.status).toBe(400);
    const body = (await answer!.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(body.error.message).toContain("Remove the user name and password from the URL; the studio does not send credentials.");
    expect(JSON.stringify(body)).not.toContain("s3cret");
  });
});

/** The Linkup answer POST /v1/extract gives a body that parses as JSON. */
async function refusalOf(body: unknown) {
  try {
    parseExtraction(body);
  } catch (err) {
    const res = linkupError(err);
    return { status: res.status, body: (await res.json()) as { statusCode: number; error: { code: string; message: string; details: { field: string; message: string }[] } } };
  }
  throw new Error(`expected ${JSON.stringify(body)} to be refused`);
}

describe("POST /v1/extract's answer to each field wrong in turn", () => {
  it("says a body that is no JSON object should be one, naming q and url, in a sentence rather than zod's words", async () => {
    for (const body of [null, [], "x", 3]) {
      const { status, body: answer } = await refusalOf(body);
      expect([status, answer.statusCode, answer.error.code], JSON.stringify(body)).toEqual([400, 400, "VALIDATION_ERROR"]);
      expect(answer.error.details, JSON.stringify(body)).toEqual([{ field: "request", message: 'Send the extraction as a JSON object: { "q": "…", "url": "…" }, with "schema" and "verifyUrls" if wanted.' }]);
      expect(answer.error.message).not.toMatch(/Invalid input|expected object/);
    }
  });

  it("names each wrong field once, with one sentence each", async () => {
    const cases: [unknown, { field: string; message: string }[]][] = [
      [{ q: "", url: "" }, [{ field: "q", message: "Describe the rows to extract." }, { field: "url", message: "Enter the seed page's URL." }]],
      [{ q: "x", url: "   " }, [{ field: "url", message: "Enter the seed page's URL." }]],
      [{ q: 1, url: "https://example.com/list" }, [{ field: "q", message: "q must be a string." }]],
      [{ q: "x", url: "ftp://example.com/list" }, [{ field: "url", message: "Enter an absolute http(s) URL, e.g. https://example.com/team." }]],
      [{ q: "x", url: "https://example.com/list", schema: "{}" }, [{ field: "schema", message: "The schema must be a JSON object." }]],
      [{ q: "x", url: "https://example.com/list", verifyUrls: "yes" }, [{ field: "verifyUrls", message: "verifyUrls must be true or false." }]],
    ];
    for (const [body, details] of cases) expect((await refusalOf(body)).body.error.details, JSON.stringify(body)).toEqual(details);
  });
});

describe("isLoopbackRequest", () => {
  it("knows requests from this machine", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "127.0.0.2"]) expect(isLoopbackRequest(req(host)), host).toBe(true);
    // Next sets X-Forwarded-For to the peer itself.
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe(true);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "127.0.0.1" }))).toBe(true);
  });

  it("treats other hosts and anything forwarded by a proxy as from beyond", () => {
    expect(isLoopbackRequest(req("studio.example.com"))).toBe(false);
    expect(isLoopbackRequest(req("10.0.0.5:3000"))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "203.0.113.7" }))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "203.0.113.7, 127.0.0.1" }))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { forwarded: "for=203.0.113.7" }))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1.evil.example"))).toBe(false);
  });
});

describe("taskIdFromPath", () => {
  it("passes a task id through", () => {
    expect(taskIdFromPath("01234-abcd-56789")).toBe("01234-abcd-56789");
  });

  it("answers an id no task can have as Linkup answers an unknown one: 404 TASK_NOT_FOUND", async () => {
    for (const id of ["abc.def", "../etc", "a b", "%2e%2e", "", "x".repeat(200)]) {
      let err: unknown;
      try {
        taskIdFromPath(id);
      } catch (e) {
        err = e;
      }
      expect(err, id).toBeInstanceOf(ApiError);
      const res = linkupError(err);
      expect(res.status, id).toBe(404);
      expect(await res.json()).toMatchObject({ statusCode: 404, error: { code: "TASK_NOT_FOUND", message: "This task does not exist." } });
    }
  });
});

describe("publicOrigin", () => {
  const at = (url: string, headers: Record<string, string>) => new Request(url, { headers });

  it("is the host and scheme the client used, as a reverse proxy forwards them", () => {
    expect(publicOrigin(at("http://localhost:3000/v1/extract", { host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(at("http://localhost:3000/v1/extract", { host: "studio.example.com", "x-forwarded-proto": "https" }))).toBe("https://studio.example.com");
    expect(publicOrigin(at("http://localhost:3000/v1/extract", { host: "127.0.0.1:3000", "x-forwarded-host": "Studio.Example.com, 10.0.0.2", "x-forwarded-proto": "https,http" }))).toBe(
      "https://studio.example.com",
    );
  });

  it("ignores hosts and schemes that are not one (no paths or user info smuggled into a link)", () => {
    expect(publicOrigin(at("http://localhost:3000/v1/extract", { host: "evil.example/x?", "x-forwarded-proto": "javascript" }))).toBe("http://localhost:3000");
    expect(publicOrigin(at("http://localhost:3000/v1/extract", { host: "a@b.example" }))).toBe("http://localhost:3000");
  });
});
