import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UNNAMED_SOURCE, type SourceSummary } from '../../server/src/engine/index.js';
import { sourceKindOf } from '../../server/src/lsp/sourceKind.js';

function kind(name: string, vague = false): string {
  const source: SourceSummary = { name, vague, mentions: [], statements: [] };
  return sourceKindOf(source);
}

describe('the kind of a source in the outline', () => {
  it('takes a title for a person even next to an institution', () => {
    assert.equal(kind('Health Ministry spokeswoman Irina Volkova'), 'person');
    assert.equal(kind('пресс-секретарь министерства Ирина Волкова'), 'person');
    assert.equal(kind('мэр Самары'), 'person');
    assert.equal(kind('UN Secretary-General Maria Lind'), 'person');
    assert.equal(kind('the head of the regional police'), 'person');
  });

  it('takes institution words and acronyms for organisations, in any Russian case', () => {
    assert.equal(kind('the Ministry of Transport'), 'organisation');
    assert.equal(kind('the port authorities'), 'organisation');
    assert.equal(kind('мэрия Самары'), 'organisation');
    assert.equal(kind('Министерству транспорта'), 'organisation');
    assert.equal(kind('NATO'), 'organisation');
    assert.equal(kind('МЧС'), 'organisation');
  });

  it('takes documents for documents', () => {
    assert.equal(kind('the decree'), 'document');
    assert.equal(kind("the governor's decree"), 'document');
    assert.equal(kind('указ губернатора'), 'document');
  });

  it('takes other capitalised names for people', () => {
    assert.equal(kind('Anna Kovacs'), 'person');
    assert.equal(kind('Олег Рябов'), 'person');
  });

  it('tells vague and unnamed sources apart from named ones', () => {
    assert.equal(kind('Some say', true), 'vague');
    assert.equal(kind(UNNAMED_SOURCE), 'unnamed');
  });
});
