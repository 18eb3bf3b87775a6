// Browser checks of a site built by `bti nettside`, in headless Chromium:
// crawl every page from index.html and resolve every internal link (and its
// #fragment), refuse any request to another host, click the walkthrough from
// the first page of each municipality to every outcome, run axe-core
// (WCAG 2.1 A/AA) on every page, and take screenshots at 320 and 1280 px.
// Prints one JSON report on stdout; the Rust test (tests/nettside.rs) judges it.
//
// Usage: node sjekk.mjs SITE_DIR SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [root, shots] = process.argv.slice(2).map((p) => path.resolve(p));
mkdirSync(shots, { recursive: true });
const rootUrl = pathToFileURL(root + path.sep).href;

const browser = await chromium.launch({
  executablePath: process.env.BTI_CHROMIUM || '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
const external = [];
await context.route('**/*', (route) => {
  const u = route.request().url();
  if (u.startsWith('file:')) return route.continue();
  external.push(u);
  return route.abort();
});
const page = await context.newPage();
const consoleErrors = [];
page.on('pageerror', (e) => consoleErrors.push(String(e)));

const report = {
  pages: [], broken: [], brokenFragments: [], external, consoleErrors,
  axe: [], axePages: [], walk: {}, outcomes: {}, shots: [], lang: {},
  readers: {}, akutt: {},
};

const t0 = Date.now();
const log = (m) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);
const stripHash = (u) => u.split('#')[0];
const rel = (u) => fileURLToPath(stripHash(u)).slice(root.length + 1).split(path.sep).join('/');

// 1. Crawl.
const seen = new Set();
const queue = [rootUrl + 'index.html'];
const fragments = [];
const axeTypes = new Set();
while (queue.length) {
  const url = queue.shift();
  if (seen.has(url)) continue;
  seen.add(url);
  const file = fileURLToPath(url);
  if (!existsSync(file) || !statSync(file).isFile()) { report.broken.push(rel(url)); continue; }
  if (!url.endsWith('.html')) continue;
  await page.goto(url);
  report.pages.push(rel(url));
  report.lang[rel(url)] = await page.evaluate(() => document.documentElement.lang);
  const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  for (const l of links) {
    if (!l.startsWith('file:')) continue;
    const base = stripHash(l);
    if (l.includes('#')) fragments.push({ from: rel(url), url: base, id: decodeURIComponent(l.split('#')[1]) });
    if (!seen.has(base)) queue.push(base);
  }
  // 2. axe on every page type of every site (every page with BTI_AXE_ALLE=1).
  const kind = await page.evaluate(() =>
    document.querySelector('.oppsummering') ? 'utfall'
      : document.querySelector('.etikett-akutt') ? 'akutt'
        : document.querySelector('.valliste') ? 'node' : location.pathname.split('/').pop());
  const typeKey = rel(url).replace(/[^/]*$/, '').replace(/veileder\/$/, '') + kind;
  if (!process.env.BTI_AXE_ALLE && axeTypes.has(typeKey)) continue;
  axeTypes.add(typeKey);
  report.axePages.push(rel(url));
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of res.violations) {
    report.axe.push({ page: rel(url), id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) });
  }
}
const byUrl = new Map();
for (const f of fragments) {
  if (!f.id) continue;
  if (!byUrl.has(f.url)) byUrl.set(f.url, []);
  byUrl.get(f.url).push(f);
}
for (const [url, fs] of byUrl) {
  if (!existsSync(fileURLToPath(url))) continue;
  await page.goto(url);
  const ids = new Set(await page.$$eval('[id]', (es) => es.map((e) => e.id)));
  for (const f of fs) if (!ids.has(f.id)) report.brokenFragments.push(`${f.from} → ${rel(f.url)}#${f.id}`);
}

log(`crawl+axe: ${report.pages.length} pages`);
// 3. Click through every municipality's walkthrough from its first page.
const fronts = report.pages.filter((p) => /^([^/]+\/)?index\.html$/.test(p));
for (const front of fronts) {
  const site = front.replace(/index\.html$/, '');
  await page.goto(rootUrl + front);
  const start = await page.$('a.hovudknapp');
  if (!start) continue;
  await Promise.all([page.waitForNavigation(), start.click()]);
  const first = page.url();
  const visited = new Set();
  const todo = [first];
  const outcomes = {};
  let clicks = 0;
  while (todo.length) {
    const u = todo.shift();
    if (visited.has(u)) continue;
    visited.add(u);
    await page.goto(u);
    const n = await page.$$eval('.valliste a', (as) => as.length);
    for (let i = 0; i < n; i++) {
      await page.goto(u);
      const links = await page.$$('.valliste a');
      await Promise.all([page.waitForNavigation(), links[i].click()]);
      clicks++;
      const landed = page.url();
      const isOutcome = await page.$('.oppsummering');
      if (isOutcome) {
        const id = rel(landed).replace(/^.*veileder\//, '').replace(/\.html$/, '');
        if (!outcomes[id]) {
          outcomes[id] = await page.evaluate(() => ({
            h1: document.querySelector('h1')?.textContent.trim(),
            h2: [...document.querySelectorAll('main h2')].map((h) => h.textContent.trim()),
            contacts: [...document.querySelectorAll('.kontaktliste li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
            numbers: [...document.querySelectorAll('.nodnummer strong')].map((s) => s.textContent.trim()),
            akutt: !!document.querySelector('a.akutt'),
          }));
        }
      } else if (!visited.has(landed)) {
        todo.push(landed);
      }
    }
    // every walkthrough page has the akutt link
    if (!(await page.$('a.akutt'))) report.broken.push(`no akutt link on ${rel(u)}`);
  }
  report.walk[site || '.'] = { first: rel(first), nodes: visited.size, clicks };
  report.outcomes[site || '.'] = outcomes;
}

log('walk');
// 3b. From each front page, click to each page type for readers (parents,
// staff help, every level page), and read the akutt page's first links.
for (const front of fronts) {
  const site = front.replace(/index\.html$/, '');
  await page.goto(rootUrl + front);
  const targets = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href'))
    .filter((h) => /^(bekymret|slik-bruker-du-veilederen|nivaa-\d+)\.html$/.test(h)));
  const got = {};
  for (const href of targets) {
    await page.goto(rootUrl + front);
    await Promise.all([page.waitForNavigation(), page.click(`main a[href="${href}"]`)]);
    got[href] = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent.trim(),
      kilder: document.querySelectorAll('section.kilder li').length,
      akutt: !!document.querySelector('a.akutt'),
    }));
  }
  report.readers[site || '.'] = got;
  const akutt = await page.$eval('a.akutt', (a) => a.href).catch(() => null);
  if (akutt) {
    await page.goto(akutt);
    report.akutt[site || '.'] = await page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      return [...document.querySelectorAll('main a[href]')]
        .filter((a) => h1.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)
        .slice(0, 4).map((a) => a.getAttribute('href'));
    });
  }
}
log('readers');
// 4. Screenshots: front page, the first walkthrough page, an outcome, the plan; 320 and 1280 px.
for (const front of fronts) {
  const site = front.replace(/index\.html$/, '');
  const name = site.replace(/\/$/, '') || 'kommune';
  const walk = report.walk[site || '.'];
  const outs = Object.keys(report.outcomes[site || '.'] || {});
  if (!walk) continue;
  const picks = [['forside', front]];
  if (walk) picks.push(['veileder', walk.first]);
  const prefer = outs.find((o) => o.includes('bekymringsmelding')) || outs[0];
  if (prefer) picks.push(['utfall', `${site}veileder/${prefer}.html`]);
  picks.push(['framdrift', `${site}framdrift.html`]);
  if (report.akutt[site || '.']) picks.push(['akutt', `${site}veileder/akutt.html`]);
  for (const href of Object.keys(report.readers[site || '.'] || {})) {
    picks.push([href.replace(/\.html$/, ''), `${site}${href}`]);
  }
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [kind, p] of picks) {
      await page.goto(rootUrl + p);
      const file = path.join(shots, `${name}-${kind}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      report.shots.push({ file, width, page: p, overflow });
    }
  }
  // 320 px with a 32 px default font (the reader's own setting; the CSS is
  // in rem): long words wrap, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 900 });
  for (const [kind, p] of picks) {
    await page.goto(rootUrl + p);
    await page.addStyleTag({ content: 'html { font-size: 32px !important; }' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    report.shots.push({ file: null, width: 320, font: 32, page: p, kind, overflow });
  }
}

await browser.close();
process.stdout.write(JSON.stringify(report));
