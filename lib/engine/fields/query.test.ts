import { describe, expect, it } from "vitest";
import { fieldSpecsFromQuery } from "./query";

const names = (q: string) => fieldSpecsFromQuery(q)?.map((f) => f.name) ?? null;
const brief = (q: string) => fieldSpecsFromQuery(q)?.map((f) => [f.name, f.type, f.format ?? ""]) ?? null;

describe("fieldSpecsFromQuery", () => {
  it("reads 'with …, and …' lists (Oxford comma) and types link words as uri", () => {
    expect(brief("every engineer with name, role, and profile page")).toEqual([
      ["name", "string", ""],
      ["role", "string", ""],
      ["profilePage", "string", "uri"],
    ]);
  });

  it("keeps prices as text and types ratings as numbers", () => {
    expect(brief("products with their title, price and rating")).toEqual([
      ["title", "string", ""],
      ["price", "string", ""],
      ["rating", "number", ""],
    ]);
  });

  it("finds the list in whichever sentence holds it, and reads on past a '?' inside it", () => {
    expect(names("What are the products? I need name, price, rating")).toEqual(["name", "price", "rating"]);
    expect(names("Get all jobs. Include the title, company and salary.")).toEqual(["title", "company", "salary"]);
    expect(names("name, price and url of every product. Skip ads.")).toEqual(["name", "price", "url"]);
    expect(names("list all events: name, date, venue? and ticket price")).toEqual(["name", "date", "venue", "ticketPrice"]);
    expect(names("every engineer with name, role and profile page.")).toEqual(["name", "role", "profilePage"]);
  });

  it("reads '|' lists, also set apart by a dash", () => {
    expect(brief("products — name | price | in stock?")).toEqual([
      ["name", "string", ""],
      ["price", "string", ""],
      ["inStock", "boolean", ""],
    ]);
    expect(names("name | price | url")).toEqual(["name", "price", "url"]);
    // A dash before one item only, or before a comma list, says which records, not which fields.
    expect(names("jobs - remote only")).toBeNull();
    expect(names("Apartments for rent - Berlin, Munich and Hamburg")).toBeNull();
    expect(names("All hotels in New York - Manhattan and Brooklyn")).toBeNull();
    expect(names("Extract all companies - e.g. startups and scale-ups")).toBeNull();
    expect(names("Scrape jobs - remote only, with title and company")).toEqual(["title", "company"]);
    expect(names("Hotels - 4 or 5 stars, with name and price")).toEqual(["name", "price"]);
    expect(names("Get all books - fiction and non-fiction - with title, author, price")).toEqual(["title", "author", "price"]);
  });

  it("reads past a question that opens the query and lists nothing, not one that is the request", () => {
    expect(names("Any remote jobs? title, company, salary")).toEqual(["title", "company", "salary"]);
    expect(names("Is it in stock?")).toBeNull();
    expect(names("Can you get the title and price of every book? thanks")).toEqual(["title", "price"]);
    expect(names("Get each book with its title and price? and rating")).toEqual(["title", "price", "rating"]);
  });

  it("after a request verb, reads the list after a dash, and examples only in brackets", () => {
    expect(names("Scrape products - name, price, url")).toEqual(["name", "price", "url"]);
    expect(names("Extract jobs — title, company, location")).toEqual(["title", "company", "location"]);
    expect(names("Extract name, price (e.g. $10) and rating")).toEqual(["name", "price", "rating"]);
    expect(names("Scrape title, date (i.e. when posted), author and url")).toEqual(["title", "date", "author", "url"]);
    expect(names("Extract title, price and rating from the page - e.g. the first 50")).toEqual(["title", "price", "rating"]);
  });

  it("reads colon lists", () => {
    expect(names("jobs: title, company, location, salary, url")).toEqual(["title", "company", "location", "salary", "url"]);
    expect(fieldSpecsFromQuery("jobs: title, company, location, salary, url")?.find((f) => f.name === "url")?.format).toBe("uri");
  });

  it("reads 'including', verbs, parentheses and trailing scope phrases", () => {
    expect(names("All listings including address, number of bedrooms and the agent's email")).toEqual(["address", "numberOfBedrooms", "agentEmail"]);
    expect(names("Extract the name and price of every product on the page")).toEqual(["name", "price"]);
    expect(names("List all books (title, author, price)")).toEqual(["title", "author", "price"]);
    expect(names("get every engineer with name and role")).toEqual(["name", "role"]);
  });

  it("reads a bare list: the query is nothing but the fields", () => {
    expect(brief("name, role, and profile page")).toEqual([
      ["name", "string", ""],
      ["role", "string", ""],
      ["profilePage", "string", "uri"],
    ]);
    expect(names("product name, price, rating and product URL")).toEqual(["productName", "price", "rating", "productUrl"]);
    expect(names("Title, company, location.")).toEqual(["title", "company", "location"]);
  });

  it("strips request lead-ins and 'the'/'their'/'its' from the first field", () => {
    expect(names("get me the title + price + rating")).toEqual(["title", "price", "rating"]);
    expect(names("give me their name, role and email")).toEqual(["name", "role", "email"]);
    expect(names("I want title, price and url")).toEqual(["title", "price", "url"]);
    expect(names("I need the title and its price")).toEqual(["title", "price"]);
    expect(names("Please could you show me the title and price of each book")).toEqual(["title", "price"]);
    expect(names("list the name, price and rating")).toEqual(["name", "price", "rating"]);
    expect(names("scrape title, author")).toEqual(["title", "author"]);
    // A field that starts like a request stays whole.
    expect(names("list price, sale price and sku")).toEqual(["listPrice", "salePrice", "sku"]);
  });

  it("reads '+', '&', ';', '/' and 'incl.'/'including' as separators, but not inside a word", () => {
    expect(names("incl. title, price & url")).toEqual(["title", "price", "url"]);
    expect(names("title; author; ISBN")).toEqual(["title", "author", "ISBN"]);
    expect(names("title + author + year")).toEqual(["title", "author", "year"]);
    expect(names("books with title/author/price")).toEqual(["title", "author", "price"]);
    expect(names("books with title, price including url")).toEqual(["title", "price", "url"]);
    expect(names("teams with name, R&D budget, top speed km/h")).toEqual(["name", "rdBudget", "topSpeedKmh"]);
  });

  it("reads a request verb followed by the records, not by fields, as no field list", () => {
    expect(fieldSpecsFromQuery("extract all products on this page")).toBeNull();
    expect(fieldSpecsFromQuery("please scrape every book")).toBeNull();
    expect(fieldSpecsFromQuery("I need jobs in Berlin")).toBeNull();
    expect(fieldSpecsFromQuery("show me the latest news")).toBeNull();
    expect(fieldSpecsFromQuery("get the headlines")).toBeNull();
  });

  it("keeps a name typed as an identifier exactly as typed, and still types it by its words", () => {
    expect(brief("jobs with title, salary_min, salary_max, PRODUCT_NAME, review_count, productURL, isInStock")).toEqual([
      ["title", "string", ""],
      ["salary_min", "string", ""],
      ["salary_max", "string", ""],
      ["PRODUCT_NAME", "string", ""],
      ["review_count", "integer", ""],
      ["productURL", "string", "uri"],
      ["isInStock", "boolean", ""],
    ]);
    expect(names("jobs with `salary_min` and \"_id\"")).toEqual(["salary_min", "_id"]);
    // Several words are camelCased; a capital that starts a sentence or heading is not an identifier's.
    expect(names("Product Name, Unit_price and Price")).toEqual(["productName", "Unit_price", "price"]);
  });

  it("does not read a description of the records as a bare list", () => {
    expect(fieldSpecsFromQuery("jobs and internships in Berlin")).toBeNull();
    expect(fieldSpecsFromQuery("every open position in engineering, sales or the support organisation")).toBeNull();
  });

  it("returns null when no field list is written", () => {
    expect(fieldSpecsFromQuery("all products on this page")).toBeNull();
    expect(fieldSpecsFromQuery("")).toBeNull();
    expect(fieldSpecsFromQuery("the team")).toBeNull();
  });

  it("rejects clauses that are not field names", () => {
    expect(fieldSpecsFromQuery("products with a very long explanation of what I would like to have here")).toBeNull();
  });
});

describe("conditions on the list", () => {
  it("reads ', if available' as a condition, not as a yes/no field", () => {
    expect(fieldSpecsFromQuery("every product with name and price, if available")?.map((f) => f.name)).toEqual(["name", "price"]);
    expect(fieldSpecsFromQuery("every job with title, salary, when given, and url")?.map((f) => f.name)).toEqual(["title", "salary", "url"]);
    // A question still is one.
    expect(fieldSpecsFromQuery("every product with name, price and whether it is available")?.map((f) => [f.name, f.type])).toEqual([
      ["name", "string"],
      ["price", "string"],
      ["available", "boolean"],
    ]);
  });
});

describe("two modifiers sharing a noun", () => {
  it("writes the noun out for both ('high and low temperature' → highTemperature, lowTemperature)", () => {
    expect(names("every day's forecast with date, high and low temperature, wind and humidity")).toEqual(["date", "highTemperature", "lowTemperature", "wind", "humidity"]);
    expect(names("every job with title, min and max salary and location")).toEqual(["title", "minSalary", "maxSalary", "location"]);
    expect(names("every contact with first and last name and email")).toEqual(["firstName", "lastName", "email"]);
    expect(fieldSpecsFromQuery("every event with name, start and end date")?.map((s) => [s.name, s.format])).toEqual([["name", undefined], ["startDate", "date"], ["endDate", "date"]]);
  });

  it("leaves a field and a two-word field apart ('name and email address')", () => {
    expect(names("every person with name and email address")).toEqual(["name", "emailAddress"]);
  });
});
