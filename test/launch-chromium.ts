/**
 * Debian's Chromium, as every browser run of this repository starts it: the browser tests, the
 * end-to-end and embed tests, and the bench. One place for its path and flags.
 */
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** Where Chromium is: Debian's, unless `CHROMIUM_PATH` says otherwise. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags for this closed network: no background calls home, no sandbox as root. And no
 * omnibox popups: Chromium 156, headless too, starts their WebUI renderer for every new browser
 * context, about 1.2 s of CPU each (and 0.3 s more in the browser process), beside the page
 * being measured or tested on a 2-core machine.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** Starts Chromium headless with the flags above (and `extraArgs`). */
export function launchChromium(extraArgs: readonly string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** The options of Playwright's `launchPersistentContext` (which it does not name). */
type PersistentContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

/**
 * Chromium as `launchChromium` starts it, on the profile in `userDataDir` (kept between runs):
 * a context whose storage is that profile's, closed with the browser.
 */
export function launchPersistentChromium(userDataDir: string, options: PersistentContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
}
