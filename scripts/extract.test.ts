import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The command line as a user runs it (`npm run extract -- …` is `tsx scripts/extract.ts …`). */
const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function extract(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, ["scripts/extract.ts", ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (out: string) => out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

/** A team page in windows-1252, saying so only in its <meta>: "René" is one byte (0xE9) on disk. */
const PEOPLE = ["René Dupont", "Zoë Müller", "François Ngô", "Chloé Ærø"];
const TEAM_PAGE = `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Team</title></head><body>
<nav><a href="/">Home</a></nav>
<ul class="team">${PEOPLE.map(
  (name, i) => `<li class="member"><a href="/people/${i + 1}"><h3>${name}</h3></a><p class="role">Engineer ${i + 1}</p></li>`,
).join("\n")}</ul></body></html>`;

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
  writeFileSync(path.join(dir, "team.html"), Buffer.from(TEAM_PAGE, "latin1"));
  server = createServer((req, res) => {
    if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
    res.writeHead(200, { "content-type": "text/html" });
    res.end(Buffer.from(TEAM_PAGE, "latin1"));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run extract", () => {
  it("reads a --file page in its own charset and explains each row with the page, the record's XPath and each field's source", async () => {
    const run = await extract(["--file", path.join(dir, "team.html"), "--base-url", "https://acme.example/team", "--q", "name, role, and profile page", "--explain"]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((l) => (l.row as Record<string, unknown>).name)).toEqual(PEOPLE);
    expect(out[0]).toEqual({
      row: { name: "René Dupont", role: "Engineer 1", profilePage: "https://acme.example/people/1" },
      page: "https://acme.example/team",
      xpath: "/body[1]/ul[1]/li[1]",
      // The name is the heading's text; the profile page the href of the link around it.
      fields: {
        name: { xpath: "/body[1]/ul[1]/li[1]/a[1]/h3[1]" },
        role: { xpath: "/body[1]/ul[1]/li[1]/p[1]" },
        profilePage: { xpath: "/body[1]/ul[1]/li[1]/a[1]", attr: "href" },
      },
    });
    // The keys scripts read stay where they were, fields last.
    expect(Object.keys(out[3]!)).toEqual(["row", "page", "xpath", "fields"]);
    expect(out[3]!.fields).toMatchObject({ profilePage: { xpath: "/body[1]/ul[1]/li[4]/a[1]", attr: "href" } });
  }, 90_000);

  it("explains a row read in an <iframe srcdoc> with the frame's XPath in the page before its XPath in the frame", async () => {
    const widget = TEAM_PAGE.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, "").replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    const file = path.join(dir, "framed.html");
    writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Team</title></head><body><main><h1>Team</h1><iframe srcdoc="${widget}"></iframe></main></body></html>`);
    const run = await extract(["--file", file, "--base-url", "https://acme.example/team", "--q", "name, role, and profile page", "--explain"]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((l) => (l.row as Record<string, unknown>).name)).toEqual(PEOPLE);
    expect(Object.keys(out[0]!)).toEqual(["row", "page", "frames", "xpath", "fields"]);
    expect(out[0]).toMatchObject({ frames: ["/body[1]/main[1]/iframe[1]"], xpath: "/body[1]/ul[1]/li[1]" });
  }, 90_000);

  it("takes the engine's settings from the studio's variables: loopback is refused unless ENGINE_ALLOW_PRIVATE_NETWORKS=1", async () => {
    const refused = await extract(["--url", `${base}/team`, "--q", "name and role"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/ENGINE_ALLOW_PRIVATE_NETWORKS=1/);

    const allowed = await extract(["--url", `${base}/team`, "--q", "name and role"], { ENGINE_ALLOW_PRIVATE_NETWORKS: "1", ENGINE_RESPECT_ROBOTS: "0" });
    expect(allowed.stderr).toMatch(/4 rows from 1 page/);
    expect(allowed.code).toBe(0);
    expect(lines(allowed.stdout).map((r) => r.name)).toEqual(PEOPLE);
  }, 90_000);

  it("names the setting behind a refusal to whoever runs it, which the studio's analyst is not told", async () => {
    const refused = await extract(["--url", `${base}/private/team`, "--q", "name and role"], { ENGINE_ALLOW_PRIVATE_NETWORKS: "1" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the site's robots.txt forbids reading");
    expect(refused.stderr).toMatch(/ENGINE_RESPECT_ROBOTS=0 or --ignore-robots/);
  }, 90_000);

  it("stops quietly, with exit code 0, when the reader closes the pipe early (| head)", async () => {
    // Thousands of rows: far more than a pipe buffers, so rows are still being written after the close.
    const members = Array.from({ length: 3_000 }, (_, i) => `<li class="member"><a href="/people/${i}"><h3>Person ${i}</h3></a><p class="role">Engineer ${i}</p></li>`);
    const page = path.join(dir, "big-team.html");
    writeFileSync(page, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><ul class="team">${members.join("\n")}</ul></body></html>`);
    const child = spawn(TSX, ["scripts/extract.ts", "--file", page, "--base-url", "https://acme.example/team", "--q", "name, role, and profile page"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -n 1`: read the first line, then close the read end of the pipe.
    const first = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("\n")) {
          child.stdout.destroy();
          resolve(out.slice(0, out.indexOf("\n")));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(JSON.parse(first)).toEqual({ name: "Person 0", role: "Engineer 0", profilePage: "https://acme.example/people/0" });
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(code).toBe(0);
  }, 90_000);

  it("names a bad setting or flag and exits 1", async () => {
    const badEnv = await extract(["--url", `${base}/team`, "--q", "names"], { ENGINE_MAX_PAGES: "lots" });
    expect(badEnv.code).toBe(1);
    expect(badEnv.stderr).toMatch(/ENGINE_MAX_PAGES/);
    const both = await extract(["--url", `${base}/team`, "--file", path.join(dir, "team.html"), "--q", "names"]);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/exactly one of --url URL or --file PAGE\.html/);
  }, 90_000);

  it("answers a mistyped flag with one line naming it and pointing at --help, not a stack trace", async () => {
    const { code, stderr } = await extract(["--url", `${base}/team`, "--q", "names", "--max-page", "2"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^extract: .*'--max-page'.*; see npm run extract -- --help\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
