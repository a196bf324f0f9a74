/**
 * Renders app/icon.svg into app/favicon.ico (16 and 32 px PNGs in one ICO) with the Chromium the
 * e2e tests use: the studio ships no image tooling, and the ICO is only for clients that ask for
 * /favicon.ico without reading the page's <link rel="icon"> (the SVG is the icon pages declare).
 *   npx tsx scripts/make-favicon.ts   (after editing app/icon.svg)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.join(__dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
const SIZES = [16, 32];

/** An ICO whose entries are PNGs (read by every browser since IE 9, and by Windows Vista on). */
function ico(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size % 256, at); // 0 means 256
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

async function main() {
  // Debian's Chromium, as the e2e tests use it (not e2e/support/env: importing it opens a log dir).
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const pngs = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
      pngs.push({ size, png: await page.screenshot({ omitBackground: true }) });
      await page.close();
    }
    const out = path.join(root, "app/favicon.ico");
    writeFileSync(out, ico(pngs));
    console.log(`wrote ${path.relative(root, out)} (${SIZES.join(", ")} px)`);
  } finally {
    await browser.close();
  }
}

void main();
