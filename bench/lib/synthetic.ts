/** A generated listing page: a header menu, `n` product cards and a footer (for timing and tests). */
export function syntheticListing(n: number): string {
  const cards: string[] = [];
  for (let i = 1; i <= n; i++) {
    cards.push(
      `<div class="card product-${i}"><h3 class="name"><a href="/p/${i}">Product number ${i}</a></h3>` +
        `<span class="price">$${(i * 1.37).toFixed(2)}</span><p class="desc">Description of item ${i}, a fine thing.</p></div>`,
    );
  }
  const menu = ["Home", "Shop", "About", "Contact", "Blog", "Help"].map((w) => `<li><a href="/${w.toLowerCase()}">${w}</a></li>`).join("");
  return `<!doctype html><html><head><title>Shop</title></head><body><header><nav><ul>${menu}</ul></nav></header>
<main><h1>All products</h1><div class="grid">${cards.join("\n")}</div></main>
<footer><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul></footer></body></html>`;
}
