// Edition's fragmented search index against Pagefind's on the same built site: bytes fetched and time to the first
// result for one-word queries, in headless Chromium, every request answered from the site's folder and counted.
// Usage: node search-vs-pagefind.mjs PLAYWRIGHT_PACKAGE SITE WORD... (KINDS=edition leaves out Pagefind, whose index
// `npx pagefind --site SITE` writes; PLAYWRIGHT_PACKAGE: a test project's bin/Debug/net10.0/.playwright/package, run by its node)
import { createRequire } from 'module';
import { readFileSync, existsSync } from 'fs';
import { join } from 'path';

const [pkg, site, ...words] = process.argv.slice(2);
const { chromium } = createRequire(import.meta.url)(pkg);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

// A page that asks Pagefind as its default UI would: search, then the first ten results' data.
const pagefindPage = `<!doctype html><meta charset="utf-8"><title>pf</title><input id="q"><ol id="r"></ol><script type="module">
const pagefind = await import('/pagefind/pagefind.js'); await pagefind.init(); window.ready = true;
window.run = async (q) => { const t0 = performance.now(); const s = await pagefind.search(q);
  const data = await Promise.all(s.results.slice(0, 10).map(r => r.data()));
  const li = document.createElement('li'); li.textContent = data[0] ? data[0].excerpt : ''; document.getElementById('r').appendChild(li);
  return { ms: performance.now() - t0, count: s.results.length }; };
</script>`;

async function measure(word, kind) {
  const context = await browser.newContext();
  let bytes = 0, files = 0;
  await context.route('http://site.test/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\//, '');
    if (path === 'pf.html') { return route.fulfill({ body: pagefindPage, contentType: 'text/html' }); }
    const file = join(site, path);
    if (!existsSync(file)) { return route.fulfill({ status: 404 }); }
    const body = readFileSync(file);
    if (path.startsWith('assets/search/') || path.startsWith('pagefind/')) { bytes += body.length; files++; }
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.wasm') ? 'application/wasm' : path.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    return route.fulfill({ body, contentType: type });
  });
  const page = await context.newPage();
  let result;
  if (kind === 'edition') {
    await page.goto('http://site.test/search.html');
    await page.waitForFunction(() => document.querySelector('#q'));
    await page.waitForTimeout(300); // index.js loaded
    // In the page: from the input event to the first result in the list (the browser's own clock, without the
    // test driver's round trips, which the outer time includes).
    await page.evaluate(() => {
      document.getElementById('q').addEventListener('input', () => { window.t0 = performance.now(); }, { capture: true });
      new MutationObserver((_, o) => { window.first = performance.now() - window.t0; o.disconnect(); })
        .observe(document.getElementById('search-results'), { childList: true });
    });
    const t0 = Date.now();
    await page.fill('#q', word); // one input event, as a paste or a first keystroke: the search runs at once
    await page.waitForSelector('#search-results li');
    result = { ms: Date.now() - t0, inPage: await page.evaluate(() => window.first), count: await page.textContent('#search-status') };
  } else {
    await page.goto('http://site.test/pf.html');
    await page.waitForFunction(() => window.ready === true);
    result = await page.evaluate((q) => window.run(q), word);
  }
  await context.close();
  return { word, kind, bytes, files, ...result };
}

for (const word of words) {
  for (const kind of (process.env.KINDS || 'edition,pagefind').split(',')) {
    const r = await measure(word, kind);
    console.log(`${r.kind}\t${r.word}\t${r.bytes} bytes\t${r.files} files\t${Math.round(r.ms)} ms${r.inPage === undefined ? '' : ` (in the page ${Math.round(r.inPage)} ms)`}\t${r.count}`);
  }
}
await browser.close();
