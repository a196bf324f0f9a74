import { describe, expect, it } from "vitest";
import { fieldSpecsFromQuery } from "./query";

const names = (q: string) => fieldSpecsFromQuery(q)?.map((f) => f.name) ?? null;
const brief = (q: string) => fieldSpecsFromQuery(q)?.map((f) => [f.name, f.type, f.format ?? ""]) ?? null;

describe("fieldSpecsFromQuery", () => {
  it("types plurals that name a list of values as lists ('tags', 'skills', 'photos')", () => {
    const specs = fieldSpecsFromQuery("products with name, tags, required skills, photos and number of tags")!;
    expect(specs.map((f) => [f.name, f.type, f.items?.type ?? "", f.items?.format ?? ""])).toEqual([
      ["name", "string", "", ""],
      ["tags", "array", "string", ""],
      ["requiredSkills", "array", "string", ""],
      ["photos", "array", "string", "uri"],
      ["numberOfTags", "integer", "", ""],
    ]);
    // A type the query writes wins.
    expect(brief("posts with tags as text")).toEqual([["tags", "string", ""]]);
  });

  it("types emails, dates, counts, booleans and images", () => {
    const specs = fieldSpecsFromQuery("people with email, posted date, review count, year, in stock, availability, photo, website");
    expect(specs?.map((f) => [f.name, f.type, f.format ?? ""])).toEqual([
      ["email", "string", "email"],
      ["postedDate", "string", "date"],
      ["reviewCount", "integer", ""],
      ["year", "integer", ""],
      ["inStock", "boolean", ""],
      ["availability", "string", ""],
      ["photo", "string", "uri"],
      ["website", "string", "uri"],
    ]);
  });

  it("types a number that names something (phone, order, room number) as text, a number of things as a count", () => {
    expect(brief("people with phone number, order no, room number, number of bedrooms and review count")).toEqual([
      ["phoneNumber", "string", ""],
      ["orderNo", "string", ""],
      ["roomNumber", "string", ""],
      ["numberOfBedrooms", "integer", ""],
      ["reviewCount", "integer", ""],
    ]);
  });

  it("reads yes/no fields written as 'whether …' or 'if …', and fields after the scope phrase", () => {
    expect(brief("name and price of each book, plus whether it is in stock")).toEqual([
      ["name", "string", ""],
      ["price", "string", ""],
      ["inStock", "boolean", ""],
    ]);
    expect(names("every book with title, price and whether it is available")).toEqual(["title", "price", "available"]);
    expect(names("products with name, price, if in stock")).toEqual(["name", "price", "inStock"]);
  });

  it("reads a type written in parentheses or after 'as' as the type, not as the name or a description", () => {
    expect(fieldSpecsFromQuery("products with price (number)")).toEqual([{ name: "price", type: "number", required: false, declared: true }]);
    expect(brief("jobs with title, salary as a number")).toEqual([
      ["title", "string", ""],
      ["salary", "number", ""],
    ]);
    expect(brief("books with rating as number, posted (date), in stock (yes/no), url (link), pages as an integer, isbn as text")).toEqual([
      ["rating", "number", ""],
      ["posted", "string", "date"],
      ["inStock", "boolean", ""],
      ["url", "string", "uri"],
      ["pages", "integer", ""],
      ["isbn", "string", ""],
    ]);
    // The written type wins over the one the words suggest; "yes/no" after "as" is one type, not two fields.
    expect(brief("homes with website (text), review count as a number, listed (date-time), available as yes/no")).toEqual([
      ["website", "string", ""],
      ["reviewCount", "number", ""],
      ["listed", "string", "date-time"],
      ["available", "boolean", ""],
    ]);
    // The type does not count towards a name's length, and a description that is not a type stays one.
    expect(names("listings with number of spare bedrooms as an integer, agent")).toEqual(["numberOfSpareBedrooms", "agent"]);
    expect(fieldSpecsFromQuery("people with name (full name)")?.[0]).toEqual({ name: "name", type: "string", required: false, description: "full name" });
  });

  it("reads contractions and questions as yes/no fields, like 'whether it is …'", () => {
    expect(brief("every book with title and whether it's available")).toEqual([
      ["title", "string", ""],
      ["available", "boolean", ""],
    ]);
    expect(brief("books with title, whether it’s in stock, whether they're signed")).toEqual([
      ["title", "string", ""],
      ["inStock", "boolean", ""],
      ["signed", "boolean", ""],
    ]);
    expect(brief("jobs with title, if it is remote; is it full time?")).toEqual([
      ["title", "string", ""],
      ["remote", "boolean", ""],
      ["fullTime", "boolean", ""],
    ]);
    // A question is answered yes or no whatever its words; "or not" asks the same question.
    expect(brief("name, price and whether or not it's new")).toEqual([
      ["name", "string", ""],
      ["price", "string", ""],
      ["new", "boolean", ""],
    ]);
    // A possessive is not a contraction.
    expect(names("the agent's email, name and role")).toEqual(["agentEmail", "name", "role"]);
  });
});

describe("counts of pages", () => {
  it("reads 'page count' as a count, and 'page url' as a link", () => {
    expect(fieldSpecsFromQuery("every book with title, page count and page url")).toEqual([
      { name: "title", type: "string", required: false },
      { name: "pageCount", type: "integer", required: false },
      { name: "pageUrl", type: "string", required: false, format: "uri" },
    ]);
  });
});
