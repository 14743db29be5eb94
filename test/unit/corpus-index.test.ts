import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hash53, hash53Joined } from '../../server/src/engine/corpus/hash.js';
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

describe('the joined-words hash', () => {
  it('equals the hash of the words joined by spaces, for any stretch of words', () => {
    const words = ['сильный', 'ветер', 'sank', 'the', 'ferry', '', 'ёлка'];
    for (let from = 0; from < words.length; from++) {
      for (let to = from; to <= words.length; to++) {
        assert.equal(hash53Joined(words, from, to), hash53(words.slice(from, to).join(' ')), `${from}..${to}`);
      }
    }
  });
});
