/**
 * A "Load more" that is a GET form's submit button: `<form action="/news"><input type="hidden"
 * name="page" value="2"><button>Load more</button></form>`. Submitting it is a plain request for
 * the address the form builds (its action, the query replaced by the form's fields), which a
 * browser fetches without a script: that address is the listing's next page as a link to it would
 * be (the pipeline still checks it is on the same site and lists records like the first).
 */
import { attr, textContent, walkElements, type Element } from "../dom";
import { resolveHref } from "./urls";

/** A submit control: a <button> (submit unless typed otherwise) or an <input type="submit">. */
export function isSubmit(el: Element): boolean {
  const type = (attr(el, "type") ?? "").trim().toLowerCase();
  if (el.tagName === "button") return type === "" || type === "submit";
  return el.tagName === "input" && type === "submit";
}

/** A submit control's label: an <input>'s is its value. */
export const submitLabel = (el: Element) => (el.tagName === "input" ? (attr(el, "value") ?? "") : textContent(el));

function formOf(el: Element): Element | null {
  for (let p: unknown = el.parentNode; p && typeof p === "object" && "tagName" in p; p = (p as Element).parentNode) if ((p as Element).tagName === "form") return p as Element;
  return null;
}

/** Input types whose value a submission sends (checkboxes and radios only when checked). */
const NOT_SENT = new Set(["submit", "button", "image", "reset", "file"]);

/**
 * The address submitting `submit`'s form requests, absolute; null when the control is in no form,
 * the form posts (a POST is not a page to fetch), or the address is not http(s).
 */
export function getFormUrl(submit: Element, base: URL): URL | null {
  const form = formOf(submit);
  if (!form) return null;
  const method = (attr(submit, "formmethod") ?? attr(form, "method") ?? "get").trim().toLowerCase();
  if (method !== "get") return null;
  const action = (attr(submit, "formaction") ?? attr(form, "action") ?? "").trim();
  const url = action ? resolveHref(action, base) : new URL(base.href);
  if (!url) return null;
  const params = new URLSearchParams();
  walkElements(form, (el) => {
    const name = attr(el, "name");
    if (!name || attr(el, "disabled") !== undefined) return;
    const type = (attr(el, "type") ?? "text").trim().toLowerCase();
    if (el.tagName === "input") {
      if (NOT_SENT.has(type) || ((type === "checkbox" || type === "radio") && attr(el, "checked") === undefined)) return;
      params.append(name, attr(el, "value") ?? (type === "checkbox" || type === "radio" ? "on" : ""));
    } else if (el.tagName === "select") {
      const options: Element[] = [];
      walkElements(el, (o) => void (o.tagName === "option" && options.push(o)));
      const chosen = options.find((o) => attr(o, "selected") !== undefined) ?? options[0];
      if (chosen) params.append(name, attr(chosen, "value") ?? textContent(chosen).trim());
    } else if (el.tagName === "textarea") params.append(name, textContent(el));
    else if (el === submit) params.append(name, attr(el, "value") ?? "");
  });
  url.search = params.toString();
  url.hash = "";
  return url;
}
