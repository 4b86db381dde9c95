// A real browser against vnplan serve: headless Chromium driven through the
// DevTools protocol uploads two plans, runs coverage, confirms one match and
// rejects another, reloads, and finds both decisions kept; a screenshot is
// left for a person to look at. Exit 77 (skipped) without chromium.
// Usage: node --experimental-websocket test_serve_browser.mjs VNPLAN SAMPLES SCREENSHOT.png
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [vnplan, samples, shot] = process.argv.slice(2);
const chromium = ["chromium", "chromium-browser"].find((c) => {
  try { execFileSync("sh", ["-c", `command -v ${c}`]); return true; } catch { return false; }
});
if (!chromium || typeof WebSocket === "undefined") {
  console.log("skipped: no chromium or no WebSocket in this node");
  process.exit(77);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vnplan-browser-"));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const children = [];
let stopping = false;
function fail(msg) {
  console.error("FAIL: " + msg);
  for (const c of children) c.kill("SIGKILL");
  process.exit(1);
}
setTimeout(() => fail("timed out"), 120000).unref();

// The server, on a free port.
const server = spawn(vnplan, ["serve", "--listen", "127.0.0.1:0", "--db", path.join(tmp, "t.sqlite")]);
children.push(server);
const port = await new Promise((resolve) => {
  let err = "";
  server.stderr.on("data", (d) => {
    err += d;
    const m = err.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) resolve(m[1]);
  });
  server.on("exit", () => stopping || fail("server exited: " + err));
});
const base = `http://127.0.0.1:${port}`;

const profile = path.join(tmp, "profile");
const browser = spawn(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", `--user-data-dir=${profile}`,
  "--remote-debugging-port=0", "--window-size=1280,1400", "about:blank"], { stdio: "ignore" });
children.push(browser);
let devport;
for (let i = 0; i < 300 && !devport; i++) {
  try { devport = fs.readFileSync(path.join(profile, "DevToolsActivePort"), "utf8").split("\n")[0]; } catch {}
  if (!devport) await sleep(100);
}
if (!devport) fail("chromium did not open its DevTools port");
const targets = await (await fetch(`http://127.0.0.1:${devport}/json/list`)).json();
const page = targets.find((t) => t.type === "page");
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
let nextId = 1;
const pending = new Map(), waiters = [];
ws.onmessage = (ev) => {
  const msg = JSON.parse(ev.data);
  if (msg.id && pending.has(msg.id)) {
    const { resolve, reject } = pending.get(msg.id);
    pending.delete(msg.id);
    msg.error ? reject(new Error(JSON.stringify(msg.error))) : resolve(msg.result);
  } else if (msg.method) {
    for (const w of waiters.splice(0)) w(msg);
  }
};
const send = (method, params = {}) => new Promise((resolve, reject) => {
  const id = nextId++;
  pending.set(id, { resolve, reject });
  ws.send(JSON.stringify({ id, method, params }));
});
function loaded() {
  return new Promise((resolve) => {
    const w = (msg) => (msg.method === "Page.loadEventFired" ? resolve() : waiters.push(w));
    waiters.push(w);
  });
}
async function evaluate(expr) {
  const r = await send("Runtime.evaluate", { expression: expr, returnByValue: true });
  if (r.exceptionDetails) fail("script failed: " + expr + " " + JSON.stringify(r.exceptionDetails));
  return r.result.value;
}
async function go(url) { const l = loaded(); await send("Page.navigate", { url }); await l; }
async function submitting(expr) { const l = loaded(); await evaluate(expr); await l; }

await send("Page.enable");
await send("DOM.enable");
await send("Runtime.enable");

for (const f of ["ubnd-2026-par-sipas.docx", "sngv-2024-par-sipas-papi.docx"]) {
  await go(base + "/");
  const doc = await send("DOM.getDocument");
  const input = await send("DOM.querySelector", { nodeId: doc.root.nodeId, selector: "input[type=file]" });
  await send("DOM.setFileInputFiles", { nodeId: input.nodeId, files: [path.resolve(samples, f)] });
  await submitting("document.querySelector('form[action=\"/plans\"]').submit()");
  const title = await evaluate("document.title");
  if (!/vnplan/.test(title) || /Lỗi/.test(title)) fail("upload of " + f + " answered " + title);
}
await go(base + "/");
const rows = await evaluate("document.querySelectorAll('input[name=upper]').length");
if (rows !== 2) fail(`front page lists ${rows} plans, not 2`);
await submitting(`document.querySelector('input[name=upper][value="1"]').checked = true;
  document.querySelector('input[name=lower][value="2"]').checked = true;
  document.getElementById('run').click()`);
if (!/\/runs\/1$/.test(await evaluate("location.pathname"))) fail("coverage did not open run 1");
await submitting("document.getElementById('reviewer').value = 'Trần Thị Bình'; document.getElementById('reviewer').form.submit()");
// Confirm the first match of the first item that has one; reject one of another item.
const rowsWithMatches = await evaluate("[...document.querySelectorAll('tr[id^=u-]')].filter(r => r.querySelector('button.confirm')).map(r => r.id)");
if (rowsWithMatches.length < 2) fail("fewer than two items with matches");
const [first, second] = rowsWithMatches;
await submitting(`document.getElementById(${JSON.stringify(first)}).querySelector('button.confirm').click()`);
await submitting(`document.getElementById(${JSON.stringify(second)}).querySelector('button.reject').click()`);
const l = loaded();
await send("Page.reload", { ignoreCache: true });
await l;
const state = await evaluate(`({
  confirm: [...document.querySelectorAll('li[data-action=confirm]')].map(li => li.closest('tr').id),
  reject: [...document.querySelectorAll('li[data-action=reject]')].map(li => li.closest('tr').id),
  who: document.body.innerText.includes('Trần Thị Bình')})`);
if (JSON.stringify(state.confirm) !== JSON.stringify([first]) || JSON.stringify(state.reject) !== JSON.stringify([second]) || !state.who)
  fail("after reload: " + JSON.stringify(state));
await evaluate(`document.getElementById(${JSON.stringify(first)}).scrollIntoView()`);
const png = await send("Page.captureScreenshot", { format: "png" });
fs.writeFileSync(shot, Buffer.from(png.data, "base64"));
ws.close();
stopping = true;
const browserGone = new Promise((r) => browser.on("exit", r));
browser.kill("SIGTERM");
await browserGone;
const code = new Promise((r) => server.on("exit", r));
server.kill("SIGTERM");
if ((await code) !== 0) fail("server did not stop cleanly");
try { fs.rmSync(tmp, { recursive: true, force: true }); } catch {}
console.log("ok: confirmed " + first + ", rejected " + second + "; screenshot " + shot);
process.exit(0);
