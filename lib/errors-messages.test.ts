import { describe, expect, it } from "vitest";
import { errorCodes } from "./errors";

/** A server setting's name, as lib/env.ts spells them (LINKUP_API_KEY, STUDIO_CREATE_LIMIT…). */
const SETTING = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;
const naming = Object.entries(errorCodes).filter(([, { message }]) => SETTING.test(message));

describe("refusals that name a server setting", () => {
  it("exist for the key, the Linkup address, the spend limits and sign-in", () => {
    expect(naming.map(([code]) => code).sort()).toEqual(["access_off", "linkup_unauthorized", "too_many_tasks", "too_many_tasks_overall", "upstream_unavailable"]);
  });

  it.each(naming)("%s leads with what the analyst can do, and names the setting after it, for whoever runs the studio", (_code, { message }) => {
    // The first clause is the analyst's: an action, with no setting in it.
    const lead = message.split(/[:.]/)[0]!;
    expect(lead).toMatch(/^(Ask|Wait|Try|Use)\b/);
    expect(lead).not.toMatch(SETTING);
    // The setting is kept, addressed to whoever can change it.
    expect(message).toMatch(/(whoever runs the studio)[^]*\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/i);
  });
});
