/**
 * Invented vocabulary for the bench corpus: names built from syllables with an English and a
 * Russian spelling (so one event can be told in both languages), outlets, chrome and
 * sentence templates. Written for the bench; nothing here comes from real seeds or data.
 */

/** A word with its English and Russian spelling. */
export interface Bilingual {
  readonly en: string;
  readonly ru: string;
}

/** Syllables that spell names in both scripts. */
export const SYLLABLES: readonly Bilingual[] = [
  ['ka', 'ка'], ['ro', 'ро'], ['vel', 'вел'], ['min', 'мин'], ['dor', 'дор'], ['ta', 'та'], ['les', 'лес'],
  ['no', 'но'], ['bar', 'бар'], ['shi', 'ши'], ['lu', 'лу'], ['gan', 'ган'], ['mer', 'мер'], ['to', 'то'],
  ['vi', 'ви'], ['sa', 'са'], ['rin', 'рин'], ['pol', 'пол'], ['de', 'де'], ['zo', 'зо'], ['ne', 'не'], ['kor', 'кор'],
].map(([en, ru]) => ({ en: en!, ru: ru! }));

/** Surname endings, by script. */
export const SURNAME_ENDINGS: readonly Bilingual[] = [
  ['ov', 'ов'], ['enko', 'енко'], ['ski', 'ский'], ['in', 'ин'], ['ez', 'ес'], ['berg', 'берг'], ['ani', 'ани'],
].map(([en, ru]) => ({ en: en!, ru: ru! }));

/** Place-name endings, by script. */
export const PLACE_ENDINGS: readonly Bilingual[] = [
  ['grad', 'град'], ['ovo', 'ово'], ['sk', 'ск'], ['ia', 'ия'], ['port', 'порт'], ['dal', 'дал'],
].map(([en, ru]) => ({ en: en!, ru: ru! }));

/** Roles a person can hold. */
export const ROLES: readonly Bilingual[] = [
  ['mayor', 'мэр'], ['governor', 'губернатор'], ['health minister', 'министр здравоохранения'],
  ['police chief', 'начальник полиции'], ['union leader', 'глава профсоюза'], ['prosecutor', 'прокурор'],
  ['port director', 'директор порта'], ['opposition deputy', 'депутат от оппозиции'],
].map(([en, ru]) => ({ en: en!, ru: ru! }));

/** What an event is about: a noun phrase and a past-tense verb phrase per language. */
export const EVENT_KINDS: readonly { en: string; ru: string; enVerb: string; ruVerb: string }[] = [
  { en: 'flood', ru: 'наводнение', enVerb: 'forced {n} families from their homes', ruVerb: 'вынудило {n} семей покинуть дома' },
  { en: 'strike', ru: 'забастовка', enVerb: 'halted work at {n} plants', ruVerb: 'остановила работу {n} заводов' },
  { en: 'bridge collapse', ru: 'обрушение моста', enVerb: 'injured {n} people', ruVerb: 'привело к ранению {n} человек' },
  { en: 'court ruling', ru: 'решение суда', enVerb: 'froze {n} bank accounts', ruVerb: 'заморозило {n} банковских счетов' },
  { en: 'protest', ru: 'акция протеста', enVerb: 'drew {n} demonstrators', ruVerb: 'собрала {n} демонстрантов' },
  { en: 'fire', ru: 'пожар', enVerb: 'destroyed {n} warehouses', ruVerb: 'уничтожил {n} складов' },
  { en: 'election recount', ru: 'пересчёт голосов', enVerb: 'overturned {n} district results', ruVerb: 'изменил итоги в {n} округах' },
];

/** Days, for datelines. */
export const DAYS: readonly Bilingual[] = [
  ['Monday', 'понедельник'], ['Tuesday', 'вторник'], ['Wednesday', 'среду'], ['Thursday', 'четверг'],
  ['Friday', 'пятницу'], ['Saturday', 'субботу'], ['Sunday', 'воскресенье'],
].map(([en, ru]) => ({ en: en!, ru: ru! }));

/** Invented outlets, per language. */
export const OUTLETS = {
  en: ['The Harbour Ledger', 'Northline Post', 'Daily Meridian', 'Valley Courier', 'The Open Wire', 'Coastal Standard'],
  ru: ['Вестник Залива', 'Северная линия', 'Меридиан', 'Курьер Долины', 'Открытый провод', 'Береговой стандарт'],
} as const;

/** Outlet chrome: section labels, appeals, newsletter blocks, share prompts. */
export const CHROME = {
  en: {
    sections: ['WORLD', 'Politics', 'Local News', 'ECONOMY', 'Analysis', 'Region'],
    appeals: [
      'Independent reporting costs money. Support our newsroom with a monthly donation today.',
      'We rely on readers like you. Become a member and keep our journalism free for everyone.',
      'If you value this story, please consider a one-time contribution of any amount.',
    ],
    newsletter: [
      ['Sign up for our morning briefing', 'Get the day\'s top stories delivered to your inbox.', 'Enter your email address', 'Subscribe'],
      ['Never miss a story', 'Join 40,000 readers who receive our weekly digest.', 'Sign up'],
    ],
    share: ['Share this article', 'Print', 'Copy link', 'Read more:', 'Advertisement', 'Continue reading below'],
    privacy: ['By subscribing you agree to our privacy policy and terms of use.', 'We use cookies to improve your experience on this site.'],
    reprint: ['This article was first published by {outlet} and is republished with permission.', 'Originally published by {outlet}.'],
    comments: ['Comments ({n})', 'Reader comments', '{n} comments'],
    ago: ['{n} hours ago', '{n} minutes ago', 'yesterday', '{n} days ago'],
    replies: ['Reply', 'Like', 'Report'],
  },
  ru: {
    sections: ['ПОЛИТИКА', 'В мире', 'Регион', 'ЭКОНОМИКА', 'Общество', 'Происшествия'],
    appeals: [
      'Независимая журналистика стоит денег. Поддержите редакцию ежемесячным пожертвованием.',
      'Мы существуем благодаря читателям. Станьте нашим подписчиком и помогите нам работать дальше.',
      'Если этот материал оказался полезен, поддержите нас любой суммой.',
    ],
    newsletter: [
      ['Подпишитесь на утреннюю рассылку', 'Главные новости дня — в вашем почтовом ящике.', 'Введите адрес электронной почты', 'Подписаться'],
      ['Не пропустите главное', 'Еженедельный обзор для 40 000 читателей.', 'Подписаться'],
    ],
    share: ['Поделиться', 'Распечатать', 'Скопировать ссылку', 'Читайте также:', 'Реклама', 'Продолжение ниже'],
    privacy: ['Подписываясь, вы соглашаетесь с политикой конфиденциальности.', 'Сайт использует файлы cookie.'],
    reprint: ['Материал впервые опубликован изданием «{outlet}» и публикуется с разрешения редакции.', 'Источник: {outlet}.'],
    comments: ['Комментарии ({n})', 'Комментарии читателей', '{n} комментариев'],
    ago: ['{n} ч. назад', '{n} мин. назад', 'вчера', '{n} дн. назад'],
    replies: ['Ответить', 'Нравится', 'Пожаловаться'],
  },
} as const;

/** Sentence templates about an event. Slots: {person} {role} {place} {kind} {verb} {day} {org} {n}. */
export const EVENT_SENTENCES = {
  en: [
    'The {kind} in {place} {verb} on {day}, local officials said.',
    '{person}, the {role} of {place}, said the response had been slower than promised.',
    '"We are doing everything we can," {person} told reporters outside the {org} offices.',
    'According to {org}, at least {n} residents asked for help in the first hours.',
    'Some say the warning signs were ignored for months before the {kind}.',
    'It is believed that the {org} knew about the risk as early as last spring.',
    '{person} blamed the regional budget cuts, a claim the ministry denied on {day}.',
    'The {kind} is the worst the region of {place} has seen in a decade.',
    'Officials in {place} have opened an inquiry and promised findings within {n} days.',
    'Residents said they had received no instructions until late in the evening.',
    'Critics argue that the {org} has repeatedly failed to prepare for such events.',
    'The cost of the damage is estimated at {n} million, the {role} said.',
  ],
  ru: [
    '{kind} в {place} {verb} в {day}, сообщили местные власти.',
    '{person}, {role} {place}, заявил, что помощь пришла позже обещанного.',
    '«Мы делаем всё возможное», — сказал {person} журналистам у здания {org}.',
    'По данным {org}, за первые часы за помощью обратились не менее {n} жителей.',
    'По некоторым данным, о рисках было известно задолго до того, как случилось {kind}.',
    'Считается, что в {org} знали об опасности ещё прошлой весной.',
    '{person} обвинил в произошедшем сокращение регионального бюджета, в министерстве это отрицают.',
    'Это худшее {kind} в {place} за последние десять лет.',
    'Власти {place} начали проверку и обещают представить выводы в течение {n} дней.',
    'Жители говорят, что до позднего вечера не получали никаких указаний.',
    'Критики считают, что {org} снова оказалась не готова к подобным событиям.',
    'Ущерб оценивается в {n} млн, заявил {role}.',
  ],
} as const;

/** Background sentences not tied to an event, to reach article length. Slots: {place} {n} {org}. */
export const FILLER_SENTENCES = {
  en: [
    'The town of {place} has about {n} thousand inhabitants and a busy river port.',
    'Over the past year, prices for basic goods in the region rose faster than wages.',
    'Several schools in {place} switched to shorter days during the winter months.',
    'The {org} was founded in the early nineties and employs around {n} people.',
    'Local farmers have complained about late payments for two seasons in a row.',
    'Public transport in the area still runs on timetables drawn up years ago.',
    'A new hospital wing was promised in {place} but construction has stalled.',
    'Many young people leave for larger cities after finishing school.',
    'The regional council meets once a month and rarely publishes its minutes.',
    'Independent observers have counted {n} similar incidents since the law changed.',
  ],
  ru: [
    'В {place} живут около {n} тысяч человек, здесь есть речной порт.',
    'За последний год цены на основные товары в регионе росли быстрее зарплат.',
    'Несколько школ в {place} зимой перешли на сокращённый день.',
    '{org} основана в начале девяностых, в ней работают около {n} человек.',
    'Местные фермеры второй сезон подряд жалуются на задержки выплат.',
    'Общественный транспорт здесь до сих пор ходит по старому расписанию.',
    'Новый корпус больницы в {place} обещали давно, но стройка остановилась.',
    'Многие молодые люди уезжают в крупные города после окончания школы.',
    'Областной совет собирается раз в месяц и редко публикует протоколы.',
    'Независимые наблюдатели насчитали {n} похожих случаев после изменения закона.',
  ],
} as const;

/** Organisation names, by language. */
export const ORGS: readonly Bilingual[] = [
  ['regional emergency service', 'региональной службы спасения'], ['water utility', 'водоканала'],
  ['transport ministry', 'министерства транспорта'], ['city council', 'городского совета'],
  ['state inspectorate', 'госинспекции'], ['workers\' union', 'профсоюза'],
].map(([en, ru]) => ({ en: en!, ru: ru! }));

/** Reader comments, by language. */
export const COMMENTS = {
  en: [
    'Nothing will change until someone is held responsible.',
    'My cousin lives there and says it is much worse than reported.',
    'Why does this always happen right before the budget vote?',
    'Good reporting, thank you for covering this.',
    'I stopped trusting these official numbers long ago.',
    'Same story every year, different names.',
  ],
  ru: [
    'Ничего не изменится, пока кто-то не ответит за это.',
    'У меня там родственники, говорят, всё гораздо хуже.',
    'Почему это всегда случается перед голосованием по бюджету?',
    'Спасибо за материал, хорошая работа.',
    'Официальным цифрам давно никто не верит.',
    'Каждый год одно и то же, только фамилии меняются.',
  ],
} as const;

/** Reader handles. */
export const HANDLES: readonly string[] = ['river_fox', 'Anna K.', 'observer77', 'Игорь П.', 'north_wind', 'Марина', 'tk_watch', 'old_sailor'];
