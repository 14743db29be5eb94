import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { fcParams } from '../fuzz/arbitraries.js';
import { editProperty, type EditStats } from '../fuzz/editProperty.js';
import { ServerHarness } from './harness.js';

describe('incremental edits over the protocol', { timeout: 300_000 }, () => {
  let server: ServerHarness;

  before(async () => {
    ({ server } = await ServerHarness.start({}));
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('give the same diagnostics as opening the final text afresh, for random edit sequences', async () => {
    const stats: EditStats = { runs: 0, withFindings: 0 };
    // A failure's message carries fast-check's seed and path: replay with FC_SEED=<seed>.
    await fc.assert(editProperty(server, stats), fcParams(25));
    assert.ok(server.alive, server.errorOutput);
    assert.ok(stats.withFindings > 0, 'some edited texts had findings to compare');
  });
});
