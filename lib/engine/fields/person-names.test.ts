import { describe, expect, it } from "vitest";
import { namesPeople, splitNames } from "./person-names";

describe("splitNames", () => {
  it("parts people at ';', ' and ', ' & ', and at commas between whole names", () => {
    expect(splitNames("Ann Lee, Bob Stone")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(splitNames("Ann Lee and Bob Stone")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(splitNames("Ann Lee & Bob Stone")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(splitNames("Ann Lee; Bob Stone")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(splitNames("Ann Lee, Bob Stone, and Cy Twombly")).toEqual(["Ann Lee", "Bob Stone", "Cy Twombly"]);
    expect(splitNames("Ann and Bob")).toEqual(["Ann", "Bob"]);
  });

  it("keeps a name written surname first, or with a suffix, as one person", () => {
    expect(splitNames("Smith, John")).toEqual(["Smith, John"]);
    expect(splitNames("Ann Lee, Jr.")).toEqual(["Ann Lee, Jr."]);
    expect(splitNames("Lee, Ann; Stone, Bob")).toEqual(["Lee, Ann", "Stone, Bob"]);
    expect(splitNames("Smith, John and Doe, Jane")).toEqual(["Smith, John", "Doe, Jane"]);
    expect(splitNames("Anderson Cooper")).toEqual(["Anderson Cooper"]);
    expect(splitNames("AT&T")).toEqual(["AT&T"]);
    expect(splitNames("Smith, J., Doe, K.")).toEqual(["Smith, J., Doe, K."]);
    expect(splitNames("Lee, A.B., Stone")).toEqual(["Lee, A.B., Stone"]);
    expect(splitNames("Lee, Ann, Jr.")).toEqual(["Lee, Ann, Jr."]);
    expect(splitNames("Stone, Bob, PhD")).toEqual(["Stone, Bob, PhD"]);
  });

  it("keeps a person's job title with her name, though it holds 'and' or follows a comma", () => {
    expect(splitNames("Dr. Angela Yu, Developer and Lead Instructor")).toEqual(["Dr. Angela Yu, Developer and Lead Instructor"]);
    expect(splitNames("Jane Doe, Chief Engineer; Bob Stone")).toEqual(["Jane Doe, Chief Engineer", "Bob Stone"]);
    expect(splitNames("Jose Portilla, Pierian Training")).toEqual(["Jose Portilla", "Pierian Training"]);
  });

  it("parts three surnames or more written alone", () => {
    expect(splitNames("Kumar, Chen, Rossi")).toEqual(["Kumar", "Chen", "Rossi"]);
    expect(splitNames("Kumar, Chen, Rossi and Okafor")).toEqual(["Kumar", "Chen", "Rossi", "Okafor"]);
  });

  it("knows which JSON-LD properties hold people", () => {
    expect(["author", "author.name", "creator", "byArtist.name"].map(namesPeople)).toEqual([true, true, true, true]);
    expect(["keywords", "name", "brand.name"].map(namesPeople)).toEqual([false, false, false]);
  });
});
