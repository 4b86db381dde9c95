// The HTML coverage report in headless Chromium over the DevTools protocol:
// filters hide rows (and only the right ones), sorting orders them, the page
// prints to A4 with every row shorter than a page and kept whole, and a
// 390 px phone viewport has no horizontal scroll. Writes screenshots and the
// PDF next to the report. Usage: node browser_test.mjs REPORT.html OUT_DIR
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [report, outDir] = process.argv.slice(2);
const failures = [];
function check(cond, what) {
    if (!cond) {
        failures.push(what);
        console.log('FAIL', what);
    }
}

const profile = mkdtempSync(join(tmpdir(), 'vnplan-chromium-'));
const chrome = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars',
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
// detached: its own process group, so that its helper processes end with it
const killer = setTimeout(() => { console.log('FAIL timed out'); process.kill(-chrome.pid, 'SIGKILL'); process.exit(1); }, 150000);

// The browser prints "DevTools listening on ws://127.0.0.1:PORT/..." on stderr.
const port = await new Promise((ok, fail) => {
    let err = '';
    chrome.stderr.on('data', d => {
        err += d;
        const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
        if (m) ok(m[1]);
    });
    chrome.on('exit', c => fail(new Error(`chromium exited (${c}): ${err}`)));
});
const target = await (await fetch(`http://127.0.0.1:${port}/json/new?about:blank`, { method: 'PUT' })).json();
const ws = new WebSocket(target.webSocketDebuggerUrl);
await new Promise(ok => ws.addEventListener('open', ok));
let nextId = 1;
const pending = new Map(), waiters = [];
ws.addEventListener('message', ev => {
    const msg = JSON.parse(ev.data);
    if (msg.id && pending.has(msg.id)) {
        const { ok, fail } = pending.get(msg.id);
        pending.delete(msg.id);
        msg.error ? fail(new Error(JSON.stringify(msg.error))) : ok(msg.result);
    } else if (msg.method) {
        for (const w of waiters.filter(w => w.method === msg.method)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.ok(msg.params);
        }
    }
});
const send = (method, params = {}) => new Promise((ok, fail) => {
    const id = nextId++;
    pending.set(id, { ok, fail });
    ws.send(JSON.stringify({ id, method, params }));
});
const event = method => new Promise(ok => waiters.push({ method, ok }));
async function js(expr) {
    const r = await send('Runtime.evaluate', { expression: expr, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails)
        throw new Error(`${expr}: ${JSON.stringify(r.exceptionDetails)}`);
    return r.result.value;
}
async function viewport(width, height, mobile, scale = 1) {
    await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile });
}
async function shot(name) {
    const r = await send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(outDir, name), Buffer.from(r.data, 'base64'));
}

try {
    await send('Page.enable');
    await send('Runtime.enable');
    await viewport(1280, 900, false);
    const loaded = event('Page.loadEventFired');
    await send('Page.navigate', { url: 'file://' + resolve(report) });
    await loaded;
    await shot('desktop.png');
    await js("document.getElementById('matrix').scrollIntoView()");
    await shot('matrix.png');

    // the script showed the filters; every row is shown at first
    const total = await js("document.querySelectorAll('table.items tbody tr').length");
    check(total > 20, `rows: ${total}`);
    check(await js("!document.getElementById('filters').hidden"), 'filters shown by the script');
    const visible = "[...document.querySelectorAll('table.items tbody tr')].filter(r => r.offsetParent !== null)";
    check(await js(`${visible}.length`) === total, 'all rows visible before filtering');
    // filter by status: only the missing rows remain, and all of them
    const missing = await js("document.querySelectorAll('table.items tbody tr[data-status=missing]').length");
    await js("(() => { const s = document.getElementById('f-status'); s.value = 'missing';"
        + " s.dispatchEvent(new Event('change', {bubbles: true})); })()");
    const shown = await js(`${visible}.map(r => r.dataset.status)`);
    check(missing > 0 && missing < total, `missing rows: ${missing} of ${total}`);
    check(shown.length === missing && shown.every(s => s === 'missing'), `status filter shows ${shown.length}`);
    check(await js("document.getElementById('shown').textContent") === String(missing), 'count of rows shown');
    // and by lower plan: the rows of plan L2 (index 1) have it in data-plans
    await js("(() => { const p = document.getElementById('f-plan'); p.value = '1';"
        + " p.dispatchEvent(new Event('change', {bubbles: true})); })()");
    const plans = await js(`${visible}.map(r => r.dataset.plans.split(' '))`);
    check(plans.every(p => p.includes('1')), 'plan filter keeps the plan\'s rows');
    // with a plan chosen, the status is that plan's: the tasks L2 has not answered
    await js("(() => { const s = document.getElementById('f-status'); s.value = 'missing';"
        + " s.dispatchEvent(new Event('change', {bubbles: true})); })()");
    const l2missing = await js("document.querySelectorAll('table.items tbody tr[data-by~=\"1:missing\"]').length");
    const l2shown = await js(`${visible}.map(r => r.dataset.by.split(' ').includes('1:missing'))`);
    check(l2missing > missing && l2shown.length === l2missing && l2shown.every(x => x),
        `L2's missing tasks: ${l2shown.length} shown of ${l2missing}`);
    // ... and each shown row's badge and score are L2's, not the best over all plans
    const badges = await js(`${visible}.map(r => [r.querySelector('.status.own').className,
        r.querySelector('.status.own').textContent, r.querySelector('.score.own').textContent,
        (' ' + r.dataset.byscore + ' ').match(/ 1:(\\S+) /)[1]])`);
    check(badges.length > 0 && badges.every(([c, t, sc, want]) => c === 'status own missing' && t === 'Chưa đáp ứng' && sc === want)
        && await js(`${visible}.every(r => r.className === 'item s-missing')`),
        `badges under the plan filter: ${JSON.stringify(badges.slice(0, 3))}`);
    const differs = await js("[...document.querySelectorAll('table.items tbody tr')].filter(r => !r.hidden && "
        + "r.dataset.status !== 'missing').length");
    check(differs > 0, `some rows shown as L2's missing are not missing overall (${differs})`);
    await js("document.getElementById('tasks').scrollIntoView()");
    await shot('filtered.png');
    // search: an id typed in the box leaves its row
    const firstId = await js("document.querySelector('table.items tbody tr').id.slice(2)");
    await js(`(() => { for (const id of ['f-status', 'f-plan']) document.getElementById(id).value = '';
        const q = document.getElementById('f-q'); q.value = ${JSON.stringify(firstId)};
        q.dispatchEvent(new Event('input', {bubbles: true})); })()`);
    const found = await js(`${visible}.map(r => r.id)`);
    check(found.includes('u-' + firstId) && found.length < total, `search '${firstId}': ${found.length} rows`);
    await js("(() => { const q = document.getElementById('f-q'); q.value = '';"
        + " q.dispatchEvent(new Event('input', {bubbles: true})); })()");
    check(await js(`${visible}.length`) === total, 'all rows back after clearing the filters');
    const own = await js("[...document.querySelectorAll('table.items tbody tr')].every(r => "
        + "r.querySelector('.status.own').className === 'status own ' + r.dataset.status && "
        + "r.className === 'item s-' + r.dataset.status && "
        + "r.querySelector('.score.own').textContent === r.querySelector('.score.own').dataset.own)");
    check(own, 'without a plan chosen, every badge and score is the row\'s own again');
    // sort by score: a click gives ascending scores
    await js("document.querySelector('th[data-sort=score]').click()");
    const scores = await js("[...document.querySelectorAll('table.items tbody tr')].map(r => +r.dataset.score)");
    check(scores.every((s, i) => i === 0 || scores[i - 1] <= s), 'sorted by score');
    await js("document.querySelector('th[data-sort=order]').click()");

    // phone: 390 px wide, no horizontal scroll
    await viewport(390, 844, true, 2);
    await new Promise(r => setTimeout(r, 300));
    const [sw, cw] = await js('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
    check(sw <= cw, `phone: scrollWidth ${sw} <= clientWidth ${cw}`);
    await js("document.getElementById('tasks').scrollIntoView()");
    await shot('phone.png');

    // print: A4 (210 x 297 mm, 12 mm margins: 186 x 273 mm of content = 703 x 1032 px)
    await viewport(703, 1032, false);
    await send('Emulation.setEmulatedMedia', { media: 'print' });
    const style = await js("(() => { const r = document.querySelector('table.items tbody tr');"
        + " const h = document.querySelector('table.items thead'); return [getComputedStyle(r).breakInside,"
        + " getComputedStyle(h).display, getComputedStyle(document.getElementById('filters')).display]; })()");
    check(style[0] === 'avoid' && style[1] === 'table-header-group' && style[2] === 'none',
        `print styles: ${style}`);
    const tall = await js("[...document.querySelectorAll('tbody tr')].filter(r => r.getBoundingClientRect().height > 1032"
        + " - document.querySelector('table.items thead').getBoundingClientRect().height).length");
    await shot('print.png');
    check(tall === 0, `${tall} rows taller than a page (they would be split): ` + await js("[...document.querySelectorAll('tbody tr')]"
        + ".filter(r => r.getBoundingClientRect().height > 900).map(r => r.id + ':' + Math.round(r.getBoundingClientRect().height)).join(' ')"));
    await send('Emulation.setEmulatedMedia', { media: '' });
    const pdf = await send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true });
    const bytes = Buffer.from(pdf.data, 'base64');
    writeFileSync(join(outDir, 'report.pdf'), bytes);
    const text = bytes.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(m => [+m[1], +m[2]]);
    check(pages > 1 && boxes.length >= 1, `PDF pages: ${pages}`);
    check(boxes.every(([w, h]) => Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2), `A4 pages: ${JSON.stringify(boxes.slice(0, 2))}`);
    console.log(`${total} rows, ${missing} missing, ${pages} A4 pages`);
} catch (e) {
    check(false, String(e.stack || e));
}
ws.close();
const exited = new Promise(r => chrome.on('exit', r));
process.kill(-chrome.pid, 'SIGTERM');
clearTimeout(killer);
await exited;
await new Promise(r => setTimeout(r, 500));
try {   // the browser's helper processes may still be writing into it
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
} catch (e) {
    console.log(`note: ${profile} not removed: ${e.code}`);
}
console.log(failures.length ? `${failures.length} failures` : 'ok');
process.exit(failures.length ? 1 : 0);
