/**
 * The UI check: what a reviewer sees. Opens a seed from the Explorer, waits for a squiggle,
 * hovers it, opens the Problems panel, and looks for the bad-setting warning; saves screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CodeServer } from './codeServer';

/** One observed fact of the UI. */
export interface UiCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

/** Where to look. */
export interface UiCheckOptions {
  /** The workspace folder to open (a copy of test/vscode/workspace). */
  readonly folder: string;
  /** Where the screenshots go. */
  readonly screenshotsDir: string;
}

/** How long one UI state may take to appear (the first squiggle needs the server up and the corpus read). */
const APPEAR_MS = 60_000;

const SEED_FOLDER = 'seeds';
const SEED_FILE = 'harbour-bridge-en.txt';
/** The setting the test workspace gives a wrong type on purpose. */
const BAD_SETTING = 'sourceReview.rules';
/** The status bar item once the corpus is linked: "N docs, N events". */
const STATUS_TEXT = /\d+ docs?, \d+ events?/u;
/** The test workspace's two outlets reporting one event, and the Russian report's file. */
const COVERAGE_OUTLET_EN = 'The Riverside Gazette';
const COVERAGE_OUTLET_RU = 'Вечерний Порт';
const COVERAGE_FILE_RU = 'narva-crossing-ru.txt';
const SQUIGGLE = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

/** Runs the checks in order; a failed check is recorded and the next ones still run where they can. */
export async function checkUi(browser: Browser, server: CodeServer, options: UiCheckOptions): Promise<UiCheck[]> {
  mkdirSync(options.screenshotsDir, { recursive: true });
  const shot = async (page: Page, name: string, ...parts: Locator[]): Promise<void> => {
    await page.screenshot({ path: join(options.screenshotsDir, name), ...(await clipTo(parts)) });
  };
  const checks: UiCheck[] = [];
  const check = async (name: string, work: () => Promise<string | void>): Promise<boolean> => {
    const since = Date.now();
    const took = (): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;
    try {
      const detail = await work();
      checks.push({ name, ok: true, detail: detail ? `${took()}; ${detail}` : took() });
      return true;
    } catch (error) {
      checks.push({ name, ok: false, detail: `${took()}; ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
      return false;
    }
  };

  const context = await browser.newContext({ viewport: { width: 1120, height: 640 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(options.folder)}`);
    const explorer = page.locator('.explorer-folders-view');

    const opened = await check(`the Explorer opens ${SEED_FOLDER}/${SEED_FILE}`, async () => {
      await explorer.waitFor({ timeout: APPEAR_MS });
      await explorerRow(explorer, SEED_FOLDER).click();
      await explorerRow(explorer, SEED_FILE).click();
      await page.locator('.tab.active', { hasText: SEED_FILE }).waitFor({ timeout: APPEAR_MS });
    });
    if (!opened) {
      await shot(page, 'failure.png');
      return checks;
    }

    const squiggle = page.locator(SQUIGGLE).first();
    const squiggled = await check('a finding is underlined in the editor', async () => {
      await squiggle.waitFor({ timeout: APPEAR_MS });
      const count = await page.locator(SQUIGGLE).count();
      return `${count} squiggles`;
    });

    await check('the warning about the bad sourceReview.rules value names the key', async () => {
      const toast = page.locator('.notification-toast', { hasText: BAD_SETTING });
      const listed = page.locator('.notifications-center .monaco-list-row', { hasText: BAD_SETTING });
      // Toasts hide themselves after a while; the notification centre keeps every notification.
      if (!(await toast.isVisible())) {
        await page.locator('[id="status.notifications"]').click();
      }
      const warning = toast.or(listed).first();
      await warning.waitFor({ timeout: APPEAR_MS });
      const text = (await warning.innerText()).replace(/\s+/g, ' ').trim();
      await shot(page, 'settings-warning.png', page.locator('.part.editor'), warning);
      // Clear it so it does not cover the next screenshots.
      await warning.hover();
      await warning.locator('.codicon-notifications-clear').first().click();
      await warning.waitFor({ state: 'detached', timeout: 10_000 });
      await page.keyboard.press('Escape');
      return text.slice(0, 120);
    });

    if (squiggled) {
      await shot(page, 'editor-squiggles.png', page.locator('.part.editor'));
      await check('hovering a finding shows the rule’s explanation', async () => {
        const box = await squiggle.boundingBox();
        if (!box) {
          throw new Error('the squiggle has no box');
        }
        await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
        const hover = page.locator('.monaco-hover', { hasText: 'source-review' }).first();
        await hover.waitFor({ state: 'visible', timeout: 15_000 });
        await shot(page, 'hover.png', page.locator('.part.editor'));
        return (await hover.innerText()).replace(/\s+/g, ' ').trim().slice(0, 120);
      });
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    }

    await check('Ctrl+Shift+M opens the Problems panel listing the findings', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      const finding = panel.locator('.monaco-list-row', { hasText: 'boilerplate/' }).first();
      await finding.waitFor({ timeout: APPEAR_MS });
      const rows = await panel.locator('.monaco-list-row').count();
      await shot(page, 'problems.png', page.locator('.part.editor'), page.locator('.part.panel'));
      return `${rows} rows visible`;
    });
    // Close the panel again (Ctrl+J toggles it) so the editor keeps its height in the next screenshots.
    await page.keyboard.press('Control+J');

    await check('the status bar item counts documents and events, and its tooltip explains them', async () => {
      const item = page.locator('.statusbar-item', { hasText: STATUS_TEXT }).first();
      await item.locator('.codicon-checklist').waitFor({ timeout: APPEAR_MS });
      const text = (await item.innerText()).trim();
      await item.hover();
      const tooltip = page.locator('.monaco-hover', { hasText: 'in the workspace corpus' }).first();
      await tooltip.waitFor({ state: 'visible', timeout: 15_000 });
      await shot(page, 'status-bar.png', page.locator('.part.statusbar'), tooltip);
      await page.mouse.move(5, 5);
      return text;
    });

    await check('Show Event Coverage from the Command Palette lists events by outlet, and a mention opens its seed', async () => {
      await page.keyboard.press('F1');
      const palette = page.locator('.quick-input-widget');
      await palette.locator('input').fill('>Source Review: Show Event Coverage');
      await palette.locator('.monaco-list-row', { hasText: 'Show Event Coverage' }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Event Coverage' }) });
      // Fold the file tree so the coverage view has room in the screenshots.
      await page.locator('.pane', { has: explorer }).locator('.pane-header').click();
      const firstEvent = pane.locator('.monaco-list-row[aria-level="1"]').first();
      await firstEvent.waitFor({ timeout: APPEAR_MS });
      await firstEvent.click();
      await pane.locator('.monaco-list-row[aria-level="2"]', { hasText: COVERAGE_OUTLET_EN }).first().waitFor({ timeout: 15_000 });
      const outlet = pane.locator('.monaco-list-row[aria-level="2"]', { hasText: COVERAGE_OUTLET_RU }).first();
      await outlet.waitFor({ timeout: 15_000 });
      await outlet.click();
      const mention = pane.locator('.monaco-list-row[aria-level="3"]').first();
      await mention.waitFor({ timeout: 15_000 });
      await pane.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Only in one outlet' }).click();
      await pane.locator('.monaco-list-row[aria-level="2"] .codicon-warning').first().waitFor({ timeout: 15_000 });
      await widenSidebar(page, 260);
      const rows = await pane.locator('.monaco-list-row').count();
      await shot(page, 'coverage-view.png', page.locator('.part.sidebar'));
      await mention.click();
      await page.locator('.tab.active', { hasText: COVERAGE_FILE_RU }).waitFor({ timeout: 15_000 });
      await shot(page, 'coverage-mention.png', page.locator('.part.sidebar'), page.locator('.part.editor'));
      return `${rows} rows; the mention opened ${COVERAGE_FILE_RU}`;
    });

    return checks;
  } finally {
    await context.close();
  }
}

/** Drags the side bar's edge `by` pixels to the right, so tree rows are not cut short in screenshots. */
async function widenSidebar(page: Page, by: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) {
    return;
  }
  const edge = box.x + box.width + 1;
  const y = box.y + box.height / 2;
  await page.mouse.move(edge, y);
  await page.mouse.down();
  await page.mouse.move(edge + by, y, { steps: 5 });
  await page.mouse.up();
}

/** The Explorer row showing a file or folder name. */
function explorerRow(explorer: Locator, name: string): Locator {
  return explorer.getByRole('treeitem', { name, exact: true });
}

/** A screenshot clip around the union of the parts' boxes (the whole page when none is visible). */
async function clipTo(parts: readonly Locator[]): Promise<{ clip?: { x: number; y: number; width: number; height: number } }> {
  const boxes = (await Promise.all(parts.map((part) => part.boundingBox().catch(() => null)))).filter((box) => box !== null);
  if (boxes.length === 0) {
    return {};
  }
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { clip: { x: left, y: top, width: right - left, height: bottom - top } };
}
