/** The `json` format of `xref`: exactly the contract's shape, version 1. */
import type { XrefReport } from '../../engine/events/index.js';

/** Renders the `xref` report as the contract's JSON. */
export function renderXrefJson(report: XrefReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
