/**
 * A field named for a person by her part ("reviewer", "host", "instructor") holds her name, and
 * pages name that text for the person, not the part: "bui-avatar-block__title", "user-name",
 * "profile-name". So such a field is named by those words too, below its own: "reviewer" finds
 * what "reviewer name" does.
 */
import { listsPeople } from "./person-names";

/** Words that name a person's name on a page, whatever her part in the record. */
const PERSON_NAME_WORDS = ["name", "fullname", "displayname", "nickname", "user", "username", "avatar", "profile"];

/** The words besides its own that name a field whose last word is a person's part; none for others. */
export function personNameWords(own: readonly string[]): string[] {
  const last = own[own.length - 1];
  return last && own.length <= 2 && listsPeople([last]) && !own.includes("name") ? PERSON_NAME_WORDS : [];
}
