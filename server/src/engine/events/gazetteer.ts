/**
 * Exonyms, acronyms and cross-script spellings of places, states, organisations and
 * heads of state that news in English and Russian names in many ways. Each form is
 * keyed with the same function as text, so inflected Russian (России, Луганской
 * Народной Республики) and variant romanisations (Kiev/Kyiv, Lugansk/Luhansk) meet.
 * Forms written in capitals only (US, РФ, ЛНР) match only when written in capitals.
 */

/** What kind of thing a gazetteer entry names. */
export type EntityKind = 'place' | 'organisation' | 'person' | 'other';

/** One entry of the gazetteer. */
export interface GazetteerEntry {
  /** Stable id, used as the entity key. */
  readonly id: string;
  /** English display name, used in event summaries. */
  readonly name: string;
  readonly kind: EntityKind;
  /** The state an organisation, capital or leader acts for ("Moscow", "Putin" → russia). */
  readonly actsFor?: string;
  /** Spellings in any language; words are matched by their key. */
  readonly forms: readonly string[];
}

/** The built-in gazetteer. */
export const GAZETTEER: readonly GazetteerEntry[] = [
  { id: 'russia', name: 'Russia', kind: 'place', forms: ['Russia', 'Russian', 'Russians', 'Russian Federation', 'RF', 'Россия', 'Российская Федерация', 'РФ', 'российский', 'россияне'] },
  { id: 'ukraine', name: 'Ukraine', kind: 'place', forms: ['Ukraine', 'Ukrainian', 'Ukrainians', 'Украина', 'украинский', 'украинцы', 'Україна'] },
  { id: 'usa', name: 'the US', kind: 'place', forms: ['US', 'U.S', 'U.S.', 'USA', 'U.S.A.', 'United States', 'United States of America', 'America', 'American', 'Americans', 'США', 'Соединенные Штаты', 'Соединенные Штаты Америки', 'американский', 'Америка'] },
  { id: 'uk', name: 'Britain', kind: 'place', forms: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'British', 'Британия', 'Великобритания', 'британский', 'Соединенное Королевство'] },
  { id: 'eu', name: 'the EU', kind: 'organisation', forms: ['EU', 'E.U.', 'European Union', 'ЕС', 'Евросоюз', 'Европейский союз'] },
  { id: 'nato', name: 'NATO', kind: 'organisation', forms: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'НАТО', 'Североатлантический альянс'] },
  { id: 'un', name: 'the UN', kind: 'organisation', forms: ['UN', 'U.N.', 'United Nations', 'ООН', 'Организация Объединенных Наций'] },
  { id: 'osce', name: 'the OSCE', kind: 'organisation', forms: ['OSCE', 'ОБСЕ'] },
  { id: 'china', name: 'China', kind: 'place', forms: ['China', 'Chinese', 'PRC', 'Китай', 'КНР', 'китайский'] },
  { id: 'germany', name: 'Germany', kind: 'place', forms: ['Germany', 'German', 'Германия', 'ФРГ', 'немецкий', 'германский'] },
  { id: 'france', name: 'France', kind: 'place', forms: ['France', 'French', 'Франция', 'французский'] },
  { id: 'belarus', name: 'Belarus', kind: 'place', forms: ['Belarus', 'Byelorussia', 'Belorussia', 'Belarusian', 'Беларусь', 'Белоруссия', 'белорусский'] },
  { id: 'kazakhstan', name: 'Kazakhstan', kind: 'place', forms: ['Kazakhstan', 'Казахстан'] },
  { id: 'georgia', name: 'Georgia', kind: 'place', forms: ['Georgia', 'Georgian', 'Грузия', 'грузинский'] },
  { id: 'armenia', name: 'Armenia', kind: 'place', forms: ['Armenia', 'Armenian', 'Армения', 'армянский'] },
  { id: 'azerbaijan', name: 'Azerbaijan', kind: 'place', forms: ['Azerbaijan', 'Azerbaijani', 'Азербайджан', 'азербайджанский'] },
  { id: 'moldova', name: 'Moldova', kind: 'place', forms: ['Moldova', 'Moldovan', 'Молдавия', 'Молдова'] },
  { id: 'transnistria', name: 'Transnistria', kind: 'place', forms: ['Transnistria', 'Transdniestria', 'Pridnestrovie', 'Приднестровье', 'ПМР'] },
  { id: 'abkhazia', name: 'Abkhazia', kind: 'place', forms: ['Abkhazia', 'Абхазия'] },
  { id: 'south-ossetia', name: 'South Ossetia', kind: 'place', forms: ['South Ossetia', 'Южная Осетия'] },
  { id: 'crimea', name: 'Crimea', kind: 'place', forms: ['Crimea', 'Crimean', 'Крым', 'крымский'] },
  { id: 'donbas', name: 'Donbas', kind: 'place', forms: ['Donbas', 'Donbass', 'Донбасс', 'Донбас'] },
  { id: 'donetsk', name: 'the DPR', kind: 'place', forms: ['Donetsk', "Donetsk People's Republic", 'Donetsk Republic', 'DPR', 'DNR', 'Донецк', 'Донецкая Народная Республика', 'Донецкая республика', 'ДНР', 'донецкий'] },
  { id: 'lugansk', name: 'the LPR', kind: 'place', forms: ['Lugansk', 'Luhansk', "Lugansk People's Republic", "Luhansk People's Republic", 'Lugansk Republic', 'LPR', 'LNR', 'Луганск', 'Луганская Народная Республика', 'Луганская республика', 'ЛНР', 'луганский', 'Луганськ'] },
  { id: 'kyiv', name: 'Kyiv', kind: 'place', actsFor: 'ukraine', forms: ['Kyiv', 'Kiev', 'Киев', 'Київ', 'киевский'] },
  { id: 'moscow', name: 'Moscow', kind: 'place', actsFor: 'russia', forms: ['Moscow', 'Москва', 'московский'] },
  { id: 'kremlin', name: 'the Kremlin', kind: 'organisation', actsFor: 'russia', forms: ['Kremlin', 'Кремль'] },
  { id: 'washington', name: 'Washington', kind: 'place', actsFor: 'usa', forms: ['Washington', 'Вашингтон'] },
  { id: 'white-house', name: 'the White House', kind: 'organisation', actsFor: 'usa', forms: ['White House', 'Белый дом'] },
  { id: 'london', name: 'London', kind: 'place', actsFor: 'uk', forms: ['London', 'Лондон'] },
  { id: 'beijing', name: 'Beijing', kind: 'place', actsFor: 'china', forms: ['Beijing', 'Peking', 'Пекин'] },
  { id: 'berlin', name: 'Berlin', kind: 'place', actsFor: 'germany', forms: ['Berlin', 'Берлин'] },
  { id: 'paris', name: 'Paris', kind: 'place', actsFor: 'france', forms: ['Paris', 'Париж'] },
  { id: 'minsk', name: 'Minsk', kind: 'place', actsFor: 'belarus', forms: ['Minsk', 'Минск', 'минский'] },
  { id: 'kharkiv', name: 'Kharkiv', kind: 'place', forms: ['Kharkiv', 'Kharkov', 'Харьков', 'Харків'] },
  { id: 'odesa', name: 'Odesa', kind: 'place', forms: ['Odesa', 'Odessa', 'Одесса', 'Одеса'] },
  { id: 'mariupol', name: 'Mariupol', kind: 'place', forms: ['Mariupol', 'Мариуполь'] },
  { id: 'poland', name: 'Poland', kind: 'place', forms: ['Poland', 'Polish', 'Польша', 'польский'] },
  { id: 'turkey', name: 'Turkey', kind: 'place', forms: ['Turkey', 'Türkiye', 'Turkish', 'Турция', 'турецкий'] },
  { id: 'iran', name: 'Iran', kind: 'place', forms: ['Iran', 'Iranian', 'Иран', 'иранский'] },
  { id: 'israel', name: 'Israel', kind: 'place', forms: ['Israel', 'Israeli', 'Израиль', 'израильский'] },
  { id: 'syria', name: 'Syria', kind: 'place', forms: ['Syria', 'Syrian', 'Сирия', 'сирийский'] },
  { id: 'japan', name: 'Japan', kind: 'place', forms: ['Japan', 'Japanese', 'Япония', 'японский'] },
  { id: 'india', name: 'India', kind: 'place', forms: ['India', 'Indian', 'Индия', 'индийский'] },
  { id: 'lithuania', name: 'Lithuania', kind: 'place', forms: ['Lithuania', 'Lithuanian', 'Литва', 'литовский'] },
  { id: 'latvia', name: 'Latvia', kind: 'place', forms: ['Latvia', 'Latvian', 'Латвия', 'латвийский'] },
  { id: 'estonia', name: 'Estonia', kind: 'place', forms: ['Estonia', 'Estonian', 'Эстония', 'эстонский'] },
  { id: 'finland', name: 'Finland', kind: 'place', forms: ['Finland', 'Finnish', 'Финляндия', 'финский'] },
  { id: 'sweden', name: 'Sweden', kind: 'place', forms: ['Sweden', 'Swedish', 'Швеция', 'шведский'] },
  { id: 'putin', name: 'Vladimir Putin', kind: 'person', actsFor: 'russia', forms: ['Putin', 'Vladimir Putin', 'Путин', 'Владимир Путин'] },
  { id: 'zelensky', name: 'Volodymyr Zelensky', kind: 'person', actsFor: 'ukraine', forms: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelensky', 'Зеленский', 'Владимир Зеленский'] },
  { id: 'lavrov', name: 'Sergei Lavrov', kind: 'person', actsFor: 'russia', forms: ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov', 'Лавров', 'Сергей Лавров'] },
  { id: 'biden', name: 'Joe Biden', kind: 'person', actsFor: 'usa', forms: ['Biden', 'Joe Biden', 'Байден', 'Джо Байден'] },
  { id: 'trump', name: 'Donald Trump', kind: 'person', actsFor: 'usa', forms: ['Trump', 'Donald Trump', 'Трамп', 'Дональд Трамп'] },
  { id: 'macron', name: 'Emmanuel Macron', kind: 'person', actsFor: 'france', forms: ['Macron', 'Emmanuel Macron', 'Макрон', 'Эммануэль Макрон'] },
  { id: 'scholz', name: 'Olaf Scholz', kind: 'person', actsFor: 'germany', forms: ['Scholz', 'Olaf Scholz', 'Шольц', 'Олаф Шольц'] },
  { id: 'lukashenko', name: 'Alexander Lukashenko', kind: 'person', actsFor: 'belarus', forms: ['Lukashenko', 'Lukashenka', 'Лукашенко'] },
  { id: 'erdogan', name: 'Recep Tayyip Erdogan', kind: 'person', actsFor: 'turkey', forms: ['Erdogan', 'Erdoğan', 'Эрдоган'] },
  { id: 'xi', name: 'Xi Jinping', kind: 'person', actsFor: 'china', forms: ['Xi Jinping', 'Си Цзиньпин'] },
  { id: 'peskov', name: 'Dmitry Peskov', kind: 'person', actsFor: 'russia', forms: ['Peskov', 'Песков'] },
  { id: 'shoigu', name: 'Sergei Shoigu', kind: 'person', actsFor: 'russia', forms: ['Shoigu', 'Шойгу'] },
  { id: 'tass', name: 'TASS', kind: 'organisation', forms: ['TASS', 'ТАСС'] },
  { id: 'ria', name: 'RIA Novosti', kind: 'organisation', forms: ['RIA Novosti', 'РИА Новости'] },
  { id: 'reuters', name: 'Reuters', kind: 'organisation', forms: ['Reuters', 'Рейтер', 'Рейтерс'] },
  { id: 'foreign-ministry', name: 'the foreign ministry', kind: 'organisation', forms: ['Foreign Ministry', 'Ministry of Foreign Affairs', 'МИД', 'Министерство иностранных дел'] },
  { id: 'defence-ministry', name: 'the defence ministry', kind: 'organisation', forms: ['Defence Ministry', 'Defense Ministry', 'Ministry of Defence', 'Ministry of Defense', 'Pentagon', 'Минобороны', 'Министерство обороны'] },
  { id: 'duma', name: 'the State Duma', kind: 'organisation', actsFor: 'russia', forms: ['Duma', 'State Duma', 'Госдума', 'Государственная дума'] },
  { id: 'federation-council', name: 'the Federation Council', kind: 'organisation', actsFor: 'russia', forms: ['Federation Council', 'Совет Федерации', 'Совфед', 'Федеральное собрание'] },
];
