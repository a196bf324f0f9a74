import { formatCount } from "@/lib/format";

/**
 * What the tasks list says when Linkup sent tasks on this page that the studio could not read (a
 * field missing or of another type, a status it does not know): they are left out, not hidden.
 */
export function unreadableNote(count: number): string {
  const tasks = count === 1 ? "1 of Linkup's tasks" : `${formatCount(count)} of Linkup's tasks`;
  const them = count === 1 ? "it is" : "they are";
  return `${tasks} on this page could not be read (Linkup sent ${count === 1 ? "it" : "them"} in a form the studio does not know), so ${them} not listed. The other tasks are shown; if this persists, tell whoever runs the studio.`;
}
