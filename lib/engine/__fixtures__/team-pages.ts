/**
 * Team pages grouped by department, for tests: one section per department, each a heading and its
 * people as a list, cards or a table (template/named-groups.ts).
 */
export type Layout = "ul" | "div" | "table";

const DEPARTMENTS = ["Engineering", "Design", "Sales", "Support", "Finance", "Legal"];
const FIRST = ["Ada", "Alan", "Grace", "Dieter", "Susan", "Mary", "John", "Li", "Sam", "Jo", "Priya", "Omar", "Lena", "Kofi", "Yuki", "Nadia"];
const LAST = ["Lovelace", "Turing", "Hopper", "Rams", "Kare", "Barra", "Okafor", "Wei", "Carter", "March", "Patel", "Haddad", "Berg", "Mensah", "Sato", "Rahman"];
const ROLES = ["Staff Engineer", "Design Lead", "Account Executive", "Support Specialist", "Finance Director", "General Counsel", "Product Manager", "Sales Engineer"];

export function personName(d: number, i: number): string {
  return `${FIRST[(d * 3 + i) % FIRST.length]} ${LAST[(d * 5 + i * 7) % LAST.length]}`;
}
const slug = (name: string) => name.toLowerCase().replace(/ /g, "-");

function person(layout: Layout, d: number, i: number): string {
  const name = personName(d, i);
  const role = ROLES[(d + i) % ROLES.length]!;
  const link = `<a href="/p/${slug(name)}">${name}</a>`;
  if (layout === "ul") return `<li>${link}<span>${role}</span></li>`;
  if (layout === "div") return `<div class="card"><img src="/img/${slug(name)}.jpg" alt=""><h3>${link}</h3><p class="role">${role}</p></div>`;
  return `<tr><td>${link}</td><td>${role}</td><td>${slug(name)}@example.com</td></tr>`;
}

/** A team page: one section per department, each a heading and its people in `layout`. */
export function teamPage(layout: Layout, sizes: number[]): string {
  const sections = sizes
    .map((n, d) => {
      const people = Array.from({ length: n }, (_, i) => person(layout, d, i)).join("");
      const list = layout === "ul" ? `<ul>${people}</ul>` : layout === "div" ? `<div class="cards">${people}</div>` : `<table><tbody>${people}</tbody></table>`;
      return `<section class="dept"><h2>${DEPARTMENTS[d]}</h2>${list}</section>`;
    })
    .join("");
  return `<!doctype html><html><head><title>Team</title></head><body><header><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav></header><main><h1>Meet the team</h1>${sections}</main><footer><p>© Acme</p></footer></body></html>`;
}

export const expectedPeople = (sizes: number[]) => sizes.flatMap((n, d) => Array.from({ length: n }, (_, i) => personName(d, i)));

/** Each person on such a page, in page order, with the role, department and profile path the page gives. */
export const teamPeople = (sizes: number[]) =>
  sizes.flatMap((n, d) =>
    Array.from({ length: n }, (_, i) => {
      const name = personName(d, i);
      return { name, role: ROLES[(d + i) % ROLES.length]!, department: DEPARTMENTS[d]!, profile: `/p/${slug(name)}` };
    }),
  );
