// Browser tests for the Tanya chat widget: the real `tanya serve` binary and
// Debian's chromium driven by playwright-core. Run through run.sh (ctest
// browser_widget), or: TANYA_BIN=build/src/cli/tanya node --test widget.test.mjs
//
// The tests follow one reader through the demo page, so they share one server
// and run in order; the keyboard, phone, fallback and English tests use fresh
// browser contexts so that they do not depend on the earlier conversation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.join(HERE, 'artifacts');
const BIN = process.env.TANYA_BIN;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Extra `tanya serve` flags, e.g. TANYA_SERVE_ARGS="--threads 1".
const SERVE_ARGS = (process.env.TANYA_SERVE_ARGS || '').split(' ').filter(Boolean);
const ANSWER_TIMEOUT = 10000;
// A blog on another origin that embeds the widget: a tiny server of the
// test's own. A real server rather than page.route, because Chromium blocks a
// page without a network address from loading loopback resources.
let blog = null;
let BLOG = '';

const FORMS_QUESTION = 'Apa saja bentuk kerja sama internasional?';
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

let server = null; // { proc, port, log }
const serverLogs = []; // every server started, for artifacts/server.log
let browser = null;
let desktop = null; // the main reader's page
const consoleErrors = [];

// ---- the server ----

// Starts `tanya serve` and resolves with the port it logged on stderr. The
// port comes from the log line (not a guess), so --port 0 never collides with
// other tests on the machine.
// `corpus`: a directory of articles (default: the articles built into the binary).
// `extra.args` and `extra.env`: more flags and environment for the server.
// Each server keeps its question log in its own directory.
function startServer(port = 0, corpus = null, extra = {}) {
  assert.ok(BIN, 'TANYA_BIN must point at the tanya binary');
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'tanya-browser-'));
  // The embedding test plays a blog on another origin, which the server
  // must allow for its WebSocket and CORS checks.
  const config = path.join(cwd, 'serve.json');
  fs.writeFileSync(config, JSON.stringify({ allowed_origins: [BLOG] }));
  const args = ['serve', '--host', '127.0.0.1', '--port', String(port), '--config', config, ...SERVE_ARGS];
  args.push('--question-log', path.join(cwd, 'questions.db'), ...(extra.args || []));
  if (corpus) args.push('--corpus', corpus, '--index', path.join(cwd, 'index.db'));
  const proc = spawn(BIN, args, {
    cwd, // any directory: the page and widget are embedded in the binary
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(extra.env || {}) },
  });
  const log = [];
  serverLogs.push(log);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error('tanya serve did not log its port within 20 s:\n' + log.join('\n')));
    }, 20000);
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        log.push(line);
        const found = portFromLogLine(line);
        if (found) {
          clearTimeout(timer);
          resolve({ proc, port: found, log, cwd });
        }
      }
    };
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', onData);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (d) => log.push(d.trimEnd()));
    proc.on('exit', (code, signal) => {
      log.push(`[exit ${code ?? signal}]`);
      clearTimeout(timer);
      reject(new Error(`tanya serve exited (${code ?? signal}) before listening:\n` + log.join('\n')));
    });
  });
}

function portFromLogLine(line) {
  try {
    const j = JSON.parse(line);
    const p = Number(j.port ?? (j.address && String(j.address).split(':').pop()));
    if (Number.isInteger(p) && p > 0 && /listen/i.test(JSON.stringify(j))) return p;
  } catch {
    /* not JSON: try the plain-text form below */
  }
  const m = /listening\D*?(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\]|localhost)?:(\d{2,5})/i.exec(line);
  return m ? Number(m[1]) : null;
}

async function stopServer(s) {
  if (!s || s.proc.exitCode !== null || s.proc.signalCode !== null) return;
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGTERM');
  const killer = setTimeout(() => s.proc.kill('SIGKILL'), 8000);
  await exited;
  clearTimeout(killer);
}

const base = () => `http://127.0.0.1:${server.port}`;

// ---- page helpers ----

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('dialog', (d) => {
    consoleErrors.push('unexpected dialog: ' + d.message());
    d.dismiss().catch(() => {});
  });
  return page;
}

const widget = (page, selector) => page.locator('tanya-chat').locator(selector);

function botCount(page) {
  return page.evaluate(
    () => document.querySelector('tanya-chat').shadowRoot.querySelectorAll('.msg.bot:not(.typing)').length
  );
}

// Waits for the next bot message after `before` messages and returns what a
// reader would see in it.
async function nextBotMessage(page, before) {
  await page.waitForFunction(
    (n) => document.querySelector('tanya-chat').shadowRoot.querySelectorAll('.msg.bot:not(.typing)').length > n,
    before,
    { timeout: ANSWER_TIMEOUT }
  );
  return lastBotMessage(page);
}

function lastBotMessage(page) {
  return page.evaluate(() => {
    const all = document.querySelector('tanya-chat').shadowRoot.querySelectorAll('.msg.bot:not(.typing)');
    const m = all[all.length - 1];
    return {
      text: m.querySelector('.bubble').textContent,
      paragraphs: [...m.querySelectorAll('.bubble p')].map((p) => p.textContent),
      items: [...m.querySelectorAll('.bubble li')].map((li) => li.textContent),
      sources: [...m.querySelectorAll('.sources a')].map((a) => ({
        text: a.textContent,
        href: a.getAttribute('href'),
      })),
      chips: [...m.querySelectorAll('.chip')].map((c) => c.textContent),
      notFound: m.classList.contains('not-found'),
      intent: m.getAttribute('data-intent'),
    };
  });
}

async function ask(page, text) {
  const before = await botCount(page);
  await widget(page, 'input').fill(text);
  await widget(page, 'input').press('Enter');
  return nextBotMessage(page, before);
}

// The focused element, looking through shadow roots.
function deepFocus(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? { tag: a.tagName, cls: String(a.className), text: a.textContent.trim() } : null;
  });
}

async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

// ---- lifecycle ----

before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  blog = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    // The blog's CSS is deliberately hostile: the widget must look the same.
    res.end(`<!doctype html><html lang="en"><title>Blog</title>
      <style>* { color: red !important; font-size: 40px !important; line-height: 3 !important;
        letter-spacing: 4px !important; text-transform: uppercase !important; }
        button, input, div, section { display: none !important; }</style>
      <h1>Some blog post</h1>
      <script src="${base()}/widget.js" async data-lang="en" data-title="Ask the article"
        data-accent="#8a1c7c" data-position="left"></script>`);
  });
  await new Promise((resolve) => blog.listen(0, '127.0.0.1', resolve));
  BLOG = `http://127.0.0.1:${blog.address().port}`;
  server = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  desktop = await newPage();
});

after(async () => {
  if (browser) await browser.close();
  if (blog) blog.close();
  if (site) await stopServer(site);
  if (editorServer) await stopServer(editorServer);
  if (server) {
    await stopServer(server);
    fs.writeFileSync(path.join(ARTIFACTS, 'server.log'), serverLogs.map((l) => l.join('\n')).join('\n--- restart ---\n') + '\n');
  }
});

// ---- the reader's journey ----

test('the demo page renders the article like a blog post, with the chat button', async () => {
  const page = desktop;
  const response = await page.goto(base() + '/');
  assert.equal(response.status(), 200);
  const article = await page.evaluate(() => ({
    title: document.querySelector('article h1')?.textContent,
    h2: [...document.querySelectorAll('article h2')].map((h) => h.textContent),
    sectionIds: [...document.querySelectorAll('article section[id]')].map((s) => s.id),
    listItems: document.querySelectorAll('article section li').length,
    scripts: [...document.scripts].map((s) => s.getAttribute('src')),
  }));
  assert.match(article.title, /Kerja Sama Internasional/);
  assert.ok(article.h2.some((h) => /Tujuan Kerja Sama Internasional/.test(h)), article.h2.join(' | '));
  assert.ok(article.sectionIds.includes('tujuan-kerja-sama-internasional'), article.sectionIds.join(' '));
  assert.ok(article.listItems >= 10, `only ${article.listItems} list items`);
  assert.deepEqual(article.scripts, ['/widget.js']);

  const launcher = widget(page, 'button.launcher');
  await launcher.waitFor({ state: 'visible' });
  assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
  assert.equal(await launcher.getAttribute('aria-label'), 'Buka obrolan Tanya');
  // In the bottom-right corner.
  const box = await launcher.boundingBox();
  assert.ok(box.x > 1280 - 300 && box.y > 800 - 120, JSON.stringify(box));
});

test('widget.js and widget.css are served with caching headers and an ETag', async () => {
  for (const [file, type] of [
    ['/widget.js', /javascript/],
    ['/widget.css', /text\/css/],
  ]) {
    const res = await fetch(base() + file);
    assert.equal(res.status, 200, file);
    assert.match(res.headers.get('content-type'), type);
    assert.match(res.headers.get('cache-control') || '', /max-age=\d+/);
    const etag = res.headers.get('etag');
    assert.match(etag || '', /^"[^"]+"$/, `${file} has a strong ETag`);
    const again = await fetch(base() + file, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304, `${file} revalidates with 304`);
  }
});

test('opening the widget shows a welcome, suggestion chips, and a chip asks its question', async () => {
  const page = desktop;
  // Record whether the typing indicator ever appears: answers can arrive in a
  // millisecond, so polling for it would be flaky, a MutationObserver is not.
  await page.evaluate(() => {
    const root = document.querySelector('tanya-chat').shadowRoot;
    window.__typingSeen = 0;
    new MutationObserver(() => {
      if (root.querySelector('.log .typing')) window.__typingSeen += 1;
    }).observe(root, { childList: true, subtree: true });
  });
  await widget(page, 'button.launcher').click();
  const panel = widget(page, '[role="dialog"]');
  await panel.waitFor({ state: 'visible' });
  assert.equal(await widget(page, 'button.launcher').getAttribute('aria-expanded'), 'true');
  assert.equal((await deepFocus(page)).tag, 'INPUT', 'focus moves to the question field');
  const welcome = await nextBotMessage(page, 0);
  assert.match(welcome.text, /Halo! Saya Tanya/);
  assert.ok(welcome.chips.length >= 1, 'welcome has suggestion chips');

  const chip = welcome.chips[0];
  const before = await botCount(page);
  await widget(page, '.chip').first().click();
  const answer = await nextBotMessage(page, before);
  const userBubbles = await widget(page, '.msg.user .bubble').allTextContents();
  assert.equal(userBubbles[userBubbles.length - 1], chip, 'the chip text is asked as the question');
  assert.ok(answer.text.trim().length > 0);
  assert.ok((await page.evaluate(() => window.__typingSeen)) > 0, 'a typing indicator was shown');
  assert.equal(await widget(page, '.typing').count(), 0, 'and removed with the answer');
});

test('"Apa saja bentuk kerja sama internasional?" answers with the three forms as a list', async () => {
  const page = desktop;
  const answer = await ask(page, FORMS_QUESTION);
  assert.equal(answer.notFound, false);
  assert.equal(answer.items.length, 3, JSON.stringify(answer));
  assert.match(answer.items.join(' | '), /bilateral/i);
  assert.match(answer.items.join(' | '), /regional/i);
  assert.match(answer.items.join(' | '), /multilateral/i);
  assert.ok(answer.sources.length >= 1, 'the answer has a source');
  assert.match(answer.sources[0].text, /Bentuk Kerja Sama Internasional/);
  assert.match(answer.sources[0].href, /^#[a-z0-9-]+$/, 'source links stay in the demo page');
  assert.ok(answer.chips.length >= 1, 'follow-up suggestions are offered');
  const label = await widget(page, '.msg.bot:not(.typing) .sources').last().textContent();
  assert.match(label, /^Sumber: /);
  await screenshot(page, 'desktop-answer.png'); // as the reader first sees it: question on top
  await widget(page, '.log').evaluate((log) => (log.scrollTop = log.scrollHeight));
  await screenshot(page, 'desktop-answer-end.png'); // the sources and follow-up chips
});

test('the follow-up "contohnya?" is answered in context', async () => {
  const page = desktop;
  const answer = await ask(page, 'contohnya?');
  assert.equal(answer.notFound, false, JSON.stringify(answer));
  // Examples of the forms just discussed: named organisations or partner countries.
  assert.match(answer.text, /ASEAN|APEC|PBB|United Nations|WTO|Uni Eropa|China|Jepang/, answer.text);
  await screenshot(page, 'desktop-follow-up.png');
});

test('a source link leads to its section of the demo page', async () => {
  const page = desktop;
  const link = widget(page, '.msg.bot .sources a').last();
  const href = await link.getAttribute('href');
  const anchor = decodeURIComponent(href.slice(1));
  await link.click();
  await page.waitForFunction((h) => location.hash === h, href);
  const target = await page.evaluate((id) => {
    const el = document.getElementById(id);
    const r = el.getBoundingClientRect();
    return { tag: el.tagName, targeted: el.matches(':target'), top: r.top, height: innerHeight };
  }, anchor);
  assert.equal(target.tag, 'SECTION');
  assert.ok(target.targeted, 'the section is the :target (highlighted)');
  assert.ok(target.top >= -5 && target.top < target.height / 2, `section scrolled into view (top ${target.top})`);
  assert.equal(await widget(page, '[role="dialog"]').isVisible(), true, 'on a desktop the chat stays open');
});

test('HTML in a question or an answer is shown as text, never run', async () => {
  const page = desktop;
  const answer = await ask(page, XSS);
  const users = await widget(page, '.msg.user .bubble').allTextContents();
  assert.equal(users[users.length - 1], XSS, 'the question is shown verbatim');
  const injected = await page.evaluate(() => {
    const root = document.querySelector('tanya-chat').shadowRoot;
    return {
      xss: window.__xss ?? null,
      imgs: root.querySelectorAll('img').length + document.querySelectorAll('img').length,
      scripts: root.querySelectorAll('script').length,
    };
  });
  assert.deepEqual(injected, { xss: null, imgs: 0, scripts: 0 });
  assert.ok(answer.text.length > 0);
  if (answer.text.includes('<')) {
    // The bot quoted the question back: it must arrive as the literal text.
    assert.ok(answer.text.includes('<img') || answer.text.includes('<script'), answer.text);
  }
});

test('HTML in every field of a server answer is shown as text, and links stay links', async () => {
  // The real bot never echoes markup, so a proxy in the test rewrites its
  // answers: the widget must treat whatever the server says as text.
  const page = await newPage();
  await page.routeWebSocket(/\/ws$/, (client) => {
    const upstream = client.connectToServer();
    client.onMessage((m) => upstream.send(m));
    upstream.onMessage((m) => {
      const msg = JSON.parse(m);
      if (msg.type === 'answer') {
        msg.answer = 'Jawaban <img src=x onerror="window.__xss=3">\n- <script>window.__xss=4</script>\n- biasa';
        msg.items = ['<b>tebal</b>'];
        msg.sources = [
          { article: '<img src=x onerror="window.__xss=5">', section: '<svg onload="window.__xss=6">', anchor: 'javascript:alert(1)', snippet: '"><img src=x>' },
        ];
        msg.suggestions = ['<img src=x onerror="window.__xss=7">'];
      }
      client.send(JSON.stringify(msg));
    });
  });
  await page.goto(base() + '/');
  await widget(page, 'button.launcher').click();
  await nextBotMessage(page, 0);
  const answer = await ask(page, FORMS_QUESTION);
  assert.equal(answer.paragraphs[0], 'Jawaban <img src=x onerror="window.__xss=3">');
  assert.deepEqual(answer.items, ['<script>window.__xss=4</script>', 'biasa']);
  assert.equal(answer.chips[0], '<img src=x onerror="window.__xss=7">');
  assert.match(answer.sources[0].text, /<svg onload=/);
  const href = await widget(page, '.sources a').last().evaluate((a) => a.href);
  assert.match(new URL(href).protocol, /^https?:$/, `source link is not a script URL: ${href}`);
  const injected = await page.evaluate(() => {
    const root = document.querySelector('tanya-chat').shadowRoot;
    return { xss: window.__xss ?? null, elements: root.querySelectorAll('img, svg image, script, b, .bubble svg').length };
  });
  assert.deepEqual(injected, { xss: null, elements: 0 });
  await page.context().close();
});

test('after a server restart the widget shows it is offline, reconnects and answers', async () => {
  const page = desktop;
  const port = server.port;
  await stopServer(server);
  const notice = widget(page, '.notice');
  await page.waitForFunction(
    () => {
      const n = document.querySelector('tanya-chat').shadowRoot.querySelector('.notice');
      return !n.hidden && /terputus/i.test(n.textContent);
    },
    null,
    { timeout: 5000 }
  );
  assert.equal(await notice.getAttribute('role'), 'status');
  await screenshot(page, 'desktop-offline.png');

  server = await startServer(port); // same port: the page's widget knows only this address
  await page.waitForFunction(
    () => !document.querySelector('tanya-chat').shadowRoot.querySelector('.tanya').classList.contains('is-offline'),
    null,
    { timeout: 15000 }
  );
  const answer = await ask(page, FORMS_QUESTION);
  assert.equal(answer.items.length, 3, 'answers again after reconnecting');
});

test('a reload resumes the same session with hello, so follow-ups keep their context', async () => {
  const page = desktop;
  await ask(page, FORMS_QUESTION);
  const stored = await page.evaluate(() =>
    Object.keys(sessionStorage)
      .filter((k) => k.startsWith('tanya.session'))
      .map((k) => sessionStorage.getItem(k))
  );
  assert.equal(stored.length, 1, 'the session id is kept in sessionStorage');

  const frames = [];
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => frames.push({ dir: 'out', data: String(f.payload) }));
    ws.on('framereceived', (f) => frames.push({ dir: 'in', data: String(f.payload) }));
  });
  const shownBefore = await widget(page, '.msg:not(.typing) .bubble').allTextContents();
  await page.reload();
  await widget(page, 'button.launcher').click();
  const resumed = () =>
    frames.some((f) => f.dir === 'in' && f.data.includes('"welcome"') && JSON.parse(f.data).resumed === true);
  for (let i = 0; i < 100 && !resumed(); i++) await page.waitForTimeout(50);
  const hello = frames.find((f) => f.dir === 'out' && f.data.includes('"hello"'));
  assert.ok(hello, 'the widget sent hello');
  assert.equal(JSON.parse(hello.data).session, stored[0]);
  const welcomes = frames.filter((f) => f.dir === 'in' && f.data.includes('"welcome"')).map((f) => JSON.parse(f.data));
  assert.ok(
    welcomes.some((w) => w.session === stored[0] && w.resumed === true),
    'the server resumed it: ' + JSON.stringify(welcomes)
  );
  const shownAfter = await widget(page, '.msg:not(.typing) .bubble').allTextContents();
  assert.deepEqual(shownAfter, shownBefore, 'the transcript is shown again after the reload');
  const followUp = await ask(page, 'contohnya?');
  assert.equal(followUp.notFound, false, 'the resumed context answers the follow-up');
});

test('a duplicated tab takes the session over once, without a reconnect loop', async () => {
  // Duplicating a browser tab copies its sessionStorage, so two tabs resume
  // one session. The server gives it to the newest connection and closes the
  // other with 1008; that tab must start afresh, not take it back forever.
  const key = await desktop.evaluate(() => Object.keys(sessionStorage).find((k) => k.startsWith('tanya.session')));
  const shared = await desktop.evaluate((k) => sessionStorage.getItem(k), key);
  const twin = await desktop.context().newPage();
  await twin.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem(k)) sessionStorage.setItem(k, v);
    },
    [key, shared]
  );
  let welcomes = 0;
  desktop.on('websocket', (ws) =>
    ws.on('framereceived', (f) => {
      if (String(f.payload).includes('"welcome"')) welcomes += 1;
    })
  );
  await twin.goto(base() + '/');
  await widget(twin, 'button.launcher').click();
  // The welcome first: asked before it arrives, the next bot message would
  // be the welcome, not the answer (a loaded machine shows it late).
  await nextBotMessage(twin, 0);
  const answer = await ask(twin, FORMS_QUESTION);
  assert.equal(answer.items.length, 3);
  // The old tab is told and moves to a fresh session: wait for that, then
  // watch a while longer for a reconnect loop.
  await desktop.waitForFunction(([k, v]) => sessionStorage.getItem(k) !== v, [key, shared], {
    timeout: ANSWER_TIMEOUT,
  });
  await twin.waitForTimeout(1500);
  const mine = await desktop.evaluate((k) => sessionStorage.getItem(k), key);
  assert.equal(await twin.evaluate((k) => sessionStorage.getItem(k), key), shared, 'the new tab resumed it');
  assert.ok(mine && mine !== shared, 'the old tab moved to a fresh session');
  assert.ok(welcomes <= 2, `the old tab reconnected ${welcomes} times`);
  const again = await ask(desktop, FORMS_QUESTION);
  assert.equal(again.items.length, 3, 'and still answers');
  await twin.close();
});

test('a whole exchange works with the keyboard alone', async () => {
  const page = await newPage();
  await page.goto(base() + '/');
  await widget(page, 'button.launcher').waitFor();
  // Tab through the page until the chat button has focus.
  let focus = null;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    focus = await deepFocus(page);
    if (focus && focus.cls.includes('launcher')) break;
  }
  assert.ok(focus.cls.includes('launcher'), 'the chat button is reachable with Tab');
  await page.keyboard.press('Enter');
  await widget(page, '[role="dialog"]').waitFor({ state: 'visible' });
  assert.equal((await deepFocus(page)).tag, 'INPUT');
  await nextBotMessage(page, 0);

  let before = await botCount(page);
  await page.keyboard.type(FORMS_QUESTION);
  await page.keyboard.press('Enter');
  const answer = await nextBotMessage(page, before);
  assert.equal(answer.items.length, 3);

  // Shift+Tab from the field reaches the newest follow-up chip.
  await page.keyboard.press('Shift+Tab');
  focus = await deepFocus(page);
  assert.match(focus.cls, /chip/, 'Shift+Tab from the field lands on a suggestion chip');
  before = await botCount(page);
  await page.keyboard.press('Enter');
  await nextBotMessage(page, before);
  assert.equal((await deepFocus(page)).tag, 'INPUT', 'focus returns to the field after a chip');

  await page.keyboard.press('Escape');
  await widget(page, '[role="dialog"]').waitFor({ state: 'hidden' });
  focus = await deepFocus(page);
  assert.match(focus.cls, /launcher/, 'Escape closes and focus returns to the chat button');
  assert.equal(await widget(page, 'button.launcher').getAttribute('aria-expanded'), 'false');
  await page.context().close();
});

test('controls are labelled, the log is a live region, and text contrast is readable', async () => {
  const page = desktop;
  await widget(page, 'button.launcher').waitFor();
  if (!(await widget(page, '[role="dialog"]').isVisible())) await widget(page, 'button.launcher').click();
  const report = await page.evaluate(() => {
    const root = document.querySelector('tanya-chat').shadowRoot;
    const unlabelled = [...root.querySelectorAll('button, input')]
      .filter((c) => !(c.getAttribute('aria-label') || c.textContent.trim() || (c.labels && c.labels.length)))
      .map((c) => c.outerHTML.slice(0, 80));
    const log = root.querySelector('[role="log"]');
    // WCAG relative luminance contrast between an element's text and the
    // nearest opaque background behind it.
    const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const bg = (el) => {
      for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const ratio = (el) => {
      const a = lum(rgb(getComputedStyle(el).color));
      const b = lum(bg(el));
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };
    const checks = {};
    for (const sel of ['.launcher', '.title', '.msg.bot .bubble p', '.msg.user .bubble', '.chip', '.sources a', '.input']) {
      const el = root.querySelector(sel);
      if (el) checks[sel] = Math.round(ratio(el) * 10) / 10;
    }
    return {
      unlabelled,
      logRole: log.getAttribute('role'),
      live: log.getAttribute('aria-live'),
      dialogLabel: root.getElementById(root.querySelector('[role="dialog"]').getAttribute('aria-labelledby'))
        ?.textContent,
      inputLabel: root.querySelector('input').labels[0]?.textContent,
      checks,
    };
  });
  assert.deepEqual(report.unlabelled, []);
  assert.equal(report.logRole, 'log');
  assert.equal(report.live, 'polite');
  assert.equal(report.dialogLabel, 'Tanya');
  assert.equal(report.inputLabel, 'Pertanyaan Anda');
  for (const [sel, r] of Object.entries(report.checks)) assert.ok(r >= 4.5, `contrast of ${sel} is ${r}:1`);
  assert.ok(Object.keys(report.checks).length >= 6, JSON.stringify(report.checks));
});

test('on a 360 px phone the chat fills the screen and stays usable', async () => {
  const page = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await page.goto(base() + '/');
  const launcher = widget(page, 'button.launcher');
  await launcher.waitFor({ state: 'visible' });
  const lb = await launcher.boundingBox();
  assert.ok(lb.x >= 0 && lb.x + lb.width <= 360, 'chat button inside the screen');
  await screenshot(page, 'phone-article.png');
  await launcher.tap();
  await nextBotMessage(page, 0);
  const answer = await ask(page, FORMS_QUESTION);
  assert.equal(answer.items.length, 3);
  const layout = await page.evaluate(() => {
    const root = document.querySelector('tanya-chat').shadowRoot;
    const r = (s) => root.querySelector(s).getBoundingClientRect();
    return {
      panel: r('.panel'),
      input: r('.input'),
      send: r('.send'),
      scrollWidth: document.documentElement.scrollWidth,
      fontSize: getComputedStyle(root.querySelector('.input')).fontSize,
    };
  });
  assert.ok(layout.panel.width >= 355 && layout.panel.left >= 0, JSON.stringify(layout.panel));
  assert.ok(layout.input.width >= 200, 'the question field is wide enough to type in');
  assert.ok(layout.send.right <= 360 && layout.send.width >= 44, 'the send button is on screen and tappable');
  assert.ok(layout.scrollWidth <= 360, 'no sideways scrolling');
  assert.equal(layout.fontSize, '16px', 'no zoom-on-focus on phones');
  await screenshot(page, 'phone-answer.png');
  await widget(page, '.log').evaluate((log) => (log.scrollTop = log.scrollHeight));
  await screenshot(page, 'phone-answer-end.png');

  // Full screen it is a modal dialog: Tab wraps instead of reaching the hidden page.
  assert.equal(await widget(page, '[role="dialog"]').getAttribute('aria-modal'), 'true');
  await widget(page, 'button.send').focus();
  await page.keyboard.press('Tab');
  assert.match((await deepFocus(page)).cls, /close/, 'Tab from the last control wraps to the first');
  await page.keyboard.press('Shift+Tab');
  assert.match((await deepFocus(page)).cls, /send/, 'and Shift+Tab wraps back');

  // On a phone the panel covers the article: following a source closes it.
  await widget(page, '.msg.bot .sources a').last().tap();
  await widget(page, '[role="dialog"]').waitFor({ state: 'hidden' });
  await page.waitForFunction(() => location.hash.length > 1);
  await page.context().close();
});

test('when WebSockets are blocked the widget falls back to POST /api/ask', async () => {
  const page = await newPage();
  // Simulate a proxy that refuses upgrades: every socket fails without opening.
  await page.addInitScript(() => {
    window.WebSocket = class {
      constructor() {
        setTimeout(() => {
          if (this.onerror) this.onerror(new Event('error'));
          if (this.onclose) this.onclose(new CloseEvent('close', { code: 1006 }));
        }, 10);
      }
      send() {
        throw new Error('not open');
      }
      close() {}
    };
  });
  const posts = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/ask') && r.method() === 'POST') posts.push(r.postDataJSON());
  });
  await page.goto(base() + '/');
  await widget(page, 'button.launcher').click();
  await nextBotMessage(page, 0); // the welcome, shown locally
  const first = await ask(page, FORMS_QUESTION);
  assert.equal(first.items.length, 3);
  const second = await ask(page, 'contohnya?');
  assert.equal(second.notFound, false, 'the HTTP session keeps the context');
  assert.equal(posts.length, 2);
  assert.ok(posts[1].session && posts[1].session === (await page.evaluate(() => sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('tanya.session'))))));
  await page.context().close();
});

test('another site embeds the snippet: data-* options apply and the widget finds its server', async () => {
  const page = await newPage();
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(BLOG + '/artikel.html');
  const launcher = widget(page, 'button.launcher');
  await launcher.waitFor({ state: 'visible' });
  assert.equal(await launcher.getAttribute('aria-label'), 'Open the Tanya chat');
  const box = await launcher.boundingBox();
  assert.ok(box.x < 100, 'data-position="left" puts the button on the left');
  const bg = await launcher.evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(bg, 'rgb(138, 28, 124)');
  await launcher.click();
  const welcome = await nextBotMessage(page, 0);
  assert.match(welcome.text, /Hello! I am Tanya/);
  assert.equal(await widget(page, '.title').textContent(), 'Ask the article');
  assert.equal(await widget(page, 'input').getAttribute('placeholder'), 'Type a question…');
  const looks = await widget(page, '.title').evaluate((t) => {
    const cs = getComputedStyle(t);
    return [cs.fontSize, cs.letterSpacing, cs.textTransform, cs.color];
  });
  assert.deepEqual(looks, ['17px', 'normal', 'none', 'rgb(255, 255, 255)'], 'page CSS does not leak in');

  const answer = await ask(page, FORMS_QUESTION);
  assert.equal(answer.items.length, 3);
  assert.deepEqual(sockets, [`ws://127.0.0.1:${server.port}/ws`], 'the socket goes to the script\'s origin');
  // This page has no such section, so the source opens the demo page on the server.
  assert.ok(answer.sources[0].href.startsWith(base() + '/a/kerja-sama-internasional#'), answer.sources[0].href);
  assert.equal(await widget(page, '.sources-label').last().textContent(), 'Sources: ');
  await page.context().close();
});

// ---- a site of several articles ----

// The shipped article and two small articles of tests/fixtures/site.
const SITE_ARTICLES = ['bank-sampah.md', 'kebun-sekolah.md'];

let site = null; // a second server, over the shipped article and SITE_ARTICLES

async function siteServer() {
  if (site) return site;
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'tanya-site-'));
  fs.copyFileSync(path.join(HERE, '../../corpus/kerja-sama-internasional.md'), path.join(corpus, 'kerja-sama-internasional.md'));
  for (const name of SITE_ARTICLES) fs.copyFileSync(path.join(HERE, '../fixtures/site', name), path.join(corpus, name));
  site = await startServer(0, corpus);
  return site;
}

test('the index page lists the articles, and its widget asks which article is meant', async () => {
  const s = await siteServer();
  const page = await newPage();
  await page.goto(`http://127.0.0.1:${s.port}/`);
  const links = await page.locator('ul.index h2 a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(links.map((l) => l[1]).sort(), ['/a/bank-sampah', '/a/kebun-sekolah', '/a/kerja-sama-internasional']);
  assert.match(await page.locator('ul.index').textContent(), /Lingkungan[\s\S]*tempat warga menabung sampah/);
  await widget(page, 'button.launcher').click();
  await nextBotMessage(page, 0);
  // Several articles list benefits: the reader picks one.
  const which = await ask(page, 'Apa manfaatnya?');
  assert.equal(which.intent, 'choose_article', JSON.stringify(which));
  assert.ok(which.chips.includes('Bank Sampah') && which.chips.includes('Kebun Sekolah'), which.chips.join(' | '));
  await screenshot(page, 'site-chooser.png');
  const before = await botCount(page);
  await widget(page, '.chip').filter({ hasText: 'Kebun Sekolah' }).last().click();
  const picked = await nextBotMessage(page, before);
  assert.match(picked.text, /sayur segar/, picked.text);
  // The source names the article and leads to its page.
  assert.match(picked.sources[0].text, /^Kebun Sekolah › /, JSON.stringify(picked.sources));
  assert.ok(picked.sources[0].href.startsWith(`http://127.0.0.1:${s.port}/a/kebun-sekolah#`), picked.sources[0].href);
  // The conversation stays with the chosen article: asked again, the same
  // question needs no chooser.
  const again = await ask(page, 'Apa saja manfaatnya?');
  assert.notEqual(again.intent, 'choose_article');
  assert.match(again.text, /sayur segar/, again.text);
  await page.context().close();
});

test('an article page answers from its own article, and names another article it reaches', async () => {
  const s = await siteServer();
  const page = await newPage();
  await page.goto(`http://127.0.0.1:${s.port}/a/bank-sampah`);
  assert.equal(await page.locator('h1').textContent(), 'Bank Sampah');
  await widget(page, 'button.launcher').click();
  await nextBotMessage(page, 0);
  // The question that needed a chooser on the index is this article's here.
  const own = await ask(page, 'Apa manfaatnya?');
  assert.notEqual(own.intent, 'choose_article');
  assert.match(own.text, /timbunan sampah/, own.text);
  assert.match(own.sources[0].href, /^#[a-z0-9-]+$/, 'its sources stay in the page');
  // Another article's subject reaches that article, which the answer names.
  const other = await ask(page, 'Apa manfaat kebun sekolah?');
  assert.match(other.text, /Dari artikel "Kebun Sekolah"/, other.text);
  assert.match(other.text, /sayur segar/);
  assert.ok(other.sources[0].href.includes('/a/kebun-sekolah#'), other.sources[0].href);
  await screenshot(page, 'site-article-page.png');
  await page.context().close();
});

// ---- the editor's loop: feedback, report, /admin, curated answers ----

const ADMIN_TOKEN = 'token-admin-untuk-uji-0123456789';
const UNCOVERED = 'Siapa presiden pertama Amerika Serikat?';
const CURATED = 'Artikel ini tidak membahas presiden Amerika; presiden pertamanya George Washington.';
let editorServer = null;

// Waits until the server logs a line that `match` accepts, after `from` lines.
async function logLine(s, match, from = 0, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const line = s.log.slice(from).find(match);
    if (line) return line;
    if (Date.now() > deadline) throw new Error('no such log line:\n' + s.log.join('\n'));
    await new Promise((r) => setTimeout(r, 50));
  }
}

test("a reader's 👎 on a declined question reaches /admin, and the editor's answer reaches the next reader", async () => {
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'tanya-editor-'));
  for (const name of ['kerja-sama-internasional.md', 'kerja-sama-internasional.json'])
    fs.copyFileSync(path.join(HERE, '../../corpus', name), path.join(corpus, name));
  const s = (editorServer = await startServer(0, corpus, {
    args: ['--watch-corpus-ms', '200'],
    env: { TANYA_ADMIN_TOKEN: ADMIN_TOKEN },
  }));
  const origin = `http://127.0.0.1:${s.port}`;

  // The reader asks what the article does not cover, and marks it, by keyboard.
  const reader = await newPage();
  await reader.goto(origin + '/');
  await widget(reader, 'button.launcher').click();
  await nextBotMessage(reader, 0);
  const declined = await ask(reader, UNCOVERED);
  assert.ok(declined.notFound, declined.text);
  await ask(reader, XSS); // hostile text goes into the log too
  const last = (page) => widget(page, '.msg.bot:not(.typing)').nth(1);
  const group = last(reader).locator('.feedback');
  assert.equal(await group.getAttribute('role'), 'group');
  assert.equal(await group.getAttribute('aria-label'), 'Apakah jawaban ini membantu?');
  const down = last(reader).locator('.vote.down');
  assert.equal(await down.getAttribute('aria-label'), 'Tidak membantu');
  await down.focus();
  await reader.keyboard.press('Enter');
  await last(reader).locator('.feedback-status', { hasText: 'Terima kasih' }).waitFor({ timeout: ANSWER_TIMEOUT });
  assert.equal(await down.getAttribute('aria-pressed'), 'true');
  // The comment field takes the focus; Enter sends it.
  const comment = last(reader).locator('input.comment');
  await comment.waitFor();
  assert.equal((await deepFocus(reader)).tag, 'INPUT');
  await reader.keyboard.type('tidak dijawab sama sekali');
  await reader.keyboard.press('Enter');
  await comment.waitFor({ state: 'detached' });
  await screenshot(reader, 'feedback-widget.png');

  // The editor logs in to /admin and sees it, grouped, with the comment.
  const editor = await newPage();
  await editor.goto(origin + '/admin');
  await editor.fill('#token', ADMIN_TOKEN);
  await Promise.all([editor.waitForNavigation(), editor.click('button[type=submit]')]);
  assert.match(await editor.locator('h2').first().textContent(), /Ringkasan/);
  const row = editor.locator('tr.group', { hasText: UNCOVERED });
  await row.waitFor();
  assert.match(await row.textContent(), /1 tidak membantu/);
  assert.match(await editor.locator('#marked-down').textContent(), /tidak dijawab sama sekali/);
  // Readers' text is shown as text, never run.
  assert.ok((await editor.content()).includes('&lt;img src=x'), 'the hostile question is escaped');
  assert.equal(await editor.evaluate(() => window.__xss), undefined);
  assert.ok((await editor.locator('svg').count()) >= 3, 'three charts');
  await editor.setViewportSize({ width: 1280, height: 1400 });
  await screenshot(editor, 'admin-report.png');

  // One form adds the curated answer.
  await row.locator('summary').click();
  await row.locator('textarea[name=answer]').fill(CURATED);
  await screenshot(editor, 'admin-curate-form.png');
  const lines = s.log.length;
  await Promise.all([editor.waitForNavigation(), row.locator('button[type=submit]').click()]);
  assert.match(await editor.locator('.notice').textContent(), /Jawaban kurasi disimpan/);
  await logLine(s, (l) => /"event":"reload"/.test(l) && /corpus_changed/.test(l), lines);

  // The next reader asks in other words and gets it.
  const next = await newPage();
  await next.goto(origin + '/');
  await widget(next, 'button.launcher').click();
  await nextBotMessage(next, 0);
  const got = await ask(next, 'presiden pertama amerika tuh siapa ya');
  assert.equal(got.intent, 'curated', got.text);
  assert.match(got.text, /George Washington/);

  // A form posted to /admin from another site is refused, and changes nothing.
  const data = path.join(corpus, 'kerja-sama-internasional.json');
  const before = fs.readFileSync(data, 'utf8');
  // A classic cross-site form post, riding on the editor's session cookie.
  await editor.goto(BLOG);
  const [response] = await Promise.all([
    editor.waitForNavigation(),
    editor.evaluate((target) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = target;
      for (const [name, value] of Object.entries({ article: 'kerja-sama-internasional', questions: 'x', answer: 'y' })) {
        const input = document.createElement('input');
        input.name = name;
        input.value = value;
        form.appendChild(input);
      }
      document.body.appendChild(form);
      form.submit();
    }, origin + '/admin/curate'),
  ]);
  const status = response.status();
  assert.ok(status === 401 || status === 403, 'status ' + status);
  assert.equal(fs.readFileSync(data, 'utf8'), before);

  // And `tanya report` counts it the same.
  const out = await new Promise((resolve, reject) => {
    const p = spawn(BIN, ['report', '--json', '--log', path.join(s.cwd, 'questions.db'), '--corpus', corpus,
      '--index', path.join(s.cwd, 'report-index.db')]);
    let text = '';
    p.stdout.on('data', (d) => (text += d));
    p.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error('tanya report exited ' + code))));
  });
  const report = JSON.parse(out);
  assert.ok(report.declined.some((g) => g.examples.includes(UNCOVERED) && g.down === 1), out);
  assert.ok(report.marked_down.some((q) => q.comment === 'tidak dijawab sama sekali'), out);
  for (const p of [reader, editor, next]) await p.context().close();
});

test('with --no-question-log nothing is recorded and the widget offers no feedback', async () => {
  const s = await startServer(0, null, { args: ['--no-question-log'] });
  try {
    const page = await newPage();
    await page.goto(`http://127.0.0.1:${s.port}/`);
    await widget(page, 'button.launcher').click();
    await nextBotMessage(page, 0);
    const answer = await ask(page, FORMS_QUESTION);
    assert.ok(answer.items.length >= 3, answer.text);
    assert.equal(await widget(page, '.feedback').count(), 0);
    assert.equal(fs.existsSync(path.join(s.cwd, 'questions.db')), false, 'no log file');
    await page.context().close();
  } finally {
    await stopServer(s);
  }
});

test('no script errors on the page', () => {
  // WebSocket connection failures during the restart are logged by the
  // browser itself, not by our code.
  const ours = consoleErrors.filter((e) => !/WebSocket connection|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e));
  assert.deepEqual(ours, []);
});
