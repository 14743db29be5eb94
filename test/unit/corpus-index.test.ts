import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorpusIndex, normaliseLine, parseSeed } from '../../server/src/engine/index.js';

const FOOTER = 'Support independent journalism: subscribe today.';
const key = normaliseLine(FOOTER);

describe('the corpus index', () => {
  it('finds the documents that share a line, whether indexed parsed or by text alone', () => {
    const corpus = new CorpusIndex();
    corpus.set(parseSeed('file:///a.txt', `The bridge reopened on Monday.\n${FOOTER}\n`));
    corpus.setText('file:///b.txt', `Мост открыли в понедельник.\r\n${FOOTER}\r\n`);
    assert.equal(corpus.size, 2);
    assert.deepEqual(corpus.documentsWithLine(key), ['file:///a.txt', 'file:///b.txt']);
    assert.deepEqual(corpus.documentsWithLine(key, 'file:///a.txt'), ['file:///b.txt']);
  });

  it('keeps parsed documents but not those indexed by text alone', () => {
    const corpus = new CorpusIndex();
    corpus.set(parseSeed('file:///a.txt', 'One line.\n'));
    corpus.setText('file:///b.txt', 'Another line.\n');
    assert.equal(corpus.get('file:///a.txt')?.uri, 'file:///a.txt');
    assert.equal(corpus.get('file:///b.txt'), undefined);
    assert.deepEqual([...corpus.uris()], ['file:///a.txt', 'file:///b.txt']);
  });

  it('forgets a removed document, and a replaced document\'s old lines', () => {
    const corpus = new CorpusIndex();
    corpus.setText('file:///a.txt', `${FOOTER}\n`);
    corpus.setText('file:///b.txt', `${FOOTER}\n`);
    corpus.setText('file:///c.txt', `${FOOTER}\n`);
    corpus.delete('file:///b.txt');
    assert.deepEqual(corpus.documentsWithLine(key), ['file:///a.txt', 'file:///c.txt']);
    corpus.setText('file:///a.txt', 'A different story now.\n');
    assert.deepEqual(corpus.documentsWithLine(key), ['file:///c.txt']);
    assert.deepEqual(corpus.documentsWithLine(normaliseLine('A different story now.')), ['file:///a.txt']);
    corpus.delete('file:///c.txt');
    assert.deepEqual(corpus.documentsWithLine(key), []);
    assert.equal(corpus.size, 1);
  });

  it('ignores lines too short to be evidence', () => {
    const corpus = new CorpusIndex();
    corpus.setText('file:///a.txt', 'ok\n');
    corpus.setText('file:///b.txt', 'ok\n');
    assert.deepEqual(corpus.documentsWithLine('ok'), []);
  });
});
