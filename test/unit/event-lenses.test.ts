import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../../server/src/engine/document.js';
import type { CorpusEvent, EventMention } from '../../server/src/engine/events/index.js';
import { eventLenses } from '../../server/src/lsp/eventLenses.js';
import { settingsScope } from '../../server/src/lsp/events.js';
import { pathToUri } from '../../server/src/lsp/uris.js';
import { codeLensEnabled } from '../../server/src/settings/schema.js';

const doc = parseSeed('file:///w/seeds/here.txt', 'A quiet morning in the port.\nThe harbour master resigned on Friday, the port authority said.\n');
const sentence = doc.sentences.find((s) => s.text.startsWith('The harbour master'))!;

function mention(uri: string, outlet: string | null, start = 0): EventMention {
  return { uri, span: { start, end: start + 10 }, line: 0, text: 'x', language: 'en', outlet };
}

const here = mention(doc.uri, doc.outlet, sentence.start);

describe('CodeLenses over events', () => {
  it('counts other outlets once each and documents of unknown outlet one by one, on the sentence\'s line', () => {
    const event: CorpusEvent = {
      id: 'e1',
      summary: 'Harbour master resigns',
      mentions: [here, mention('file:///w/a.txt', 'Harbour Daily'), mention('file:///w/b.txt', 'Harbour Daily'), mention('file:///w/c.txt', null), mention('file:///w/d.txt', null)],
    };
    const lenses = eventLenses(doc, [event]);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0]!.range.start.line, 1);
    assert.equal(lenses[0]!.command?.title, 'reported by 3 other outlets');
  });

  it('puts no lens on a document the event does not mention', () => {
    const event: CorpusEvent = { id: 'e1', summary: 's', mentions: [mention('file:///w/a.txt', 'A'), mention('file:///w/b.txt', 'B')] };
    assert.deepEqual(eventLenses(doc, [event]), []);
  });

  it('says "outlet" for one', () => {
    const event: CorpusEvent = { id: 'e1', summary: 's', mentions: [here, mention('file:///w/a.txt', 'Harbour Daily')] };
    assert.equal(eventLenses(doc, [event])[0]!.command?.title, 'reported by 1 other outlet');
  });
});

describe('the codeLens.enabled setting', () => {
  it('reads the nested form editors send and the flat form of a config file', () => {
    assert.equal(codeLensEnabled({ codeLens: { enabled: false } }), false);
    assert.equal(codeLensEnabled({ 'codeLens.enabled': false }), false);
  });

  it('defaults to true when missing or wrong', () => {
    assert.equal(codeLensEnabled(undefined), true);
    assert.equal(codeLensEnabled({ codeLens: { enabled: 'no' } }), true);
  });
});

describe('settings scope of a corpus document', () => {
  it('is the workspace folder holding it, or the document itself outside every folder', () => {
    const root = process.platform === 'win32' ? 'C:\\w' : '/w';
    const inside = pathToUri(`${root}/seeds/a.txt`);
    assert.equal(settingsScope(inside, [root]), pathToUri(root));
    const outside = pathToUri(process.platform === 'win32' ? 'C:\\elsewhere\\b.txt' : '/elsewhere/b.txt');
    assert.equal(settingsScope(outside, [root]), outside);
  });
});
