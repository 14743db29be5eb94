/** English function words, used for language detection and prose-vs-chrome density. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had
  has have having he her here hers herself him himself his how i if in into is it its itself just
  me more most my myself no nor not now of off on once only or other our ours ourselves out over own
  same she should so some such than that the their theirs them themselves then there these they this
  those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves also said says would there's it's he's she's they're
  we're don't didn't isn't wasn't aren't weren't won't can't i'm i've we've you're one may might must
  shall since though although however yet still even another many much every either neither upon
  within without across among whether`.split(/\s+/),
);

/**
 * Abbreviations after which a full stop does not end an English sentence
 * (lower-cased, without the final dot).
 */
export const EN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres amb supt
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  no nos vs v approx est dept univ assn bros inc corp ltd co mt ft fig p pp vol ed eds al
  e.g i.e a.m p.m u.s u.k u.n u.s.a e.u d.c`.split(/\s+/),
);
