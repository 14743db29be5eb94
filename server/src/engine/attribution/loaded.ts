import { allMatches, wordsRegex } from './patterns.js';

// Loaded or contested wording from every side of the conflicts the seeds cover; stems for Russian.
const EN_LOADED = wordsRegex([
  'coups?', 'putsch', 'regimes?', 'juntas?', 'genocidal', 'genocides?', 'terrorists?', 'terrorism', 'terror',
  'puppets?', 'invaders?', 'occupiers?', 'occupation', 'occupied', 'aggressors?', 'aggression', 'neo-?nazis?', 'nazis?',
  'nazism', 'fascists?', 'fascism', 'russophob(?:ic|ia|es?)', 'thugs?', 'massacres?', 'atrocit(?:y|ies)',
  'ethnic\\s+cleansing', 'bandits?', 'butchers?', 'extremists?', 'propaganda', 'disinformation', 'fake\\s+news', 'hoax',
  'warmongers?', 'war\\s+crimes?', 'war\\s+criminals?', 'so-called', 'illegitimate', 'annex(?:ation|ed)',
  'liberat(?:ed|ion|ors?)', 'slaughter(?:ed)?', 'bloodthirsty', 'savages?', 'barbaric', 'barbarians?', 'mercenar(?:y|ies)',
  'dictators?', 'dictatorship', 'tyrants?',
  'orcs?', 'martyrs?', 'crusaders?', 'jihadis?', 'traitors?', 'treason', 'collaborators?', 'provocations?',
  'false\\s+flag', 'brainwashed',
]);

const RU_LOADED = wordsRegex([
  'хунт\\p{L}*', 'карател\\p{L}*', 'карательн\\p{L}*', 'оккупант\\p{L}*', 'оккупац\\p{L}*', 'оккупир\\p{L}*',
  'фашист\\p{L}*', 'фашизм\\p{L}*', '(?:нео)?нацист\\p{L}*', '(?:нео)?нацизм\\p{L}*', 'бандеровц\\p{L}*', 'бандеровск\\p{L}*',
  'террорист\\p{L}*', 'терроризм\\p{L}*', 'террор\\p{L}{0,2}', 'режим\\p{L}{0,2}', 'геноцид\\p{L}*',
  '(?:гос)?переворот\\p{L}*', 'агресс(?:ия|ии|ию|ией|ор|ора|оры|оров|ивн\\p{L}*)', 'марионет\\p{L}*',
  'укроп\\p{L}*', 'ватник\\p{L}*', 'рашист\\p{L}*', 'орк(?:и|ов|ам|ами)', 'русофоб\\p{L}*', 'зверств\\p{L}*',
  'бандит\\p{L}*', 'боевик\\p{L}*', 'сепаратист\\p{L}*', 'экстремист\\p{L}*', 'пропаганд\\p{L}*', 'фейк\\p{L}*',
  'провокац\\p{L}*', 'так\\s+называем\\p{L}*', 'самопровозглаш[её]нн\\p{L}*', 'нелегитимн\\p{L}*',
  'аннекс\\p{L}*', 'наемник\\p{L}*', 'наёмник\\p{L}*', 'диктатор\\p{L}*', 'диктатур\\p{L}*', 'предател\\p{L}*',
  'каратель\\p{L}*', 'головорез\\p{L}*', 'киевск\\p{L}+\\s+режим\\p{L}*', 'освободител\\p{L}*',
]);

/** Loaded or contested words in `text`, in order, each once (lower case). */
export function findLoadedWords(text: string, russian: boolean): string[] {
  const seen = new Set<string>();
  for (const m of allMatches(russian ? RU_LOADED : EN_LOADED, text)) {
    seen.add(m.text.toLowerCase().replace(/\s+/gu, ' '));
  }
  return [...seen];
}
