import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../server/src/engine/analyzer.js';
import { CorpusIndex, type CorpusView } from '../../server/src/engine/corpus/corpus.js';
import { parseSeed, type SeedDocument } from '../../server/src/engine/document.js';
import { DEFAULT_SETTINGS, type EngineSettings } from '../../server/src/engine/settings.js';
import { BOILERPLATE_RULES } from '../../server/src/engine/rules/boilerplate/index.js';
import type { Finding } from '../../server/src/engine/types.js';

/** Paragraphs separated by blank lines, as most seeds are saved. */
function seed(paragraphs: readonly string[], uri = 'mem://article.txt'): SeedDocument {
  return parseSeed(uri, paragraphs.join('\n\n') + '\n');
}

function findings(doc: SeedDocument, corpus?: CorpusView, settings: EngineSettings = DEFAULT_SETTINGS): Finding[] {
  return createAnalyzer({ rules: BOILERPLATE_RULES, settings }).analyze(doc, corpus);
}

/** The rule that flagged each paragraph (by its text), for the paragraphs that are flagged. */
function flagged(doc: SeedDocument, corpus?: CorpusView, settings?: EngineSettings): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings(doc, corpus, settings)) {
    const line = doc.lines[doc.lineMap.lineAt(f.start)]!;
    if (!out.has(line.text.trim())) {
      out.set(line.text.trim(), f.rule);
    }
  }
  return out;
}

const EN_BODY = [
  'Harbour Council Approves New Flood Barrier After Stormy Winter',
  'The council of Port Elwin voted on Thursday to build a movable flood barrier across the harbour mouth, ending two years of argument over how to protect the old town from winter storms.',
  'The barrier, which will cost an estimated 40 million pounds, is due to be finished in 2027. Engineers told the council that the design could be raised in under an hour when a surge is forecast.',
  '"We cannot keep sandbagging the high street every January," said the council leader, Margaret Oduya, after the vote. "People here have waited long enough."',
  'Opponents argued that the money would be better spent on raising the sea wall, and several fishermen said they feared the barrier would silt up the channel.',
  'The council said it would publish the full engineering report next month and hold a public meeting before construction begins.',
];

const RU_BODY = [
  'В Заречном открыли новый мост через реку Сосну',
  'В городе Заречный в субботу открыли движение по новому мосту через реку Сосну, строительство которого продолжалось почти три года. Мост длиной 420 метров соединил два района города.',
  '«Вы даже не представляете, сколько лет мы ждали этого дня», — сказал журналистам житель правобережья Николай Сомов, который каждый день ездит на работу через весь город.',
  'По словам главы администрации Ирины Беловой, стоимость строительства составила 2,3 млрд рублей. Часть средств выделил региональный бюджет, остальное — федеральная программа.',
  'Старый понтонный мост, по которому до сих пор ходили автобусы, планируют разобрать к концу года.',
];

function assertBodyUnflagged(doc: SeedDocument, body: readonly string[], corpus?: CorpusView): void {
  const flags = flagged(doc, corpus);
  for (const paragraph of body) {
    assert.equal(flags.get(paragraph), undefined, `article text was flagged: ${paragraph.slice(0, 60)}`);
  }
}

test('flags an English donation appeal and its form controls after the article, and nothing of the article', () => {
  const appeal = [
    'Before you go, we have one small favour to ask.',
    'Independent local reporting costs money. If you value our coverage of the harbour, please support us with a monthly contribution. Your support keeps this newsroom open.',
    'Once',
    'Monthly',
    '$5',
    'Other amount',
    'Continue',
    'Not ready to give today?',
    'Remind me later.',
  ];
  const doc = seed([...EN_BODY, ...appeal]);
  const flags = flagged(doc);
  for (const line of appeal) {
    assert.equal(flags.get(line), 'boilerplate/donation-appeal', line);
  }
  assertBodyUnflagged(doc, EN_BODY);
  const appealFinding = findings(doc).find((f) => doc.text.slice(f.start, f.end).startsWith('Independent local'));
  assert.match(appealFinding?.message ?? '', /^Donation appeal/);
});

test('does not flag a news sentence about donations and subscriptions', () => {
  const news = 'The charity said donations fell by a third last year, and subscriptions to its magazine halved after the price rise.';
  const doc = seed([...EN_BODY.slice(0, 3), news, ...EN_BODY.slice(3)]);
  assert.equal(flagged(doc).get(news), undefined);
});

test('flags a Russian donation appeal but not a quote with «вы» in the article', () => {
  const appeal = [
    'Уважаемые читатели!',
    'Мы работаем без рекламы и зависим только от вас. Поддержите нашу редакцию — даже небольшое ежемесячное пожертвование помогает нам продолжать работу.',
    'Ежемесячно',
    'Разово',
    'Напомнить позже',
  ];
  const doc = seed([...RU_BODY, ...appeal]);
  const flags = flagged(doc);
  for (const line of appeal) {
    assert.equal(flags.get(line), 'boilerplate/donation-appeal', line);
  }
  assertBodyUnflagged(doc, RU_BODY);
});

test('flags newsletter sign-ups in English and Russian with their e-mail field', () => {
  const en = ['Get the Harbour Weekly newsletter', 'Sign up for our free newsletter and get the week’s stories in your inbox every Friday.', 'Email address'];
  const ru = ['Подпишитесь на нашу рассылку, чтобы первыми узнавать главные новости города.'];
  const doc = seed([...EN_BODY, ...en, ...ru]);
  const flags = flagged(doc);
  for (const line of [...en, ...ru]) {
    assert.equal(flags.get(line), 'boilerplate/newsletter-signup', line);
  }
  assertBodyUnflagged(doc, EN_BODY);
});

test('flags consent lines but not a news sentence about a privacy policy', () => {
  const consent = 'By subscribing you agree to our Privacy Policy and Terms of Use.';
  const ruConsent = 'Нажимая кнопку, вы даёте согласие на обработку персональных данных.';
  const news = 'The regulator fined the ride-hailing firm 2 million euros over its privacy policy, the ministry said on Monday.';
  const doc = seed([...EN_BODY.slice(0, 2), news, ...EN_BODY.slice(2), consent, ruConsent]);
  const flags = flagged(doc);
  assert.equal(flags.get(consent), 'boilerplate/privacy-consent');
  assert.equal(flags.get(ruConsent), 'boilerplate/privacy-consent');
  assert.equal(flags.get(news), undefined);
});

test('flags "Read more", "Continue", "Читать далее" and "Читайте также" links', () => {
  const en = ['Read more', 'Continue reading'];
  const ru = ['Читать далее', 'Читайте также: Как в Заречном строили первый мост'];
  const doc = seed([...EN_BODY, ...en, ...ru]);
  const flags = flagged(doc);
  for (const line of [...en, ...ru]) {
    assert.equal(flags.get(line), 'boilerplate/read-more', line);
  }
});

test('flags Russian section labels and "Выбор редакции" but keeps the headline', () => {
  const doc = seed([RU_BODY[0]!, 'Общество', ...RU_BODY.slice(1), 'Выбор редакции', 'Самое читаемое']);
  const flags = flagged(doc);
  assert.equal(flags.get('Общество'), 'boilerplate/section-label');
  assert.equal(flags.get('Выбор редакции'), 'boilerplate/editors-picks');
  assert.equal(flags.get('Самое читаемое'), 'boilerplate/editors-picks');
  assertBodyUnflagged(doc, RU_BODY);
});

test('does not take a word like "Politics" inside a sentence for a section label', () => {
  const line = 'Politics in the town has rarely been this divided, and the vote on the barrier showed it again.';
  const doc = seed([...EN_BODY.slice(0, 2), line, ...EN_BODY.slice(2)]);
  assert.equal(flagged(doc).get(line), undefined);
});

test('flags a short caption with its credit whole, and only the credit after a longer line', () => {
  const caption = 'Workers on the new bridge. Иван Петров / ТАСС';
  const long =
    'The old harbour wall, built in 1898, has been breached four times in the past decade, most recently during the storm of last February when water reached the market square. Jane Doe / Reuters';
  const ruCaption = 'Фото: пресс-служба администрации Заречного';
  const doc = seed([EN_BODY[0]!, caption, long, ...EN_BODY.slice(1), ruCaption]);
  const found = findings(doc).filter((f) => f.rule === 'boilerplate/photo-credit');
  const texts = found.map((f) => doc.text.slice(f.start, f.end));
  assert.ok(texts.includes(caption), 'the short caption is flagged whole');
  assert.ok(texts.includes('Jane Doe / Reuters'), 'only the credit of the long line is flagged');
  assert.ok(texts.includes(ruCaption));
});

test('flags only the signature code at the end of a paragraph', () => {
  const paragraph =
    'Старый понтонный мост, по которому до сих пор ходили автобусы, планируют разобрать к концу года. *ав2*н';
  const doc = seed([...RU_BODY.slice(0, 4), paragraph]);
  const found = findings(doc).filter((f) => f.rule === 'boilerplate/signature-code');
  assert.deepEqual(
    found.map((f) => doc.text.slice(f.start, f.end)),
    ['*ав2*н'],
  );
  assert.ok(findings(doc).every((f) => doc.text.slice(f.start, f.end) !== paragraph));
});

test('does not take a unit like "km/h" closing a sentence for a signature code', () => {
  const paragraph = 'The barrier gates will be able to withstand winds of up to 160 km/h';
  const doc = seed([...EN_BODY.slice(0, 3), paragraph, ...EN_BODY.slice(3)]);
  assert.equal(findings(doc).filter((f) => f.rule === 'boilerplate/signature-code').length, 0);
});

test('flags "Comments are closed" and "Комментарии закрыты"', () => {
  const doc = seed([...EN_BODY, 'Comments are closed.', 'Комментарии закрыты']);
  const flags = flagged(doc);
  assert.equal(flags.get('Comments are closed.'), 'boilerplate/comments-closed');
  assert.equal(flags.get('Комментарии закрыты'), 'boilerplate/comments-closed');
});

test('flags a disclaimer with the publisher note before it', () => {
  const note = 'We want you to read widely and to check what you read here against other sources before you make up your mind.';
  const policy = 'The views expressed in guest columns are the authors’ own and do not necessarily reflect the views of the Harbour Gazette.';
  const doc = seed([...EN_BODY, note, policy]);
  const flags = flagged(doc);
  assert.equal(flags.get(policy), 'boilerplate/disclaimer');
  assert.equal(flags.get(note), 'boilerplate/disclaimer');
  assertBodyUnflagged(doc, EN_BODY);
});

test('flags cookie banners, copyright lines and share prompts', () => {
  const cookie = 'We use cookies to improve your experience on our site.';
  const copyright = '© 2024 Harbour Gazette Ltd. All rights reserved.';
  const ruCopyright = 'При использовании материалов ссылка на сайт обязательна.';
  const share = 'Share this article';
  const ruShare = 'Поделиться';
  const doc = seed([...EN_BODY, share, ruShare, cookie, copyright, ruCopyright]);
  const flags = flagged(doc);
  assert.equal(flags.get(cookie), 'boilerplate/cookie-banner');
  assert.equal(flags.get(copyright), 'boilerplate/copyright');
  assert.equal(flags.get(ruCopyright), 'boilerplate/copyright');
  assert.equal(flags.get(share), 'boilerplate/share-prompt');
  assert.equal(flags.get(ruShare), 'boilerplate/share-prompt');
});

test('flags a navigation menu at the head of the page as page chrome, and keeps headline and article', () => {
  const menu = ['Home', 'Local', 'Sport', 'Weather', 'Property', 'Jobs', 'Contact us'];
  const lines = [...menu, ...EN_BODY];
  const doc = parseSeed('mem://page.txt', lines.join('\n'));
  const flags = flagged(doc);
  for (const item of ['Weather', 'Property', 'Jobs', 'Contact us']) {
    assert.ok(flags.has(item), `menu item ${item} is flagged`);
  }
  assert.equal(flags.get('Weather'), 'boilerplate/page-chrome');
  assertBodyUnflagged(doc, EN_BODY);
});

test('flags a Russian site menu and footer as chrome and keeps the Russian article', () => {
  const menu = ['Главная', 'Новости', 'Регионы', 'Авто', 'Недвижимость', 'Афиша'];
  const footer = ['О проекте', 'Реклама на сайте', 'Контакты', '© 2024 Заречные вести. Все права защищены.'];
  const doc = parseSeed('mem://ru-page.txt', [...menu, ...RU_BODY, ...footer].join('\n'));
  const flags = flagged(doc);
  for (const line of [...menu, ...footer]) {
    assert.ok(flags.has(line), `chrome line ${line} is flagged`);
  }
  assertBodyUnflagged(doc, RU_BODY);
});

test('says in how many documents a repeated line appears, and lists them', () => {
  const promo = 'Harbour Gazette, independent since 1921';
  const a = seed([...EN_BODY, promo], 'mem://a.txt');
  const b = seed([...RU_BODY, promo], 'mem://b.txt');
  const corpus = new CorpusIndex();
  corpus.set(a);
  corpus.set(b);
  const found = findings(a, corpus).find((f) => doc(a, f) === promo);
  assert.equal(found?.rule, 'boilerplate/repeated-line');
  assert.match(found?.message ?? '', /2 documents/);
  assert.deepEqual(found?.data?.alsoIn, ['mem://b.txt']);
});

test('does not flag a long quote that two outlets both carry', () => {
  const quote =
    '"The barrier will protect more than three thousand homes and the whole of the old market, and it will pay for itself within twenty years," the council leader said.';
  const a = seed([...EN_BODY.slice(0, 3), quote, ...EN_BODY.slice(3)], 'mem://a.txt');
  const b = seed(['Port Elwin votes for barrier', 'The town of Port Elwin has approved a flood barrier after years of debate over how to protect its old town from the sea.', quote, 'Construction is due to start in the spring and take about three years, according to the council.'], 'mem://b.txt');
  const corpus = new CorpusIndex();
  corpus.set(a);
  corpus.set(b);
  assert.equal(flagged(a, corpus).get(quote), undefined);
  assert.equal(flagged(b, corpus).get(quote), undefined);
});

test('flags a long repeated line addressed to the reader, even after the article', () => {
  const note =
    'We are an independent newsroom and we rely on you: if you read us every week, please consider telling a friend about the Gazette and what we do.';
  const a = seed([...EN_BODY, note], 'mem://a.txt');
  const b = seed([...RU_BODY, note], 'mem://b.txt');
  const corpus = new CorpusIndex();
  corpus.set(a);
  corpus.set(b);
  const found = findings(a, corpus).find((f) => doc(a, f) === note);
  assert.equal(found?.rule, 'boilerplate/repeated-line');
  assert.deepEqual(found?.data?.alsoIn, ['mem://b.txt']);
});

test('flags lines with a phrase from the extraBoilerplatePhrases setting, in any case', () => {
  const promo = 'LISTEN to the Harbour Hour podcast on Fridays';
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, extraBoilerplatePhrases: ['harbour hour podcast'] };
  const doc = seed([...EN_BODY, promo]);
  const flags = flagged(doc, undefined, settings);
  assert.equal(flags.get(promo), 'boilerplate/extra-phrase');
  assert.equal(flagged(doc).get(promo) === 'boilerplate/extra-phrase', false);
});

test('findings exclude the white space around a line', () => {
  const doc = parseSeed('mem://spaces.txt', [...EN_BODY, '   Read more   '].join('\n\n'));
  const found = findings(doc).find((f) => f.rule === 'boilerplate/read-more');
  assert.equal(found && doc.text.slice(found.start, found.end), 'Read more');
});

test('never flags lines inside the reader-comment section', () => {
  const comments = ['Thanks for the article, read more like this please', 'Continue'];
  const doc = seed([...EN_BODY, ...comments]);
  const first = doc.lines.findIndex((l) => l.text === comments[0]);
  const last = doc.lines.findIndex((l) => l.text === comments[1]);
  const section = { start: doc.lines[first]!.start, end: doc.lines[last]!.end, firstLine: first, lastLine: last, comments: [] };
  const memo = new Map<string, unknown>([['commentSection', section]]);
  const ctx = {
    corpus: new CorpusIndex(),
    settings: DEFAULT_SETTINGS,
    earlier: [],
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) {
        memo.set(key, compute());
      }
      return memo.get(key) as T;
    },
  };
  for (const rule of BOILERPLATE_RULES) {
    for (const h of rule.detect(doc, ctx)) {
      const line = doc.lineMap.lineAt(h.start);
      assert.ok(line < first || line > last, `${rule.id} flagged a comment line`);
    }
  }
});

function doc(d: SeedDocument, f: Finding): string {
  return d.text.slice(f.start, f.end);
}

test('short one-sentence paragraphs at the end of a short article stay article text, in English and Russian', () => {
  for (const text of [
    'Council to close bridge for repairs\n\nThe city council voted on Tuesday to close the old bridge for three months.\n\nRepairs start on June 1, officials said. Traffic will be diverted.\n\nResidents complain of queues.\n\nIt ends in September.\n',
    'Мост через Волгу закроют на ремонт\n\nГородские власти Самары во вторник объявили о закрытии моста через Волгу на три месяца.\n\nРемонт начнётся 1 июня, сообщили в мэрии.\n\nПо данным ведомства, ремонт обошёлся в 40 млн рублей.\n\nРаботы завершат к сентябрю.\n',
  ]) {
    const doc = parseSeed('mem://short.txt', text);
    const flagged = createAnalyzer().analyze(doc).filter((f) => f.category === 'boilerplate');
    assert.deepEqual(flagged.map((f) => text.slice(f.start, f.end)), []);
  }
});
