/** Debian's Chromium driven by playwright-core (Playwright never downloads a browser here). */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './tools';

/** Flags for a quiet headless Chromium in a container: no sandbox, no GPU, no background traffic. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches a headless Chromium with a fresh profile (Playwright makes a temporary one per launch). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}
