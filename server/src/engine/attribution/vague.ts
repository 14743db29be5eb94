import { allMatches, wordsRegex } from './patterns.js';

/** One phrase that attributes to no one in particular. */
export interface VagueCue {
  /** Offsets relative to the text searched. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const SAY = '(?:say|says|said|claim|claims|claimed|believe|believes|believed|argue|argues|argued|contend|contends|suggest|suggests|suggested|think|thinks|thought|warn|warns|warned|fear|fears|feared|insist|insisted|allege|alleged|told|tell|maintain|maintained|point\\s+out|note|noted|estimate|estimated)';
const ANYONE =
  '(?:some|many|most|several|other|others|people|critics|observers|analysts|experts|commentators|insiders|sources|officials|' +
  'diplomats|skeptics|sceptics|opponents|detractors|supporters|activists|residents|locals|witnesses|scientists|economists|' +
  'historians|researchers|pundits|reports|rumou?rs|media|the\\s+media|media\\s+reports|press\\s+reports|local\\s+media|' +
  'western\\s+media|state\\s+media)';

const EN_VAGUE = wordsRegex([
  // "some say", "critics argue", "many experts believe", "sources told": a crowd without names
  `(?:(?:some|many|most|several|a\\s+number\\s+of|a\\s+few|other|unnamed|anonymous|independent|western|foreign|local|military|political|security)\\s+)?` +
    `(?:${ANYONE})(?:\\s+(?:close\\s+to\\s+(?:the\\s+)?\\p{Ll}+|familiar\\s+with\\s+the\\s+\\p{L}+))?\\s+(?:have\\s+|had\\s+|also\\s+|now\\s+)?${SAY}`,
  'it\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:widely\\s+|generally\\s+|commonly\\s+|often\\s+)?(?:believed|said|thought|reported|claimed|alleged|rumou?red|understood|feared|suspected|argued|suggested|known|assumed|estimated)',
  '(?:is|are|was|were)\\s+(?:widely\\s+|generally\\s+)?(?:said|believed|thought|reported|rumou?red|alleged|understood|known|claimed|suspected)\\s+to',
  '(?:is|are|was|were)\\s+(?:widely|generally|commonly)\\s+(?:seen|viewed|regarded|considered|expected)',
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'rumou?r\\s+has\\s+it',
  'word\\s+is',
  'there\\s+(?:are|were|have\\s+been)\\s+(?:\\p{L}+\\s+)?(?:reports|claims|suggestions|rumou?rs)',
  'according\\s+to\\s+(?:(?:some|many|several|unconfirmed|unverified|media|press|news|local|other|recent|initial|early)\\s+)*(?:reports|sources|estimates|accounts|observers|analysts|experts|insiders|rumou?rs|the\\s+media|media)',
  '(?:media|press|news)\\s+(?:outlets\\s+)?(?:reported|reports|report|say|said|claim|claimed)',
  '(?:a\\s+number\\s+of|several|some|many)\\s+(?:\\p{L}+\\s+)?(?:media\\s+)?(?:outlets|publications|newspapers|websites)\\s+(?:have\\s+)?(?:since\\s+)?(?:reported|said|claimed|suggested)',
  '(?:reports|rumou?rs)\\s+(?:say|said|suggest|suggested|claim|claimed|indicate|indicated)',
  'a\\s+source\\s+(?:close\\s+to|familiar\\s+with|in|at|within|told|said)',
  'sources\\s+(?:close\\s+to|familiar\\s+with|in|at|within)',
  '(?:on|under)\\s+(?:the\\s+)?condition\\s+of\\s+anonymity',
  'who\\s+(?:spoke|asked)\\s+(?:on\\s+condition\\s+)?(?:not\\s+to\\s+be\\s+named|of\\s+anonymity|anonymously)',
  'it\\s+is\\s+(?:being\\s+)?(?:said|claimed|rumou?red)',
]);

const RU_VAGUE = wordsRegex([
  'по\\s+(?:некоторым|имеющимся|неофициальным|неподтвержд[её]нным|непроверенным|предварительным|определ[её]нным|другим|отдельным)\\s+(?:данным|сведениям|оценкам|информации)',
  'по\\s+(?:данным|сведениям|информации|сообщениям)\\s+(?:ряда\\s+|некоторых\\s+|местных\\s+|западных\\s+|украинских\\s+|российских\\s+|зарубежных\\s+|иностранных\\s+)?(?:сми|источников|сетей|соцсетей|сми)',
  'по\\s+(?:словам|данным|информации|сведениям)\\s+(?:источника|источников|собеседника|собеседников)',
  'по\\s+мнению\\s+(?:ряда\\s+|некоторых\\s+|многих\\s+)?(?:экспертов|аналитиков|наблюдателей|специалистов|политологов|критиков)',
  'по\\s+оценкам\\s+(?:ряда\\s+|некоторых\\s+)?(?:экспертов|аналитиков|специалистов)',
  'как\\s+(?:считают|полагают|говорят|утверждают|отмечают|пишут|сообщают)\\s+(?:некоторые\\s+|многие\\s+)?(?:эксперты|аналитики|наблюдатели|специалисты|политологи|критики|сми|источники)',
  '(?:некоторые|многие|ряд|отдельные|западные|местные|украинские|российские|иностранные|зарубежные)?\\s*(?:эксперты|экспертов|аналитики|аналитиков|наблюдатели|наблюдателей|специалисты|политологи|критики|источники|источников|сми)\\s+(?:уже\\s+)?(?:считают|полагают|говорят|утверждают|уверены|сообщают|сообщили|сообщали|пишут|писали|заявляют|заявили|предполагают|допускают|отмечают|предупреждают|ожидают|прогнозируют|опасаются|предсказывают|не\\s+исключают)',
  'сообщается',
  'сообщалось',
  'утверждается',
  'считается',
  'предполагается',
  'как\\s+стало\\s+известно',
  'стало\\s+известно',
  'якобы',
  'по\\s+слухам',
  'ходят\\s+слухи',
  'говорят,?\\s+(?:что|будто)',
  'как\\s+говорят',
  'поговаривают',
  'источник\\s+(?:в|во|из|,\\s*близкий|,\\s*знакомый|сообщил|рассказал|заявил|отметил)',
  'источники\\s+(?:в|во|из)',
  'пишут\\s+(?:сми|журналисты|издания)',
  'как\\s+пишут\\s+(?:сми|журналисты|издания)',
  'ряд\\s+(?:сми|изданий|экспертов|источников)',
]);

// A vague phrase next to a named source is not vague: "it is believed by the ministry", "сообщается в заявлении МИД".
const EN_NAMED_NEXT =
  /^\s*(?:(?:by|from|at|of|in|with)\s+(?:the\s+)?\p{Lu}|(?:by|from)\s+(?:the\s+)?(?:ministry|government|police|army|military|authorities|company|agency|department|court|office|embassy|council|committee|statement|report|prosecutors?))/u;
const RU_NAMED_NEXT = /^\s*(?:в|во|на)\s+(?:\p{L}+\s+){0,2}(?:заявлении|сообщении|пресс-службе|документе|министерстве|ведомстве|правительстве|сайте|telegram|телеграм)/iu;

// "CBS News reported", "Kremlin sources said": a name right before the crowd word names the source.
const NAMED_BEFORE = /(?:(?:^|[^.!?]\s)\p{Lu}[\p{L}\p{N}.&'’-]*|(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|\p{L}+['’]s?|[Ее]го|[Ее]ё|[Ее]е|[Ии]х))\s+$/u;

/** Vague attributions in `text` (a sentence with its quotes blanked out), English or Russian. */
export function findVagueCues(text: string, russian: boolean): VagueCue[] {
  const regex = russian ? RU_VAGUE : EN_VAGUE;
  const named = russian ? RU_NAMED_NEXT : EN_NAMED_NEXT;
  return allMatches(regex, text)
    .filter((m) => !named.test(text.slice(m.end, m.end + 60)) && !NAMED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))
    .map((m) => {
      // The optional leading whitespace of the Russian crowd pattern is not part of the cue.
      const lead = m.text.length - m.text.trimStart().length;
      return { start: m.start + lead, end: m.end, text: m.text.trim() };
    });
}
