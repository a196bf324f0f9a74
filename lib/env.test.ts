import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      LINKUP_API_KEY: undefined,
      LINKUP_BASE_URL: "https://api.linkup.so/v1",
      LINKUP_TIMEOUT_MS: 30_000,
      LINKUP_MAX_ATTEMPTS: 4,
      LINKUP_RESULT_IDLE_TIMEOUT_MS: 60_000,
      DATA_DIR: "./.data",
      ENGINE_CONCURRENCY: 2,
      ENGINE_MAX_PAGES: 20,
      ENGINE_PAGE_TIMEOUT_MS: 15_000,
      ENGINE_VERIFY_BUDGET_MS: 300_000,
      ENGINE_ALLOW_PRIVATE_NETWORKS: false,
      ENGINE_RESPECT_ROBOTS: true,
      ENGINE_API_KEY: undefined,
      STUDIO_CREATE_LIMIT: 60,
      STUDIO_CREATE_WINDOW_S: 3_600,
      STUDIO_CREATE_LIMIT_TOTAL: 600,
      STUDIO_TRUST_PROXY: false,
      STUDIO_PASSWORD: undefined,
      STUDIO_INSECURE: false,
      STUDIO_ALLOWED_HOSTS: [],
      STUDIO_SESSION_HOURS: 12,
      STUDIO_LOGIN_LIMIT: 10,
      STUDIO_LOGIN_WINDOW_S: 900,
    });
  });

  it("reads the access settings and refuses a short password without echoing it", () => {
    expect(parseEnv({ STUDIO_PASSWORD: "correct horse", STUDIO_INSECURE: "1", STUDIO_SESSION_HOURS: "2" })).toMatchObject({
      STUDIO_PASSWORD: "correct horse",
      STUDIO_INSECURE: true,
      STUDIO_SESSION_HOURS: 2,
    });
    const short = () => parseEnv({ STUDIO_PASSWORD: "hunter2" });
    expect(short).toThrow(/STUDIO_PASSWORD: must be at least 8 characters/);
    expect(short).not.toThrow(/hunter2/);
    expect(() => parseEnv({ STUDIO_INSECURE: "sure" })).toThrow(/STUDIO_INSECURE/);
  });

  it("reads the allowed host names and the spend settings", () => {
    expect(parseEnv({ STUDIO_ALLOWED_HOSTS: " studio.lan, studio.lan:3000 ,", STUDIO_CREATE_LIMIT: "5", STUDIO_TRUST_PROXY: "1" })).toMatchObject({
      STUDIO_ALLOWED_HOSTS: ["studio.lan", "studio.lan:3000"],
      STUDIO_CREATE_LIMIT_TOTAL: 50,
      STUDIO_TRUST_PROXY: true,
    });
    expect(parseEnv({ STUDIO_CREATE_LIMIT: "5", STUDIO_CREATE_LIMIT_TOTAL: "7" }).STUDIO_CREATE_LIMIT_TOTAL).toBe(7);
    expect(() => parseEnv({ STUDIO_ALLOWED_HOSTS: "https://studio.lan/" })).toThrow(/STUDIO_ALLOWED_HOSTS: must be host names/);
  });

  it("treats empty strings as unset and trims a trailing slash from the base URL", () => {
    const env = parseEnv({ LINKUP_API_KEY: "", LINKUP_BASE_URL: "http://127.0.0.1:4010/v1/" });
    expect(env.LINKUP_API_KEY).toBeUndefined();
    expect(env.LINKUP_BASE_URL).toBe("http://127.0.0.1:4010/v1");
  });

  it("reads engine flags", () => {
    const env = parseEnv({ ENGINE_ALLOW_PRIVATE_NETWORKS: "1", ENGINE_RESPECT_ROBOTS: "0", ENGINE_CONCURRENCY: "4" });
    expect(env).toMatchObject({ ENGINE_ALLOW_PRIVATE_NETWORKS: true, ENGINE_RESPECT_ROBOTS: false, ENGINE_CONCURRENCY: 4 });
    expect(() => parseEnv({ ENGINE_ALLOW_PRIVATE_NETWORKS: "maybe" })).toThrow(/ENGINE_ALLOW_PRIVATE_NETWORKS/);
  });

  it("fails with a readable message that names each bad variable and never echoes the key", () => {
    const attempt = () => parseEnv({ LINKUP_API_KEY: "has a space", LINKUP_BASE_URL: "ftp://x", LINKUP_TIMEOUT_MS: "soon" });
    expect(attempt).toThrow(/LINKUP_API_KEY/);
    expect(attempt).toThrow(/LINKUP_BASE_URL/);
    expect(attempt).toThrow(/LINKUP_TIMEOUT_MS/);
    expect(attempt).not.toThrow(/has a space/);
  });
});
