import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../../server/src/engine/document.js';
import { findCommentSection, type CommentSection } from '../../server/src/engine/comments/section.js';
import { lineSignals } from '../../server/src/engine/comments/signals.js';
import { createAnalyzer } from '../../server/src/engine/analyzer.js';
import { readerComment } from '../../server/src/engine/rules/comment/reader-comment.js';

function doc(lines: readonly string[]) {
  return parseSeed('file:///seeds/test.txt', lines.join('\n'));
}

function lineOf(lines: readonly string[], prefix: string): number {
  const i = lines.findIndex((l) => l.startsWith(prefix));
  assert.ok(i >= 0, `test document has a line starting "${prefix}"`);
  return i;
}

/** Lines (0-based) that some comment of the section covers. */
function commentLines(section: CommentSection | null): Set<number> {
  const out = new Set<number>();
  for (const c of section?.comments ?? []) {
    for (let i = c.firstLine; i <= c.lastLine; i++) {
      out.add(i);
    }
  }
  return out;
}

const ENGLISH_ARTICLE = [
  'City council approves new bus lanes on Harbour Street',
  '',
  'The city council voted 7 to 2 on Tuesday to add dedicated bus lanes along Harbour Street, a change the transport department says will cut journey times by a fifth.',
  '',
  'Construction is due to begin in the spring and will take about four months, according to the department, which expects some disruption for drivers during the works.',
  '',
  'Shop owners on the street had asked for loading bays to be kept, and the final plan keeps six of them between the market and the railway bridge.',
  '',
  'The council will review the scheme after one year of operation.',
];

const ENGLISH_WITH_SAYS = [
  ...ENGLISH_ARTICLE,
  '',
  '3 Comments',
  '',
  'Maggie Thornton says:',
  'March 3, 2022 at 4:15 pm',
  'Finally! I have been stuck on that street every morning for years.',
  'Reply',
  '',
  'Dev Patel says:',
  'March 3, 2022 at 6:02 pm',
  'I doubt the bridge section will ever be finished on time, but good luck to them.',
  'Reply',
  '',
  'old_harbour_guy says:',
  'March 4, 2022 at 9:40 am',
  'You would think they could at least fix the potholes first.',
  'Reply',
  '',
  'Comments are closed.',
];

const RUSSIAN_WITH_REPLIES = [
  'В Самаре открыли новый мост через реку',
  '',
  'В субботу в Самаре открыли движение по новому мосту через реку Самару, сообщили в администрации города. Строительство шло три года и обошлось бюджету в 4,2 млрд рублей.',
  '',
  'По словам главы департамента транспорта, мост позволит разгрузить центральные улицы и сократить время в пути из спальных районов почти вдвое.',
  '',
  'Движение по старому мосту будет закрыто на ремонт до конца года.',
  '',
  'Комментарии (3)',
  '',
  'Ирина_К',
  '5 марта 2022 в 14:03',
  'Наконец-то! Я каждый день стояла в пробке на старом мосту по часу.',
  'Ответить',
  'Нравится 12',
  '',
  'Сергей Волков',
  '5 марта 2022 в 15:17',
  'А вы видели, какие там цены на парковку? Я не понимаю, кто это придумал.',
  'Ответить',
  'Нравится 3',
  '',
  'гость',
  '6 марта 2022 в 09:45',
  'Посмотрим, сколько он простоит без ремонта.',
  'Ответить',
  'Нравится',
];

const NESTED_REPLIES = [
  ...ENGLISH_ARTICLE,
  '',
  '',
  '  1. I drive that route every day and honestly I think this will just move the traffic to the side streets. Did anyone at the council actually look at the evening queues?',
  '',
  '    • You are right about the side streets, but the buses are half empty because they are always late.',
  '',
  '  2. Good news for once. My kids take the 14 to school and it never comes on time.',
  '',
  '    • Same here, my daughter waits twenty minutes most mornings.',
  '',
  '    • I hope they add more buses too, otherwise what is the point of the lanes?',
  '',
  '  3. Four months of works on the only road to the market, I can already see the queues.',
  '',
  'Comments are closed.',
];

describe('findCommentSection', () => {
  it('finds an English section with "says:" headers, from its header to before "Comments are closed"', () => {
    const d = doc(ENGLISH_WITH_SAYS);
    const section = findCommentSection(d);
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(ENGLISH_WITH_SAYS, '3 Comments'));
    assert.equal(section.lastLine, lineOf(ENGLISH_WITH_SAYS, 'Comments are closed') - 2);
    assert.deepEqual(
      section.comments.map((c) => [c.number, c.depth, c.firstLine, c.lastLine]),
      [
        [1, 0, lineOf(ENGLISH_WITH_SAYS, 'Maggie'), lineOf(ENGLISH_WITH_SAYS, 'Maggie') + 3],
        [2, 0, lineOf(ENGLISH_WITH_SAYS, 'Dev Patel'), lineOf(ENGLISH_WITH_SAYS, 'Dev Patel') + 3],
        [3, 0, lineOf(ENGLISH_WITH_SAYS, 'old_harbour'), lineOf(ENGLISH_WITH_SAYS, 'old_harbour') + 3],
      ],
    );
    assert.equal(d.text.slice(section.comments[0]!.start, section.comments[0]!.start + 15), 'Maggie Thornton');
    assert.equal(d.text.slice(section.end - 5, section.end), 'Reply');
  });

  it('finds a Russian section with user names, timestamps and "Ответить"/"Нравится" markers', () => {
    const section = findCommentSection(doc(RUSSIAN_WITH_REPLIES));
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(RUSSIAN_WITH_REPLIES, 'Комментарии (3)'));
    assert.equal(section.lastLine, RUSSIAN_WITH_REPLIES.length - 1);
    assert.deepEqual(
      section.comments.map((c) => c.firstLine),
      [lineOf(RUSSIAN_WITH_REPLIES, 'Ирина_К'), lineOf(RUSSIAN_WITH_REPLIES, 'Сергей Волков'), lineOf(RUSSIAN_WITH_REPLIES, 'гость')],
    );
    const flagged = commentLines(section);
    for (let i = 0; i < lineOf(RUSSIAN_WITH_REPLIES, 'Комментарии'); i++) {
      assert.ok(!flagged.has(i), `article line ${i} is not a comment`);
    }
  });

  it('finds Russian comments whose time and "Ответить" come after the text', () => {
    const lines = [
      ...RUSSIAN_WITH_REPLIES.slice(0, 7),
      '',
      'Комментарии 3',
      'Иван',
      'Давно пора, я каждый день стою в пробке на старом мосту.',
      '14:03 Ответить',
      'Ольга',
      'А мне кажется, деньги можно было потратить на больницу.',
      '14:20 Ответить',
      'Показать ещё 5 ответов',
      'Пётр',
      'Я вожу товар через реку, теперь будет быстрее.',
      '15:02 Ответить',
      'Правила комментирования',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(lines, 'Комментарии 3'));
    assert.equal(section.lastLine, lineOf(lines, 'Правила') - 1);
    assert.deepEqual(
      section.comments.map((c) => [c.firstLine, c.lastLine]),
      [
        [lineOf(lines, 'Иван'), lineOf(lines, '14:03')],
        [lineOf(lines, 'Ольга'), lineOf(lines, 'Показать')],
        [lineOf(lines, 'Пётр'), lineOf(lines, '15:02')],
      ],
    );
  });

  it('finds a single comment under a "Комментарии (1)" header', () => {
    const lines = [
      ...RUSSIAN_WITH_REPLIES.slice(0, 7),
      '',
      'Комментарии (1)',
      'Наталья',
      '5 марта 2022 в 14:03',
      'Хорошо, что успели до весны, теперь бы ещё дороги к мосту сделали.',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.deepEqual(
      section.comments.map((c) => [c.firstLine, c.lastLine]),
      [[lineOf(lines, 'Наталья'), lines.length - 1]],
    );
  });

  it('does not take an author byline with a time above the article for a comment', () => {
    const lines = [
      'Council approves bus lanes',
      'Joshua Waller',
      '30 January 2025 / 23:07 GMT',
      ...ENGLISH_ARTICLE.slice(1),
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('numbers nested "•" replies under numbered comments in document order, with their depth', () => {
    const section = findCommentSection(doc(NESTED_REPLIES));
    assert.ok(section, 'a section is found');
    assert.deepEqual(
      section.comments.map((c) => [c.number, c.depth]),
      [
        [1, 0],
        [2, 1],
        [3, 0],
        [4, 1],
        [5, 1],
        [6, 0],
      ],
    );
    assert.equal(section.firstLine, lineOf(NESTED_REPLIES, '  1. I drive'));
    assert.equal(section.lastLine, lineOf(NESTED_REPLIES, '  3. Four months'));
    assert.ok(!commentLines(section).has(lineOf(NESTED_REPLIES, 'Comments are closed')));
  });

  it('finds Russian comments introduced by "пишет:" and marks a textual reply as a reply', () => {
    const lines = [
      ...RUSSIAN_WITH_REPLIES.slice(0, 7),
      '',
      'Аноним пишет:',
      '05.03.2022 14:03',
      'Ну и зачем это всё? Лучше бы дороги во дворах отремонтировали.',
      '',
      'Петрович пишет:',
      '05.03.2022 15:20',
      'Ответ для Аноним: согласен, у нас во дворе яма третий год.',
      '',
      'Мария К. пишет:',
      '06.03.2022 08:10',
      'Мост красивый, я вчера прошла по нему пешком.',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(lines, 'Аноним пишет'));
    assert.deepEqual(
      section.comments.map((c) => [c.firstLine, c.depth]),
      [
        [lineOf(lines, 'Аноним пишет'), 0],
        [lineOf(lines, 'Петрович пишет'), 1],
        [lineOf(lines, 'Мария К.'), 0],
      ],
    );
  });

  it('keeps a name with an initial on the comment it heads', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'Comments',
      'JohnD',
      '2 hours ago',
      'About time. The street is gridlocked every single morning.',
      'Reply · Like · 3',
      'Amy D.',
      '1 hour ago',
      '@JohnD the buses are just as stuck as the cars, so I am not sure this helps.',
      'Reply · Like',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.deepEqual(
      section.comments.map((c) => [c.firstLine, c.lastLine, c.depth]),
      [
        [lineOf(lines, 'JohnD'), lineOf(lines, 'Reply · Like · 3'), 0],
        [lineOf(lines, 'Amy D.'), lines.length - 1, 1],
      ],
    );
  });

  it('finds comments headed by user names alone when a commenter comes back', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'harbour_mike',
      'I think this is long overdue, my bus sits in traffic every day.',
      'Jenny Walsh',
      'You must be joking, the lanes will be empty most of the day.',
      'harbour_mike',
      'Have you ever taken the 14 at eight? It is packed.',
      'tom1987',
      'I agree with Mike, anything that makes the buses faster is good.',
      'Jenny Walsh',
      'Fine, but my shop still needs deliveries, I hope they thought of that.',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(lines, 'harbour_mike'));
    assert.equal(section.comments.length, 5);
    assert.ok(section.comments.every((c) => c.lastLine === c.firstLine + 1));
  });

  it('does not take article subheadings followed by first-person prose for comments', () => {
    const lines = [
      'What I learned from a year of cycling to work',
      '',
      'Last spring I sold my car and started cycling the eleven kilometres to the office every day, whatever the weather.',
      'Getting started',
      'I bought a second-hand bike for ninety pounds and I had it serviced at the shop on my street before the first ride.',
      'Winter mornings',
      'I was sure I would give up in December, but I found that good gloves and lights made all the difference to me.',
      'Saving money',
      'I have saved about two thousand pounds on fuel, parking and insurance over the year, which paid for a holiday.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('starts at the first commenter after sorting controls and ends at the last "Reply"', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      '2 Comments',
      'Newest Oldest',
      'View all comments',
      'Joyce Miller',
      '4 years ago',
      'I love this street and I really hope the works do not take longer than they say.',
      'Reply',
      'Bob Kane',
      '3 years ago',
      'They took twice as long, of course, but the buses are faster now.',
      'Reply',
      'Follow us',
      'Facebook',
      'Instagram',
      'Republish this article under a Creative Commons licence, with credit to the author.',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(lines, '2 Comments'));
    assert.equal(section.lastLine, lineOf(lines, 'Follow us') - 1);
    assert.deepEqual(
      section.comments.map((c) => [c.firstLine, c.lastLine]),
      [
        [lineOf(lines, 'Joyce'), lineOf(lines, 'Bob Kane') - 1],
        [lineOf(lines, 'Bob Kane'), lineOf(lines, 'Follow us') - 1],
      ],
    );
  });

  it('finds numbered Russian comments with "•" replies that end before "Комментарии закрыты"', () => {
    const lines = [
      ...RUSSIAN_WITH_REPLIES.slice(0, 7),
      '',
      '  1. Я живу рядом с этим мостом, и честно говоря, пробки никуда не делись. Вы сами там ездили?',
      '',
      '    • Ездил вчера, стало заметно быстрее, не выдумывайте.',
      '',
      '  2. Три года строили, а разметку так и не нанесли. Мне кажется, это надолго.',
      '',
      'Комментарии закрыты.',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.deepEqual(
      section.comments.map((c) => [c.number, c.depth, c.firstLine]),
      [
        [1, 0, lineOf(lines, '  1.')],
        [2, 1, lineOf(lines, '    •')],
        [3, 0, lineOf(lines, '  2.')],
      ],
    );
    assert.equal(section.lastLine, lineOf(lines, '  2.'));
  });

  it('does not take a numbered list inside an English article for comments', () => {
    const lines = [
      'Residents demand answers from the ministry over water outages',
      '',
      'More than two hundred residents of the northern district gathered outside the regional ministry on Friday and handed officials a petition with three demands:',
      '',
      '1. Publish the schedule of planned outages a week in advance.',
      '2. Pay compensation to households left without water for more than two days.',
      '3. Replace the main pipe under Station Road before the winter.',
      '',
      'A ministry spokesperson said the petition would be reviewed within a month and that repairs to the main pipe were already included in next year\'s budget.',
      '',
      'The district has had eleven outages since January, according to the local utility, most of them caused by the ageing pipe network.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('does not take a numbered list inside a Russian article for comments', () => {
    const lines = [
      'Жители района потребовали ответа от министерства',
      '',
      'Более двухсот жителей северного района в пятницу собрались у здания регионального министерства и передали чиновникам обращение с тремя требованиями:',
      '',
      '1. Публиковать график плановых отключений воды за неделю.',
      '2. Выплатить компенсацию семьям, оставшимся без воды больше двух суток.',
      '3. Заменить магистральную трубу на Вокзальной улице до зимы.',
      '',
      'В пресс-службе министерства заявили, что обращение рассмотрят в течение месяца, а ремонт трубы уже заложен в бюджет следующего года.',
      '',
      'С января в районе произошло одиннадцать аварий, большинство из них связаны с износом сетей, сообщили в коммунальной компании.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('does not take an article that ends with a numbered list of demands for comments', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'The residents\' association listed its remaining demands:',
      '',
      '1. Keep the night bus on the current timetable.',
      '2. Add a pedestrian crossing at the market entrance.',
      '3. Consult shop owners before any further changes.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('does not take an informal bulleted list of tips at the end of an article for comments', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'What this means for you:',
      '',
      '• If you drive to work on Harbour Street, you should expect delays of up to fifteen minutes during the works, so plan your route ahead and leave home a little earlier than usual in the mornings.',
      '• If you take the bus, your journey should get faster once the lanes open, and you will be able to check the new timetable online or at the stops along the street from the first week of April.',
      '• If you run a shop on the street, you can apply for one of the six loading permits from the council before the end of the month, and you will need proof of your lease and a delivery schedule.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('takes a numbered list of informal replies under a "Comments" header for comments', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'Comments (2)',
      '',
      '1. I think this is a waste of money, honestly. Who asked for more bus lanes when the buses are empty?',
      '2. You clearly never take the 14 at eight in the morning, it is packed every single day.',
    ];
    const section = findCommentSection(doc(lines));
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(lines, 'Comments (2)'));
    assert.deepEqual(
      section.comments.map((c) => c.firstLine),
      [lineOf(lines, '1. I think'), lineOf(lines, '2. You')],
    );
  });

  it('does not take a related-stories list with bylines and times for comments', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'More in Transport',
      'How the new tram line will change your commute',
      'Everything you need to know before the first trams run in May',
      '5 hours ago',
      'By Laura Kim',
      'Ferry fares to rise from next month',
      'The operator blames fuel costs for the increase.',
      '7 hours ago',
      'By Tom Baker',
      'Airport rail link delayed again',
      'Engineers found faults in the signalling system.',
      '1 day ago',
      'By Laura Kim',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('does not take a Russian news feed of timestamps and headlines for comments', () => {
    const lines = [
      ...RUSSIAN_WITH_REPLIES.slice(0, 7),
      '',
      'Читайте также',
      '5 марта 2022, 14:03',
      'Губернатор прокомментировал сроки ремонта старого моста',
      '5 марта 2022, 13:40',
      'В городе откроют три новых автобусных маршрута',
      '5 марта 2022, 12:15',
      'Синоптики пообещали жителям «настоящую весну»',
      '5 марта 2022, 11:02',
      'На набережной начали высаживать деревья.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('does not take an English news feed of timestamps and headlines for comments', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'Latest news',
      'March 3, 2022 at 4:15 pm',
      'Port workers vote to end a two-week strike.',
      'March 3, 2022 at 3:02 pm',
      'Fuel prices rise for the fourth week in a row.',
      'March 3, 2022 at 1:44 pm',
      'New library opens in the old post office building.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('does not take an embedded social post in the middle of an article for comments', () => {
    const lines = [
      ...ENGLISH_ARTICLE.slice(0, 5),
      '',
      'Harbour Residents Group @harbourres',
      'March 3, 2022 at 4:15 pm',
      'We asked for loading bays and we got six of them. Thank you to everyone who signed!',
      'Reply',
      'Like',
      '',
      'The residents group had collected more than nine hundred signatures in two weeks before the vote.',
      'Council members said the petition had changed the final shape of the plan in several places.',
      'The opposition said it would ask for a review of the costs at the next meeting of the council.',
      'The transport department will publish the detailed timetable of the works next month.',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('finds no section in an article followed only by an empty reply form', () => {
    const lines = [
      ...ENGLISH_ARTICLE,
      '',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Name *',
      'Email *',
    ];
    assert.equal(findCommentSection(doc(lines)), null);
  });

  it('gives the same lines and exact spans for a CRLF document', () => {
    const d = parseSeed('file:///seeds/crlf.txt', ENGLISH_WITH_SAYS.join('\r\n'));
    const section = findCommentSection(d);
    assert.ok(section, 'a section is found');
    assert.equal(section.firstLine, lineOf(ENGLISH_WITH_SAYS, '3 Comments'));
    for (const c of section.comments) {
      const text = d.text.slice(c.start, c.end);
      assert.ok(!text.endsWith('\r') && text.endsWith('Reply'), `comment ${c.number} ends at its last character`);
    }
  });

  it('finds no section in a document without comments or in an empty one', () => {
    assert.equal(findCommentSection(doc(ENGLISH_ARTICLE)), null);
    assert.equal(findCommentSection(doc([''])), null);
  });
});

describe('lineSignals', () => {
  it('reads comment metadata in English and Russian', () => {
    assert.equal(lineSignals('John Smith says:').metaRole, 'announce');
    assert.equal(lineSignals('Марина пишет:').metaRole, 'announce');
    assert.equal(lineSignals('March 3, 2022 at 4:15 pm').kind, 'meta');
    assert.equal(lineSignals('5 марта 2022 в 14:03').kind, 'meta');
    assert.equal(lineSignals('2 часа назад').kind, 'meta');
    assert.equal(lineSignals('5 мин. назад').kind, 'meta');
    assert.equal(lineSignals('3h ago').kind, 'meta');
    assert.equal(lineSignals('вчера в 18:42').kind, 'meta');
    assert.equal(lineSignals('09. Jul, 2012 / Courtney says:').kind, 'meta');
    assert.equal(lineSignals('Posted by: Anna Berg | October 25, 2012 at 08:45 PM').metaRole, 'signature');
  });

  it('reads headers, markers and closing lines', () => {
    assert.equal(lineSignals('12 Comments').kind, 'header');
    assert.equal(lineSignals('Комментарии (5)').kind, 'header');
    assert.equal(lineSignals('Reply').kind, 'marker');
    assert.equal(lineSignals('Ответить').kind, 'marker');
    assert.equal(lineSignals('Like · 4').kind, 'marker');
    assert.equal(lineSignals('Comments are closed.').kind, 'closing');
    assert.equal(lineSignals('Комментарии закрыты').kind, 'closing');
  });

  it('leaves article prose, share labels and a bare date weak', () => {
    assert.equal(lineSignals('The minister said on March 3, 2022 that the talks had failed.').kind, 'text');
    assert.equal(lineSignals('Like this:').kind, 'text');
    assert.equal(lineSignals('March 3, 2022').weakMeta, true);
  });
});

describe('comment/reader-comment', () => {
  const analyzer = createAnalyzer({ rules: [readerComment] });

  it('reports one information finding per comment, replies included, with its number and depth', () => {
    const d = doc(NESTED_REPLIES);
    const findings = analyzer.analyze(d);
    assert.equal(findings.length, 6);
    assert.ok(findings.every((f) => f.rule === 'comment/reader-comment' && f.category === 'comment'));
    assert.ok(findings.every((f) => f.severity === 'information'));
    assert.equal(findings[1]!.message, 'Reader comment 2 (a reply), not part of the article.');
    assert.equal(findings[2]!.message, 'Reader comment 3, not part of the article.');
    assert.deepEqual(findings[1]!.data, { commentNumber: 2, replyDepth: 1 });
    assert.ok(d.text.slice(findings[0]!.start, findings[0]!.end).startsWith('1. I drive'));
  });

  it('reports nothing on an article without comments', () => {
    assert.deepEqual(analyzer.analyze(doc(ENGLISH_ARTICLE)), []);
  });
});
