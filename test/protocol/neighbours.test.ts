import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../../server/src/engine/index.js';
import { WorkspaceCorpus } from '../../server/src/lsp/workspaceCorpus.js';

/** Which open documents the server re-analyses when one document changes. */
describe('documents affected by an edit', () => {
  const corpus = new WorkspaceCorpus();
  corpus.setFromDisk(parseSeed('file:///seeds/a.txt', 'Storm closes the ferry port\nRead more\nShare this article\n'));
  corpus.setFromDisk(parseSeed('file:///seeds/b.txt', 'Budget vote delayed again\nRead more\n'));
  corpus.setFromDisk(parseSeed('file:///seeds/c.txt', 'Share this article\nFarmers protest fuel prices\n'));
  const editedFrom = 'Storm closes the ferry port\nRead more\nShare this article\n';

  it('are none when the edit stays inside a line no other document has', () => {
    const before = parseSeed('file:///seeds/a.txt', editedFrom);
    const after = parseSeed('file:///seeds/a.txt', editedFrom.replace('ferry port', 'ferry terminal'));
    assert.deepEqual([...corpus.documentsAffectedBy(before, after)], []);
  });

  it('are those holding a line the edit removed', () => {
    const before = parseSeed('file:///seeds/a.txt', editedFrom);
    const after = parseSeed('file:///seeds/a.txt', editedFrom.replace('Read more\n', ''));
    assert.deepEqual([...corpus.documentsAffectedBy(before, after)], ['file:///seeds/b.txt']);
  });

  it('are those holding a line the edit added, and all sharers when the document appears or leaves', () => {
    const before = parseSeed('file:///seeds/a.txt', editedFrom);
    const after = parseSeed('file:///seeds/a.txt', `${editedFrom}Farmers protest fuel prices\n`);
    assert.deepEqual([...corpus.documentsAffectedBy(before, after)], ['file:///seeds/c.txt']);
    assert.deepEqual([...corpus.documentsAffectedBy(undefined, before)].sort(), ['file:///seeds/b.txt', 'file:///seeds/c.txt']);
    assert.deepEqual([...corpus.documentsAffectedBy(before, undefined)].sort(), ['file:///seeds/b.txt', 'file:///seeds/c.txt']);
  });
});
