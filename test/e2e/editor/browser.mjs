// Opens the code-server workbench in Debian's headless Chromium through playwright-core
// (playwright never downloads a browser here).
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CONFLICT_LENS_CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** @returns {Promise<{ browser: import('playwright-core').Browser, page: import('playwright-core').Page }>} */
export async function openBrowser({ width = 1400, height = 900 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 60_000 });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  return { browser, page };
}

/** The workbench URL for `folder`; `payload` is VS Code's list of [key, value] launch options. */
export function workbenchUrl(serverUrl, folder, payload) {
  const params = new URLSearchParams({ folder });
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${params}`;
}

/** Payload entries that load the extension under development (and optionally its tests) in the extension host. */
export function developmentPayload(authority, extensionDevelopmentPath, extensionTestsPath) {
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  return payload;
}

/** Closes the browser without letting a hung close block the caller for long. */
export async function closeBrowser(browser) {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
}
