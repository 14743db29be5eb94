import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../../server/src/engine/document.js';
import type { Finding } from '../../server/src/engine/types.js';
import { EventIndex } from '../../server/src/engine/events/eventIndex.js';
import { bodySentences } from '../../server/src/engine/events/body.js';
import { xrefReport } from '../../server/src/engine/events/xref.js';

function doc(uri: string, lines: readonly string[]) {
  return parseSeed(uri, lines.join('\n\n'));
}

function indexOf(...docs: ReturnType<typeof doc>[]): EventIndex {
  const index = new EventIndex();
  for (const d of docs) {
    index.set(d, d.sentences);
  }
  return index;
}

/** URIs that share an event with `uri`. */
function linkedTo(index: EventIndex, uri: string): string[] {
  const out = new Set<string>();
  for (const e of index.events()) {
    if (e.mentions.some((m) => m.uri === uri)) {
      for (const m of e.mentions) {
        if (m.uri !== uri) {
          out.add(m.uri);
        }
      }
    }
  }
  return [...out].sort();
}

const enExpulsion = doc('mem://en-expulsion.txt', [
  'Moldova Expels Russian Diplomats',
  'Published March 14, 2024',
  'Moldova expelled three Russian diplomats on March 13, accusing them of meddling in a local election, the foreign ministry in Chisinau said.',
  'The ministry gave the diplomats 72 hours to leave the country.',
]);

const ruExpulsion = doc('mem://ru-expulsion.txt', [
  'Молдавия выслала российских дипломатов',
  'Молдавия 13 марта выслала трех российских дипломатов, обвинив их во вмешательстве в местные выборы, сообщил МИД в Кишиневе.',
  'Дипломатам дали 72 часа на то, чтобы покинуть страну.',
]);

test('an English and a Russian report of one expulsion are one event, linked both ways', () => {
  const index = indexOf(enExpulsion, ruExpulsion);
  assert.deepEqual(linkedTo(index, enExpulsion.uri), [ruExpulsion.uri]);
  assert.deepEqual(linkedTo(index, ruExpulsion.uri), [enExpulsion.uri]);
  const en = enExpulsion.sentences.find((s) => s.text.startsWith('Moldova expelled'))!;
  const [hover] = index.mentionsAt(enExpulsion.uri, en.start + 3);
  assert.ok(hover, 'a hover on the English sentence finds the event');
  const other = hover.others.find((m) => m.text.includes('выслала трех российских дипломатов'));
  assert.ok(other, 'the Russian body sentence is among the other mentions');
  assert.equal(other.uri, ruExpulsion.uri);
  assert.equal(other.language, 'ru');
});

test('two English reports of one arrest are one event', () => {
  const a = doc('mem://a.txt', [
    'Police in Tallinn arrested Viktor Salu, a former port official, on Tuesday on suspicion of smuggling cigarettes worth 2 million euros.',
    'Salu denies wrongdoing.',
  ]);
  const b = doc('mem://b.txt', [
    'Former port official Viktor Salu was arrested in Tallinn on suspicion of smuggling, Estonian police said.',
    'The cigarettes were valued at 2 million euros.',
  ]);
  assert.deepEqual(linkedTo(indexOf(a, b), a.uri), [b.uri]);
});

test('the same predicate with a different actor is a different event', () => {
  const russia = doc('mem://russia.txt', ['Russia recognised the independence of the two breakaway regions of Georgia on 26 August.']);
  const ossetia = doc('mem://ossetia.txt', ['Южная Осетия 26 августа признала независимость двух регионов Грузии.']);
  assert.deepEqual(linkedTo(indexOf(russia, ossetia), russia.uri), []);
});

test('the same actor and predicate on a different date is a different event', () => {
  const march = doc('mem://march.txt', ['Moldova expelled three Russian diplomats on March 13, the foreign ministry said.']);
  const july = doc('mem://july.txt', ['Молдавия 2 июля выслала трех российских дипломатов, сообщил МИД.']);
  assert.deepEqual(linkedTo(indexOf(march, july), march.uri), []);
});

test('the same predicate with a different person is a different event', () => {
  const a = doc('mem://a.txt', ['The club fired head coach Marco Lindqvist on Sunday after a run of nine defeats.']);
  const b = doc('mem://b.txt', ['The club fired head coach Pavel Orsini on Sunday after a run of nine defeats.']);
  assert.deepEqual(linkedTo(indexOf(a, b), a.uri), []);
});

test('a reader comment quoting another outlet\'s headline is never a mention', () => {
  const article = doc('mem://article.txt', [
    'Moldova expelled three Russian diplomats on March 13, accusing them of meddling in a local election, the foreign ministry in Chisinau said.',
  ]);
  const other = doc('mem://other.txt', [
    'Prices of bread rose again this month.',
    'Comments',
    'Moldova expelled three Russian diplomats on March 13, accusing them of meddling in a local election, the foreign ministry in Chisinau said.',
  ]);
  const comment = other.sentences[2]!;
  const findings: Finding[] = [
    { rule: 'comment/section', category: 'comment', severity: 'information', message: 'Reader comment.', start: comment.start, end: comment.end },
  ];
  const index = new EventIndex();
  index.set(article, bodySentences(article, []));
  index.set(other, bodySentences(other, findings));
  assert.deepEqual(linkedTo(index, article.uri), []);
});

test('replacing a document drops its old links and adds the new ones', () => {
  const index = indexOf(enExpulsion, ruExpulsion);
  const unrelated = doc(ruExpulsion.uri, ['Цены на хлеб снова выросли в этом месяце.']);
  index.set(unrelated, unrelated.sentences);
  assert.deepEqual(linkedTo(index, enExpulsion.uri), []);
  index.set(ruExpulsion, ruExpulsion.sentences);
  assert.deepEqual(linkedTo(index, enExpulsion.uri), [ruExpulsion.uri]);
});

test('removing a document removes its mentions and the links that touch it', () => {
  const index = indexOf(enExpulsion, ruExpulsion);
  index.delete(ruExpulsion.uri);
  assert.equal(index.events().length, 0);
  assert.equal(index.linkCount, 0);
  assert.deepEqual(index.mentionsAt(enExpulsion.uri, enExpulsion.sentences[2]!.start), []);
});

test('the events do not depend on the order documents were added in', () => {
  const third = doc('mem://third.txt', ['Chisinau on March 13 expelled three Russian diplomats over alleged election meddling.']);
  const forward = indexOf(enExpulsion, ruExpulsion, third);
  const backward = indexOf(third, ruExpulsion, enExpulsion);
  const shape = (i: EventIndex) => i.events().map((e) => [e.summary, e.mentions.map((m) => `${m.uri}@${m.span.start}`)]);
  assert.deepEqual(shape(forward), shape(backward));
});

test('an event summary names the actor, what happened and the day', () => {
  const index = indexOf(enExpulsion, ruExpulsion);
  const summaries = index.events().map((e) => e.summary);
  assert.ok(summaries.some((s) => /^Moldova expels .*\(13 Mar 2024\)$/u.test(s)), summaries.join(' | '));
});

test('the xref report follows the contract: ranges as lines and characters, paths from the caller', () => {
  const index = indexOf(enExpulsion, ruExpulsion);
  const docs = new Map([enExpulsion, ruExpulsion].map((d) => [d.uri, d]));
  const report = xrefReport(index.events(), (uri) => ({ path: `seeds/${uri.slice(6)}`, lineMap: docs.get(uri)!.lineMap }));
  assert.equal(report.version, 1);
  const mention = report.events.flatMap((e) => e.mentions).find((m) => m.path === 'seeds/en-expulsion.txt' && m.text.startsWith('Moldova expelled'))!;
  assert.equal(mention.range.start.line, 4);
  assert.equal(mention.range.start.character, 0);
  assert.equal(mention.language, 'en');
  assert.ok(mention.text.startsWith('Moldova expelled'));
});

test('an earthquake reported in English and in Russian is one event, another quake on the same island is not', () => {
  const en = doc('mem://quake-en.txt', ['A magnitude 6.1 earthquake struck the island of Sakhalin on Wednesday, damaging 40 houses, officials said.']);
  const ru = doc('mem://quake-ru.txt', ['Землетрясение магнитудой 6,1 произошло на Сахалине в среду, повреждены 40 домов.']);
  const older = doc('mem://quake-old.txt', ['Землетрясение магнитудой 5,2 произошло на Сахалине в понедельник, повреждены 3 дома.']);
  const index = indexOf(en, ru, older);
  assert.deepEqual(linkedTo(index, en.uri), [ru.uri]);
  assert.deepEqual(linkedTo(index, older.uri), []);
});

test('a resignation named in Cyrillic and in Latin letters is one event', () => {
  const en = doc('mem://resign-en.txt', ['Kazakh Prime Minister Askar Mamin resigned on January 5 amid fuel price protests.']);
  const ru = doc('mem://resign-ru.txt', ['Премьер-министр Казахстана Аскар Мамин 5 января ушел в отставку на фоне протестов из-за цен на топливо.']);
  const index = indexOf(en, ru);
  assert.deepEqual(linkedTo(index, ru.uri), [en.uri]);
  const [hover] = index.mentionsAt(ru.uri, ru.sentences[0]!.start);
  assert.equal(hover?.others[0]?.uri, en.uri);
});

test('only sentences that share a signature key are ever scored, not all pairs', () => {
  const index = new EventIndex();
  const towns = ['Arlo', 'Brisk', 'Corvel', 'Dunmore', 'Elstow', 'Farrow', 'Glenmark', 'Hollin', 'Irvane', 'Jessop'];
  const firms = ['Quorra', 'Rivelle', 'Saxon', 'Tamber', 'Ulverd', 'Vance', 'Wexley', 'Yarrow', 'Zenda', 'Oakum'];
  towns.forEach((town, i) => {
    const d = doc(`mem://firm-${i}.txt`, [`${firms[i]} Holdings acquired the ${town} Brewery for ${i + 3} million euros.`]);
    index.set(d, d.sentences);
  });
  assert.equal(index.scoredPairs, 0);
  const again = doc('mem://firm-again.txt', [`Quorra Holdings bought the Arlo Brewery for 3 million euros, the company said.`]);
  index.set(again, again.sentences);
  assert.ok(index.scoredPairs >= 1 && index.scoredPairs <= 2, `scored ${index.scoredPairs}`);
  assert.deepEqual(linkedTo(index, again.uri), ['mem://firm-0.txt']);
});

test('during a bulk load a recent grouping answers queries, and the load\'s end brings the new documents in', () => {
  const index = new EventIndex();
  index.beginBulk();
  index.set(enExpulsion, enExpulsion.sentences);
  assert.deepEqual(index.events(), [], 'one document alone reports no shared event');
  index.set(ruExpulsion, ruExpulsion.sentences);
  assert.deepEqual(index.events(), [], 'the grouping made a moment ago still answers');
  index.endBulk();
  assert.deepEqual(linkedTo(index, enExpulsion.uri), [ruExpulsion.uri]);
});

test('outside a bulk load every query sees the latest documents', () => {
  const index = new EventIndex();
  index.set(enExpulsion, enExpulsion.sentences);
  assert.deepEqual(index.events(), []);
  index.set(ruExpulsion, ruExpulsion.sentences);
  assert.deepEqual(linkedTo(index, enExpulsion.uri), [ruExpulsion.uri]);
});
