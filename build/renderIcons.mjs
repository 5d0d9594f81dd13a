// Renders the SVG icons to what electron-builder needs, with Debian Chromium (playwright-core):
//   icon.svg          → icon.png (512, app icon: converted by electron-builder per platform), icon-256.png
//   pira-document.svg → pira-document.png / .ico / .icns (icon of .pira files; associations need ico/icns ready)
// Why a script: the icons are drawn once as SVG; run `node build/renderIcons.mjs` after changing them.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const here = (name) => new URL(`./${name}`, import.meta.url).pathname;

async function renderPng(browser, svgName, size) {
  const svg = readFileSync(here(svgName), 'utf8').replace('width="512" height="512"', `width="${size}" height="${size}"`);
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  try {
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    return await page.locator('svg').screenshot({ omitBackground: true });
  } finally {
    await page.close();
  }
}

/** ICO holding one 256×256 PNG (supported since Windows Vista). */
function ico(png256) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(0, 6); // width 256
  header.writeUInt8(0, 7); // height 256
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png256.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png256]);
}

/** ICNS with PNG entries: ic08 = 256×256, ic09 = 512×512. */
function icns(entries) {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const outputs = {
    'icon.png': await renderPng(browser, 'icon.svg', 512),
    'icon-256.png': await renderPng(browser, 'icon.svg', 256),
  };
  const doc512 = await renderPng(browser, 'pira-document.svg', 512);
  const doc256 = await renderPng(browser, 'pira-document.svg', 256);
  outputs['pira-document.png'] = doc512;
  outputs['pira-document.ico'] = ico(doc256);
  outputs['pira-document.icns'] = icns([['ic08', doc256], ['ic09', doc512]]);
  for (const [name, data] of Object.entries(outputs)) {
    writeFileSync(here(name), data);
    console.log(`build/${name} (${data.length} byte)`);
  }
} finally {
  await browser.close();
}
