/**
 * The bilingual event-predicate lexicon: what happened, keyed by word stems.
 * A pattern is space-separated slots that must all occur within a few words of one
 * another; a slot lists alternatives with `|`; `*` ends a stem (a prefix match).
 * Russian stems keep both verb aspects (признал*, признава*), as stemmers do not merge them.
 */

/** One kind of event. */
export interface PredicateEntry {
  /** Stable id, shared by both languages. */
  readonly id: string;
  /** English verb phrase for summaries, third person present ("recognises"). */
  readonly label: string;
  readonly en: readonly string[];
  readonly ru: readonly string[];
  /** How much a shared predicate says about two sentences reporting one event (default 1). */
  readonly weight?: number;
  /** Predicates this one overrides when both match (severing relations is not establishing them). */
  readonly overrides?: readonly string[];
}

/** The built-in lexicon: general news vocabulary. */
export const PREDICATES: readonly PredicateEntry[] = [
  // Diplomacy and state acts
  { id: 'recognise', label: 'recognises', en: ['recogni*'], ru: ['призна*', 'признава*'] },
  {
    id: 'establish-relations', label: 'establishes diplomatic relations with',
    en: ['establish*|open*|forge*|set|restor*|normali* diplomatic relation*|ties', 'diplomatic relation*|ties establish*|restor*'],
    ru: ['установ*|установлени*|восстанов* дипломатическ* отношени*|связ*', 'установ*|установлени* отношени*'],
  },
  {
    id: 'sever-relations', label: 'severs diplomatic relations with', overrides: ['establish-relations'],
    en: ['sever*|cut|cuts|break*|broke|suspend* diplomatic|relation*|ties relation*|ties'],
    ru: ['разорва*|разрыв*|прекрати*|приостанов* отношени*|связ*'],
  },
  { id: 'decree', label: 'issues an order on', en: ['decree*', 'order|orders|ordered|ordering', 'instruct*', 'direct|directs|directed'], ru: ['указ*', 'приказ*', 'поруч*', 'распоряж*', 'распорядил*', 'постановлени*'] },
  { id: 'sign', label: 'signs a document with', en: ['sign|signs|signed|signing'], ru: ['подписа*', 'подпис*'] },
  { id: 'ratify', label: 'ratifies', en: ['ratif*'], ru: ['ратифи*'] },
  { id: 'agree', label: 'reaches an agreement with', en: ['agreement|agreed|agree|agrees|deal|accord|pact|treaty'], ru: ['договор*', 'соглашени*', 'договорил*', 'соглас*'], weight: 0.7 },
  { id: 'appeal', label: 'appeals to', en: ['appeal*', 'request*', 'ask|asks|asked|asking', 'call|calls|called on|for'], ru: ['обратил*', 'обращени*', 'обращает*', 'попроси*', 'просьб*', 'призва*', 'призыв*'], weight: 0.8 },
  { id: 'demand', label: 'demands', en: ['demand*', 'urg*'], ru: ['требова*', 'потребова*', 'требу*'], weight: 0.7 },
  { id: 'warn', label: 'warns', en: ['warn*', 'threat*'], ru: ['предупред*', 'предупрежд*', 'угрожа*', 'пригрози*'], weight: 0.6 },
  { id: 'sanction', label: 'imposes sanctions on', en: ['sanction*'], ru: ['санкци*'] },
  { id: 'ban', label: 'bans', en: ['ban|bans|banned|banning', 'prohibit*', 'outlaw*'], ru: ['запрет*', 'запрети*', 'запрещ*'] },
  { id: 'expel', label: 'expels', en: ['expel*', 'expulsion*', 'deport*'], ru: ['выслал*', 'высыла*', 'высылк*', 'выдвор*', 'депорт*'] },
  { id: 'meet', label: 'meets', en: ['meet|meets|met|meeting', 'talks', 'summit'], ru: ['встрет*', 'встреч*', 'переговор*', 'саммит*'], weight: 0.7 },
  { id: 'visit', label: 'visits', en: ['visit*'], ru: ['визит*', 'посети*', 'посеща*'], weight: 0.8 },
  { id: 'announce', label: 'announces', en: ['announc*', 'unveil*', 'declar*', 'proclaim*'], ru: ['объяви*', 'объявл*', 'объявля*', 'провозгласи*', 'заяви* о'], weight: 0.6 },
  { id: 'annex', label: 'annexes', en: ['annex*', 'accession|incorporat*'], ru: ['аннекс*', 'присоедин*', 'вхождени*'] },
  { id: 'referendum', label: 'holds a referendum', en: ['referend*'], ru: ['референдум*'] },
  // Military and violence
  {
    id: 'deploy', label: 'deploys troops to',
    en: ['deploy*', 'send*|sent troop*|forces|soldiers|peacekeep*|military', 'peacekeep*', 'move*|moved troop*|forces|soldiers'],
    ru: ['ввест*|ввел*|ввод*|введени*|ввели войск*|сил*|контингент*|миротвор*', 'направ*|отправ*|перебро* войск*|военн*|миротвор*', 'миротвор*', 'разверн*|развертыва*'],
  },
  { id: 'withdraw', label: 'withdraws troops from', en: ['withdr*|pull*|retreat* troop*|forces|soldiers|from', 'withdrawal'], ru: ['вывод*|вывел*|вывест*|отвод*|отвел* войск*|сил*|техник*'] },
  { id: 'invade', label: 'invades', en: ['invad*', 'invasion*', 'offensive', 'military operation*'], ru: ['вторг*', 'вторжени*', 'наступлени*', 'военн* операци*', 'спецоперац*'] },
  { id: 'attack', label: 'attacks', en: ['attack*', 'assault*', 'raid*', 'ambush*'], ru: ['атак*', 'атакова*', 'напал*', 'нападени*', 'штурм*', 'рейд*'] },
  { id: 'strike', label: 'strikes', en: ['airstrike*', 'air strike*', 'missile*', 'rocket*', 'drone*', 'bombard*'], ru: ['авиаудар*', 'удар*', 'ракет*', 'беспилотник*', 'дрон*', 'бомбардир*'] },
  { id: 'shell', label: 'shells', en: ['shell|shells|shelled|shelling', 'artillery', 'mortar*', 'ceasefire violation*'], ru: ['обстрел*', 'обстреля*', 'артиллер*', 'миномет*'] },
  { id: 'ceasefire', label: 'agrees a ceasefire', en: ['ceasefire*', 'cease-fire*', 'truce*', 'armistice*'], ru: ['перемири*', 'прекращени* огня', 'режим* тишины'] },
  { id: 'explode', label: 'explodes', en: ['explod*|explosion*|explosive*', 'blast*', 'bomb|bombs|bombing*|bomber*|bombed'], ru: ['взрыв*', 'взорва*', 'бомб*', 'теракт*', 'подрыв*'] },
  { id: 'shoot', label: 'shoots', en: ['shoot*', 'shot', 'gunfire', 'gunman', 'gunmen', 'opened fire'], ru: ['стрельб*', 'застрел*', 'выстрел*', 'расстрел*', 'открыл* огонь'] },
  { id: 'stab', label: 'stabs', en: ['stab*', 'knife*'], ru: ['ножев*', 'зарез*', 'нанес* удар* нож*'] },
  { id: 'kill', label: 'kills', en: ['kill*', 'murder*', 'slay*', 'slain', 'homicide*', 'assassinat*'], ru: ['убил*', 'убит*', 'убийств*', 'убива*', 'ликвидир*'] },
  { id: 'die', label: 'dies', en: ['die|dies|died|dying|dead|death|deaths|deadly|fatal*|perish*', 'passed away'], ru: ['умер*', 'скончал*', 'смерт*', 'погиб*', 'гибел*'] },
  { id: 'injure', label: 'injures', en: ['injur*', 'wound*', 'hurt', 'casualt*'], ru: ['ранен*', 'пострада*', 'травм*'] },
  { id: 'kidnap', label: 'kidnaps', en: ['kidnap*', 'abduct*', 'hostage*'], ru: ['похити*', 'похищ*', 'заложник*'] },
  { id: 'rob', label: 'robs', en: ['rob|robs|robbed|robber*|robbery', 'heist*', 'steal*', 'stole*', 'theft*', 'thie*', 'loot*'], ru: ['ограб*', 'краж*', 'похитил* деньг*', 'украл*', 'украден*', 'грабит*'] },
  { id: 'riot', label: 'protests over', en: ['riot*', 'protest*', 'unrest', 'clash*', 'demonstrat*'], ru: ['протест*', 'беспоряд*', 'митинг*', 'столкновени*', 'демонстрац*'], weight: 0.8 },
  { id: 'piracy', label: 'attack ships', en: ['pirat*', 'hijack*'], ru: ['пират*', 'захват* судн*'] },
  { id: 'seize', label: 'seizes', en: ['seiz*', 'captur*', 'take|took|taken control'], ru: ['захват*', 'захвати*', 'занял*', 'взял* под контроль', 'установил* контроль'] },
  { id: 'mobilise', label: 'mobilises', en: ['mobili*', 'conscript*'], ru: ['мобилизац*', 'мобилизова*', 'призыв* на'] },
  { id: 'evacuate', label: 'evacuates', en: ['evacuat*'], ru: ['эвакуац*', 'эвакуир*'] },
  // Law and order
  { id: 'arrest', label: 'arrests', en: ['arrest*', 'detain*', 'detention*', 'custody', 'apprehend*', 'nabbed'], ru: ['арест*', 'задержа*', 'задерж*', 'под стражу'] },
  { id: 'charge', label: 'charges', en: ['charged|charges|charging', 'indict*', 'accus*', 'prosecut*'], ru: ['обвинени*', 'обвини*', 'обвиня*', 'уголовн* дел*'], weight: 0.8 },
  { id: 'sentence', label: 'sentences', en: ['sentenc*', 'convict*', 'guilty', 'verdict*', 'jail* for', 'prison term*'], ru: ['приговор*', 'осужд*', 'осуди*', 'виновн*'] },
  { id: 'acquit', label: 'acquits', en: ['acquit*', 'not guilty', 'clear|cleared|clears of'], ru: ['оправда*', 'оправдательн*'] },
  { id: 'trial', label: 'goes on trial', en: ['trial*', 'testif*', 'testimony', 'jury|juror*', 'hearing*', 'arraign*'], ru: ['суд|суда|суде|судебн*', 'процесс*', 'показани*', 'присяжн*'], weight: 0.7 },
  { id: 'release', label: 'releases', en: ['releas*', 'freed|frees|free', 'pardon*'], ru: ['освобод*', 'освобожд*', 'отпуст*', 'помилова*'], weight: 0.7 },
  { id: 'escape', label: 'escapes', en: ['escap*', 'fled|flee*', 'on the loose', 'fugitive*'], ru: ['сбежа*', 'побег*', 'скрыл*', 'бежал*'] },
  { id: 'search', label: 'searches for', en: ['manhunt*', 'search* for', 'most wanted'], ru: ['розыск*', 'поиск*'], weight: 0.6 },
  { id: 'sue', label: 'sues', en: ['sue|sues|sued|suing', 'lawsuit*'], ru: ['иск|иска|иске|иском', 'подал* в суд'] },
  { id: 'investigate', label: 'investigates', en: ['investigat*', 'probe*', 'inquiry'], ru: ['расследова*', 'следстви*', 'проверк*'], weight: 0.6 },
  // Disasters and accidents
  { id: 'earthquake', label: 'earthquake strikes', en: ['earthquake*', 'quake*', 'tremor*', 'magnitude', 'seismic*'], ru: ['землетрясени*', 'толчк*', 'магнитуд*', 'сейсм*'] },
  { id: 'fire', label: 'fire breaks out', en: ['fire|fires|blaze*|burn*|burnt|flames|arson*|firefighter*|ablaze'], ru: ['пожар*', 'возгорани*', 'горел*', 'сгорел*', 'поджог*', 'пламя'] },
  { id: 'flood', label: 'floods', en: ['flood*', 'tsunami*'], ru: ['наводнени*', 'паводок*', 'паводк*', 'затопл*', 'цунами'] },
  { id: 'storm', label: 'storm strikes', en: ['storm*', 'hurricane*', 'typhoon*', 'cyclone*', 'tornado*'], ru: ['ураган*', 'шторм*', 'тайфун*', 'циклон*', 'торнадо'] },
  { id: 'crash', label: 'crashes', en: ['crash*', 'collid*', 'collision*', 'derail*', 'hit-and-run', 'hit and run', 'run over'], ru: ['авари*', 'катастроф*', 'крушени*', 'столкну*', 'разбил*', 'сбил*', 'ДТП'] },
  { id: 'outage', label: 'outage hits', en: ['outage*', 'disrupt*', 'blackout*', 'cable* cut|damag*'], ru: ['отключени*', 'сбой*', 'перебо*'] },
  // Politics and appointments
  { id: 'elect', label: 'elects', en: ['elect|elects|elected|election*|electoral', 'vote|votes|voted|voting|voters|ballot*', 'poll|polls'], ru: ['выбор*', 'избра*', 'избира*', 'голосова*', 'избирател*'] },
  { id: 'win', label: 'wins', en: ['win|wins|won|winning|winner*|victory|defeat*|beat|beats|clinch*|retain*|triumph*', 'score|scores|scored|record'], ru: ['побед*', 'выигра*', 'обыгра*', 'одолел*', 'рекорд*'], weight: 0.8 },
  { id: 'resign', label: 'resigns', en: ['resign*', 'step|steps|stepped|stepping down', 'quit|quits'], ru: ['отставк*', 'ушел* в отставку', 'покину* пост*', 'сложил* полномочи*'] },
  { id: 'dismiss', label: 'dismisses', en: ['fire|fires|fired|firing coach|manager|director|chief|head', 'fired', 'dismiss*', 'sack*', 'oust*', 'remov* from'], ru: ['уволи*', 'увольн*', 'отстрани*', 'освобод* от должност*', 'снят* с'] },
  { id: 'appoint', label: 'appoints', en: ['appoint*', 'nominat*', 'name|names|named as|to|host|coach|director|new', 'hire|hires|hired|hiring', 'tap|taps|tapped'], ru: ['назнач*', 'назнача*', 'кандидатур*', 'выдвину*'] },
  { id: 'host', label: 'hosts', en: ['host|hosts|hosted|hosting'], ru: ['ведущ*', 'провед*', 'проводит*'], weight: 0.7 },
  { id: 'direct-film', label: 'directs', en: ['sequel*', 'film|films|movie'], ru: ['фильм*', 'сиквел*', 'режиссер*'], weight: 0.5 },
  { id: 'law', label: 'passes a law', en: ['bill|law|legislation pass*|approv*|adopt*', 'regulation*|rule|rules'], ru: ['закон*', 'законопроект*'], weight: 0.8 },
  { id: 'approve', label: 'approves', en: ['approv*', 'endors*', 'back|backed|backs', 'green light'], ru: ['одобри*', 'одобря*', 'утверди*', 'утвержд*', 'поддержа*'], weight: 0.7 },
  { id: 'reject', label: 'rejects', en: ['reject*', 'veto*', 'refus*', 'denied|denies|deny|denial'], ru: ['отклони*', 'отверг*', 'отказа*', 'отрица*', 'вето'], weight: 0.6 },
  // Business, health, technology
  { id: 'rehab', label: 'enters rehab', en: ['rehab*', 'treatment center|facility|centre', 'check|checks|checked|checking into|in'], ru: ['реабилитац*', 'клиник*', 'лечени*'] },
  { id: 'injury-list', label: 'is placed on injured reserve', en: ['injured reserve', 'injured list', 'season-ending'], ru: ['травм*'] },
  { id: 'contract', label: 'signs a contract', en: ['contract*', 'offer|offers|offered', 'free agent|agency', 'trade|traded'], ru: ['контракт*'], weight: 0.8 },
  { id: 'acquire', label: 'acquires', en: ['acqui*', 'merg*', 'takeover*', 'buy|buys|bought|purchase*'], ru: ['приобре*', 'покупк*', 'купил*', 'слияни*', 'поглощени*'] },
  { id: 'launch', label: 'launches', en: ['launch*', 'unveil*', 'introduc*'], ru: ['запуст*', 'запуск*', 'представил*'], weight: 0.7 },
  { id: 'patch', label: 'patches a flaw', en: ['patch*', 'security update*', 'vulnerabilit*', 'flaw*', 'exploit*'], ru: ['уязвимост*', 'обновлени* безопасност*', 'патч*'] },
  { id: 'price', label: 'changes prices', en: ['price*', 'inflation', 'rate|rates hike*|rais*|cut*'], ru: ['цен*', 'инфляци*', 'ставк*'], weight: 0.6 },
  { id: 'marry', label: 'marries', en: ['marr*', 'wedding*', 'engag*'], ru: ['женил*', 'свадьб*', 'брак*', 'замуж*'] },
  { id: 'divorce', label: 'divorces', en: ['divorc*', 'split|splits up'], ru: ['развод*', 'развел*'] },
  { id: 'born', label: 'is born', en: ['born', 'birth', 'gave birth'], ru: ['родил*', 'рождени*'] },
];
