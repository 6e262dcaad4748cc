// A minimal W3C WebDriver client: drives Firefox ESR (geckodriver) and
// WebKit (WebKitWebDriver) with real input events, where playwright-core
// cannot (it needs its own patched builds of those browsers).
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { before, after } from 'node:test';
import { serve } from './server.mjs';

const KEYS = { Enter: '\uE007', Space: ' ', Tab: '\uE004', Escape: '\uE00C', ArrowRight: '\uE014', ArrowLeft: '\uE012', ArrowDown: '\uE015', ArrowUp: '\uE013', Home: '\uE011', End: '\uE010' };

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts a driver binary on a free port; resolves once it answers /status. */
export async function startDriver(command, args = []) {
  const port = await freePort();
  // A process group of its own: `xvfb-run` starts the driver and an X server
  // as children, and stopping must end them all.
  const proc = spawn(command, [...args, `--port=${port}`], { stdio: 'ignore', detached: true });
  const stop = () => { try { process.kill(-proc.pid); } catch { /* already gone */ } };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return { url, stop };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`${command} did not start`);
}

export class Session {
  static async create(driverUrl, capabilities) {
    const res = await fetch(`${driverUrl}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`new session: ${JSON.stringify(body.value)}`);
    return new Session(driverUrl, body.value.sessionId);
  }

  constructor(driverUrl, id) {
    this.base = `${driverUrl}/session/${id}`;
  }

  async cmd(method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  }

  goto(url) { return this.cmd('POST', '/url', { url }); }

  /** Runs `fn` (a function's source) in the page with `args`; returns its result. */
  run(fn, ...args) { return this.cmd('POST', '/execute/sync', { script: `return (${fn})(...arguments)`, args }); }

  async waitFor(fn, timeout = 20000, ...args) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return Object.values(el)[0];
  }

  click(element) { return this.cmd('POST', `/element/${element}/click`, {}); }

  type(element, text) { return this.cmd('POST', `/element/${element}/value`, { text }); }

  /** Presses keys as a keyboard would, on whatever has focus. */
  press(...names) {
    const actions = names.flatMap((n) => {
      const value = KEYS[n] ?? n;
      return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
    });
    return this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  setWindowSize(width, height) { return this.cmd('POST', '/window/rect', { width, height }); }

  quit() { return this.cmd('DELETE', ''); }
}

/** WebKitGTK's MiniBrowser under automation (run the driver under xvfb-run). */
export function webkitCapabilities() {
  return {
    'webkitgtk:browserOptions': {
      binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  };
}

export function firefoxCapabilities(prefs = {}) {
  return {
    browserName: 'firefox',
    'moz:firefoxOptions': {
      binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      args: ['-headless'],
      prefs: { 'browser.shell.checkDefaultBrowser': false, ...prefs },
    },
  };
}

/** A WebDriver browser and the built widget over HTTP for one test file:
 *  `site.session` (a Session) and `site.server.url`, ready in each test and
 *  closed after the file. `browser` is 'firefox' (with `prefs`) or 'webkit'
 *  (under Xvfb); `size` is the window's [width, height]. */
export function useDriverSite(dir = 'dist', { browser = 'firefox', prefs = {}, size } = {}) {
  const site = {};
  let driver;
  before(async () => {
    site.server = await serve(path.resolve(dir));
    const webkit = browser === 'webkit';
    driver = webkit
      ? await startDriver('xvfb-run', ['-a', 'WebKitWebDriver'])
      : await startDriver(process.env.GECKODRIVER ?? 'geckodriver');
    site.session = await Session.create(driver.url, webkit ? webkitCapabilities() : firefoxCapabilities(prefs));
    if (size) await site.session.setWindowSize(...size);
  });
  after(async () => {
    await site.session?.quit().catch(() => {});
    driver?.stop();
    await site.server?.close();
  });
  return site;
}
