import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionOf, flags, flagsOn, seed, textOf } from './attribution-helpers.js';

test('«…», — заявил министр: a direct quote with the speaker after a dash', () => {
  const doc = seed('«Мы не отступим ни на шаг», — заявил министр обороны Иван Петров.');
  const a = attributionOf(doc, 'отступим');
  assert.equal(a?.kind, 'direct-quote');
  assert.equal(textOf(doc, a?.cue ?? null), 'заявил');
  assert.equal(textOf(doc, a?.source ?? null), 'министр обороны Иван Петров');
  assert.deepEqual(flags(doc), []);
});

test('"…", - сказала она: straight quotes and a hyphen for a dash', () => {
  const doc = seed('"Переговоры зашли в тупик, и никто не знает, что будет дальше", - сказала она.');
  const a = attributionOf(doc, 'Переговоры');
  assert.equal(a?.kind, 'direct-quote');
  assert.equal(textOf(doc, a?.source ?? null), 'она');
});

test('„…“ low-high quotes with an impersonal cue are attributed', () => {
  const doc = seed('„Урожай погиб почти на всех полях“, — сообщили в администрации района.');
  assert.equal(attributionOf(doc, 'Урожай')?.kind, 'direct-quote');
});

test('a quote of several sentences shares the speaker named after it', () => {
  const doc = seed('«Школу восстановят к сентябрю. Работы начнутся уже летом», — пообещал губернатор области.');
  assert.equal(attributionOf(doc, 'Школу')?.kind, 'continuation');
  assert.equal(textOf(doc, attributionOf(doc, 'Школу')?.source ?? null), 'губернатор области');
});

const FORMS = [
  'заявил', 'заявила', 'заявили', 'заявлял', 'заявляла', 'заявляет', 'заявляют', 'заявит', 'заявят',
  'сообщил', 'сообщила', 'сообщили', 'сообщал', 'сообщает', 'сообщают', 'сказал', 'сказала', 'сказали',
  'рассказал', 'рассказала', 'рассказывает', 'отметил', 'отметила', 'отмечает', 'подчеркнул', 'подчеркнула',
  'подчёркивает', 'пояснил', 'пояснила', 'уточнил', 'напомнил', 'напомнила', 'считает', 'считают', 'полагает',
  'утверждает', 'настаивает', 'признал', 'добавил', 'добавила', 'предупредил', 'предупредила', 'пообещал', 'объяснил',
];
for (const form of FORMS) {
  test(`"${form}, что" attributes the sentence`, () => {
    const doc = seed(`Глава района ${form}, что дорогу к селу откроют в мае.`);
    assert.equal(attributionOf(doc, 'дорогу')?.kind, 'indirect');
    assert.deepEqual(flags(doc), []);
  });
}

test('the subject before a Russian reporting verb is the source', () => {
  const doc = seed('Министр финансов Анна Белова заявила, что бюджет будет сбалансирован.');
  assert.equal(textOf(doc, attributionOf(doc, 'бюджет')?.source ?? null), 'Министр финансов Анна Белова');
});

test('words that only contain a cue stem are not cues (no \\b in Cyrillic)', () => {
  const doc = seed(
    'Сообщество фермеров провело ярмарку в субботу на площади.',
    'Указ вступил в силу в понедельник утром.',
    'Заявка на участие в конкурсе была подана в срок.',
  );
  for (const needle of ['Сообщество', 'Указ вступил', 'Заявка']) {
    assert.equal(attributionOf(doc, needle), undefined, needle);
    assert.equal(flagsOn(doc, needle).length, 1, needle);
  }
});

test('по словам, по данным, как сообщает, со ссылкой на are source phrases', () => {
  const doc = seed(
    'По словам губернатора, пожар удалось локализовать к утру.',
    'По данным Минздрава, в больницы обратились 40 человек.',
    'Как сообщает ТАСС, колонна прибыла в город вечером.',
    'Агентство со ссылкой на пресс-службу ведомства пишет о новых выплатах.',
  );
  assert.equal(textOf(doc, attributionOf(doc, 'пожар')?.source ?? null), 'губернатора');
  assert.equal(textOf(doc, attributionOf(doc, '40 человек')?.source ?? null), 'Минздрава');
  assert.equal(attributionOf(doc, 'колонна')?.kind, 'source-phrase');
  assert.ok(attributionOf(doc, 'выплатах'));
});

test('documents speak: "указ гласит", "в документе говорится"', () => {
  const doc = seed(
    'Указ гласит, что комендантский час начинается в 22:00.',
    'В документе говорится, что выплаты начнутся в июне.',
  );
  assert.ok(attributionOf(doc, 'комендантский'));
  assert.ok(attributionOf(doc, 'выплаты'));
});

test('"Об этом … заявил …" attributes the sentence before it and names the source', () => {
  const doc = seed('Мост через реку закроют на ремонт до осени. Об этом журналистам сообщил мэр города Олег Смирнов.');
  const a = attributionOf(doc, 'Мост');
  assert.equal(a?.kind, 'backward');
  assert.equal(textOf(doc, a?.cue ?? null), 'сообщил');
  assert.equal(textOf(doc, a?.source ?? null), 'мэр города Олег Смирнов');
  assert.deepEqual(flags(doc), []);
});

test('"Такое заявление сделал …" attributes the sentence before it', () => {
  const doc = seed('Поставки газа возобновятся через неделю. Такое заявление сделала официальный представитель компании.');
  assert.equal(attributionOf(doc, 'Поставки')?.kind, 'backward');
});

test('a paragraph that starts "Это" without a reporting verb attributes nothing before it', () => {
  const doc = seed('Плотину прорвало после недели дождей. Это решение было принято ещё весной.');
  assert.equal(attributionOf(doc, 'Плотину'), undefined);
});

test('"Он добавил, что …" and "— продолжил он" continue a statement', () => {
  const doc = seed('Он добавил, что дорогу откроют в мае.', '«Это только начало большой работы», — продолжил он.');
  assert.equal(attributionOf(doc, 'дорогу')?.kind, 'indirect');
  assert.equal(attributionOf(doc, 'только начало')?.kind, 'direct-quote');
});

test('"добавили" as narrative (added money) is not a cue', () => {
  const doc = seed('Власти добавили к бюджету ещё два миллиона рублей.');
  assert.equal(attributionOf(doc, 'бюджету'), undefined);
});

test('an unsourced Russian claim is flagged; a loaded word makes it a warning', () => {
  const doc = seed('Россия с 1 марта повысила пошлины на зерно.', 'Киевская хунта снова обстреляла жилые кварталы.');
  assert.equal(flagsOn(doc, 'пошлины')[0]?.severity, 'information');
  const [loaded] = flagsOn(doc, 'хунта');
  assert.equal(loaded?.severity, 'warning');
  assert.match(loaded?.message ?? '', /"хунта"/);
});

test('a loaded word inside an attributed Russian quote is not flagged', () => {
  assert.deepEqual(flags(seed('«Это был настоящий переворот», — заявил депутат парламента.')), []);
});

test('Russian questions and headlines are not claims', () => {
  const doc = seed('Перемирие сорвано в первый же день', 'Выдержит ли перемирие до весны?', 'Обстрелы возобновились в воскресенье утром.');
  assert.deepEqual(
    flags(doc).map((f) => f.text),
    ['Обстрелы возобновились в воскресенье утром.'],
  );
});

for (const [phrase, sentence] of [
  ['По некоторым данным', 'По некоторым данным, в результате обстрела погибли трое.'],
  ['Сообщается', 'Сообщается, что колонна попала в засаду.'],
  ['Как считают эксперты', 'Как считают эксперты, цены продолжат расти до зимы.'],
  ['По сведениям СМИ', 'По сведениям СМИ, министр подал в отставку.'],
  ['Говорят, что', 'Говорят, что завод закроют уже осенью.'],
  ['Источник в', 'Источник в правительстве сообщил, что решение уже принято.'],
  ['Якобы', 'Якобы военные покинули город ещё ночью.'],
  ['эксперты считают', 'Многие эксперты считают, что кризис затянется.'],
] as const) {
  test(`"${phrase}" is a vague attribution`, () => {
    const found = flags(seed(sentence));
    assert.deepEqual(
      found.map((f) => f.category),
      ['vague-attribution'],
    );
    assert.ok(found[0]!.text.toLowerCase().includes(phrase.toLowerCase().split(' ')[0]!), found[0]!.text);
  });
}

test('"сообщается" with a named document is not vague', () => {
  assert.deepEqual(flags(seed('В заявлении МИД сообщается, что посол вызван для объяснений.')), []);
});

test('"уточнили в пресс-службе губернатора": the press office is the source', () => {
  const doc = seed('Помощь поступит в регион на следующей неделе, уточнили в пресс-службе губернатора.');
  assert.equal(textOf(doc, attributionOf(doc, 'Помощь')?.source ?? null), 'пресс-службе губернатора');
});

test('a channel is not part of the speaker: "В своём телеграм-канале губернатор написал"', () => {
  const doc = seed('В своём телеграм-канале губернатор написал, что ситуация под контролем.');
  assert.equal(textOf(doc, attributionOf(doc, 'ситуация')?.source ?? null), 'губернатор');
});

test('declining to comment is a statement of the source, not a claim', () => {
  const doc = seed('Представитель ведомства не стал комментировать эту информацию.', 'Он отказался от комментариев по этому поводу.');
  assert.deepEqual(flags(doc), []);
});

test('"Эксперты ожидают" is vague; "Эксперты ВШЭ ожидают" names them', () => {
  assert.deepEqual(
    flags(seed('Эксперты ожидают снижения цен на зерно осенью.')).map((f) => f.category),
    ['vague-attribution'],
  );
  assert.deepEqual(flags(seed('Эксперты ВШЭ ожидают снижения цен на зерно осенью.')), []);
});

test('a Russian subject with a relative clause between commas is still the source', () => {
  const doc = seed('Мэр города, который вчера вернулся из Москвы, заявил, что мост откроют в мае.');
  assert.equal(textOf(doc, attributionOf(doc, 'мост')?.source ?? null), 'Мэр города');
});

test('Ukrainian reporting verbs and "Про це …" are understood by the Cyrillic lexicon', () => {
  const doc = seed(
    'Міст через річку закриють на ремонт до осені. Про це повідомив мер міста Олег Коваль.',
    'За словами губернатора, пожежу локалізували вранці.',
    'Міністр заявив, що бюджет буде збалансованим.',
  );
  assert.equal(attributionOf(doc, 'Міст')?.kind, 'backward');
  assert.equal(attributionOf(doc, 'пожежу')?.kind, 'source-phrase');
  assert.equal(attributionOf(doc, 'бюджет')?.kind, 'indirect');
});
