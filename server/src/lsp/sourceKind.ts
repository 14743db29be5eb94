/**
 * What kind of source a name denotes (a person, an organisation, a document), for the
 * outline's icons. A small lexicon of titles and institution words, English and Russian;
 * a guess, never used for findings.
 */
import { UNNAMED_SOURCE, type SourceSummary } from '../engine/index.js';

/** The kinds of source the outline tells apart. */
export type SourceKind = 'person' | 'organisation' | 'document' | 'vague' | 'unnamed';

type WordClass = 'person' | 'organisation' | 'document';

/**
 * Word beginnings per class. English entries match a whole word (or its plural); Russian ones
 * match any word they begin, to cover case endings. The longest match across classes wins,
 * so "мэрия" (city hall) is an organisation although "мэр" (mayor) is a person.
 */
const ENGLISH: Readonly<Record<WordClass, readonly string[]>> = {
  person: [
    'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'governor', 'mayor', 'chief', 'head',
    'director', 'official', 'officer', 'ambassador', 'envoy', 'senator', 'lawmaker', 'deputy', 'leader', 'adviser', 'advisor',
    'commander', 'general', 'colonel', 'analyst', 'expert', 'professor', 'doctor', 'witness', 'resident', 'chairman',
    'chairwoman', 'premier', 'king', 'queen', 'judge', 'prosecutor', 'lawyer', 'attorney', 'ceo', 'founder', 'he', 'she',
    'man', 'woman', 'mother', 'father', 'soldier', 'survivor', 'activist', 'economist', 'scientist', 'researcher', 'author',
  ],
  organisation: [
    'ministry', 'department', 'agency', 'authority', 'authorities', 'office', 'government', 'administration', 'council',
    'committee', 'commission', 'parliament', 'senate', 'police', 'army', 'military', 'forces', 'service', 'company',
    'corporation', 'bank', 'court', 'union', 'party', 'mission', 'embassy', 'kremlin', 'university', 'institute',
    'organisation', 'organization', 'bureau', 'board', 'headquarters', 'command', 'navy', 'centre', 'center', 'fund',
    'foundation', 'association', 'federation', 'alliance', 'coalition', 'cabinet', 'group', 'network', 'reuters', 'interfax',
    'bloomberg', 'xinhua', 'newspaper', 'channel', 'broadcaster', 'outlet', 'country', 'countries', 'state', 'nation', 'west',
    'media', 'press',
  ],
  document: [
    'decree', 'order', 'statement', 'report', 'document', 'law', 'resolution', 'bill', 'letter', 'study', 'survey', 'poll',
    'data', 'figures', 'estimate', 'communique', 'tweet', 'agreement', 'treaty', 'accord', 'constitution', 'charter', 'memo', 'filing', 'indictment', 'ruling', 'verdict',
  ],
};

const RUSSIAN: Readonly<Record<WordClass, readonly string[]>> = {
  person: [
    'министр', 'президент', 'глав', 'представител', 'пресс-секретар', 'губернатор', 'мэр', 'директор', 'депутат', 'сенатор',
    'посол', 'посл', 'руководител', 'начальник', 'председател', 'премьер', 'командир', 'командующ', 'генерал', 'полковник',
    'эксперт', 'аналитик', 'политолог', 'профессор', 'врач', 'жител', 'очевид', 'советник', 'спикер', 'лидер', 'заместител',
    'замглав', 'постпред', 'адвокат', 'прокурор', 'судь', 'он', 'она', 'офицер', 'военнослужащ', 'автор', 'учён', 'ученый',
  ],
  organisation: [
    'министерств', 'ведомств', 'агентств', 'администрац', 'правительств', 'власт', 'служб', 'комитет', 'комисси', 'совет',
    'парламент', 'дум', 'полици', 'арми', 'штаб', 'суд', 'компани', 'корпорац', 'банк', 'союз', 'парти', 'мисси',
    'посольств', 'кремл', 'мид', 'минобороны', 'минздрав', 'минфин', 'университет', 'институт', 'организац', 'управлени',
    'департамент', 'центр', 'фонд', 'пресс-служб', 'мэри', 'интерфакс', 'издани', 'газет', 'канал', 'сми', 'стран',
    'государств', 'роспотребнадзор', 'росстат', 'роскомнадзор', 'росгварди', 'росавиаци', 'прокуратур', 'следственн',
  ],
  document: [
    'указ', 'приказ', 'заявлени', 'доклад', 'документ', 'закон', 'постановлени', 'резолюци', 'письм', 'исследовани', 'опрос',
    'данны', 'отчёт', 'отчет', 'сообщени', 'релиз', 'пост', 'распоряжени', 'решени', 'приговор',
  ],
};

const CLASSES: readonly WordClass[] = ['person', 'organisation', 'document'];

/** The class a word belongs to by the longest lexicon entry it matches, or `undefined`. */
function classOf(word: string): WordClass | undefined {
  const lower = word.toLowerCase();
  const russian = /[\u0400-\u04ff]/u.test(lower);
  let best: { cls: WordClass; length: number } | undefined;
  for (const cls of CLASSES) {
    for (const entry of (russian ? RUSSIAN : ENGLISH)[cls]) {
      const hit = russian
        ? lower.startsWith(entry) && (entry.length > 2 || lower === entry)
        : lower === entry || lower === `${entry}s` || lower === `${entry}es`;
      if (hit && entry.length > (best?.length ?? 0)) {
        best = { cls, length: entry.length };
      }
    }
  }
  return best?.cls;
}

/**
 * The class of a name's head word. Russian names put the head first ("указ губернатора",
 * "пресс-секретарь министерства"); English ones last, before any "of"/"for" phrase
 * ("Health Ministry spokeswoman …", "the governor's decree", "the Ministry of Transport").
 */
function headClass(name: string): WordClass | undefined {
  if (/[\u0400-\u04ff]/u.test(name)) {
    const words = name.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
    return words.map(classOf).find((c) => c !== undefined);
  }
  const head = name.split(/\s(?:of|for|in|at|on)\s/u)[0]!.replace(/['’]s\b/gu, '');
  const words = head.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map(classOf).filter((c) => c !== undefined).pop();
}

/**
 * The kind of a source: the class of its head word (a title makes a person, "the decree" a
 * document, "the ministry" an organisation); failing that, an acronym ("UN", "МИД") makes
 * an organisation and other names are taken for people.
 */
export function sourceKindOf(source: SourceSummary): SourceKind {
  if (source.vague) {
    return 'vague';
  }
  if (source.name === UNNAMED_SOURCE) {
    return 'unnamed';
  }
  const head = headClass(source.name);
  if (head) {
    return head;
  }
  const words = source.name.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w) => w.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(w) && /\p{Lu}/u.test(w)) ? 'organisation' : 'person';
}
