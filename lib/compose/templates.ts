/**
 * Starting points for common extractions: a query and a row schema each, written for what the
 * embedded engine (and Linkup) handle best — flat rows, links as `format: "uri"`, few required fields.
 */
export interface ExtractionTemplate {
  id: string;
  label: string;
  /** Which page to point at. */
  hint: string;
  q: string;
  schema: Record<string, unknown> | null;
}

const str = (description: string) => ({ type: "string", description });
const uri = (description: string) => ({ type: "string", format: "uri", description });

export const templates: readonly ExtractionTemplate[] = [
  {
    id: "team",
    label: "Team page",
    hint: "a team, people or “about us” page that lists each person",
    q: "Every team member with their name, role and profile page",
    schema: { type: "object", properties: { name: str("full name"), role: str("job title or role"), profilePage: uri("link to the person's page") }, required: ["name"] },
  },
  {
    id: "catalogue",
    label: "Product catalogue",
    hint: "a category or search-results page of a shop",
    q: "Every product with its name, price, availability, rating and product page",
    schema: {
      type: "object",
      properties: {
        name: str("product name"),
        price: str("price as shown, with its currency"),
        availability: str("stock status as shown"),
        rating: { type: "number", description: "average rating (e.g. number of filled stars)" },
        url: uri("link to the product page"),
      },
      required: ["name"],
    },
  },
  {
    id: "jobs",
    label: "Job board",
    hint: "a job board or careers listing page",
    q: "Every job with its title, company, location, salary and job page",
    schema: {
      type: "object",
      properties: { title: str("job title"), company: str("hiring company"), location: str("where the job is"), salary: str("salary as shown"), url: uri("link to the job posting") },
      required: ["title"],
    },
  },
  {
    id: "directory",
    label: "Directory",
    hint: "a directory or member list page",
    q: "Every listing with its name, address, phone, email and website",
    schema: {
      type: "object",
      properties: { name: str("name of the listing"), address: str("postal address"), phone: str("phone number"), email: { type: "string", format: "email", description: "contact email" }, website: uri("the listing's own website") },
      required: ["name"],
    },
  },
  {
    id: "table",
    label: "Data table",
    hint: "a page with an HTML table; columns come from its header row",
    q: "Every row of the main table",
    schema: null,
  },
];
