/**
 * Page chrome (navigation, header, footer, breadcrumbs, pagination) told from content, for every
 * record detector: a list in the chrome is rarely what the analyst asked for.
 */
import { attr, type Element } from "../dom";
import { parentElement } from "./features";

const TABLE_PARTS = new Set(["table", "thead", "tbody", "tfoot", "tr"]);
const CHROME_TAGS = new Set(["nav", "header", "footer", "aside", "menu"]);
// (Not "listbox": it is a list of options or items, e.g. a carousel of cards, i.e. records.)
const CHROME_ROLES = new Set(["navigation", "menu", "menubar", "banner", "contentinfo", "tablist", "toolbar", "complementary", "dialog", "alertdialog"]);
const CHROME_WORDS = /(^|[-_\s])(nav|navbar|navigation|menu|menubar|breadcrumbs?|pagination|pager|paging|footer|header|topbar|sidebar|social|share|dropdown|megamenu|tabs|cookies?|consent|gdpr|modal|popup|references|footnotes)([-_\s]|$)|onetrust|ot-sdk|didomi|cookie/i;

/**
 * The class/id words that say what an element is. BEM modifiers ("product-list--with-sidebar",
 * "grid--no-header") and with-/has-/no- tokens describe the layout around the element, not its
 * role: a product list laid out beside a sidebar is not a sidebar. Nor do "js-" tokens, hooks for
 * scripts rather than names of a role: an issue tracker's rows sit in a "js-navigation-container"
 * because the keyboard moves through them, not because they are a menu.
 */
function roleWords(words: string): string {
  return words
    .replace(/(^|\s)js[-_]\S*/gi, " ")
    .replace(/--[\w-]*/g, " ")
    .replace(/(^|[\s_-])(?:with|has|no|without)[-_][\w-]*/gi, " ");
}

/**
 * How much the element looks like page chrome (navigation, header, footer, breadcrumbs,
 * pagination) rather than content: 1 = content, lower = chrome. Looks at the element and its
 * ancestors (tags, ARIA roles, class/id words); <main> stops the climb since whatever is inside it
 * is content by declaration.
 */
export function chromeFactor(el: Element): number {
  let factor = 1;
  let node: Element | null = el;
  let depth = 0;
  while (node && node.tagName !== "body") {
    if (node.tagName === "main" || attr(node, "role") === "main") break;
    const role = attr(node, "role");
    if (CHROME_TAGS.has(node.tagName) || (role && CHROME_ROLES.has(role))) {
      factor = Math.min(factor, node.tagName === "aside" || role === "complementary" ? 0.5 : 0.25);
    } else if (attr(node, "aria-modal") === "true") {
      factor = Math.min(factor, 0.25);
    } else if (depth <= 3 && !TABLE_PARTS.has(node.tagName)) {
      // (A table is content whatever its classes say: "sticky-header" styles its header row.)
      const words = roleWords(`${attr(node, "class") ?? ""} ${attr(node, "id") ?? ""}`);
      if (words.trim() && CHROME_WORDS.test(words)) factor = Math.min(factor, 0.4);
    }
    node = parentElement(node);
    depth++;
  }
  return factor;
}
