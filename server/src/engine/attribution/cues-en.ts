import type { AttributionLexicon } from './lexicon.js';
import { englishVerbForms, wordsRegex } from './patterns.js';

/** Speech, reporting and opinion verbs that attribute in any form. */
const STRONG_VERBS = `say|says|said|saying tell|tells|told|telling stated|stating claim assert insist contend argue explain
  remarked|remarking tweeted|tweeting announce acknowledge concede deny warn caution urge vow pledged|pledges|pledging promised| swear|swears|swore|sworn|swearing
  threaten predict allege accuse criticize criticise condemn denounce slam* blasted| praise hailed| congratulate lament
  complain boast brag* quip* joked| reiterate stress emphasize emphasise underscore testify retort rebut* recounted|recounting opine
  exclaim concur disagree believe thinks|thought|thinking hope feared|fearing worry doubted| suspect speculate
  reckon expect estimate forecasts|forecasted|forecasting conclude characterize characterise dub* cite quoted|quoting
  ask demanded|demanding propose suggest recommend disclose reveal confirm write|writes|wrote|written|writing maintain
  admit* chide scold lambast decry deride mocked|mocking ridicule castigate rebuke reject dismiss questioned|questioning
  challenged| refute contradict apologize apologise thanked|thanking protested|protesting objected| countered|countering
  grumble fumed| mused| figured| theorize theorise insinuate imply hinted|hinting signaled|signalled|signaling|signalling
  indicate describe labelled|labeled|labelling|labeling want|wants|wanted plead|pleads|pleaded|pled|pleading beg*
  implore advised instruct
  supports|supported|supporting endorse oppose favored|favoured welcome embrace renounce disavow
  refuse vouch tout portray depict painted| consider regarded|regards deem weigh|weighs|weighed|weighing discuss highlight voiced|voicing
  express champion advocate lobby* seek|seeks|sought|seeking intend strive
  focused|focusing|focussed assail applaud blame promote publish peg*
  compile documented|documenting assess wonder wish hate prefer* admire distrust realize realise
  imagine assume presume suppose judged| guaranteed| assure reassure convince persuade pressured|pressuring encourage invite requested|requesting
  forbid|forbids|forbade|forbidden approve authorize authorise counseled|counselled alerted| confess regret* compliment laud commend
  salute gloat trumpet hype campaigned|campaigning clarify elaborate termed| interpret analyze analyse evaluate critique bash
  rip* knocked| lambaste excoriate chastise reprimand admonish faulted| aver posit echo|echoes|echoed|echoing restate insulted|
  disparage belittle smear vented| liken`;

/** Verbs that attribute only in a reporting frame. */
const FRAMED_VERBS = `add note observe continue respond reply answer show|shows|showed|shown|showing find|finds|found|finding
  report post mention recall explain feel|feels|felt|feeling
  know|knows|knew|known|knowing see|sees|saw|seeing order* acknowledge declare call|calls|called|calling
  invoke identify`;

const COPULA = '(?:is|are|was|were|be|been|being|am|remains?|remained|seems?|seemed)';
const ATTITUDE =
  '(?:convinced|confident|optimistic|pessimistic|skeptical|sceptical|worried|concerned|afraid|adamant|certain|hopeful|' +
  'unhappy|furious|frustrated|pleased|disappointed|upset|critical|aware|unconvinced|doubtful|insistent|keen|eager|' +
  'reluctant|opposed|in favou?r|outraged|angry|angered|delighted|impressed|unimpressed|amused|surprised|startled|' +
  'stunned|shocked|alarmed|dismayed|loyal|favou?rable|enthusiastic|supportive|hostile|sympathetic|willing|unwilling|' +
  'interested|uninterested|wary|suspicious|unsure|uncertain|undecided|at\\s+odds|unanimous|vocal|proud|ashamed|grateful)';

const STANCE_NOUNS =
  'criticisms?|support|promises?|complaints?|concerns?|views?|positions?|proposals?|plans?|arguments?|claims?|' +
  'allegations?|warnings?|pledges?|demands?|beliefs?|hopes?|fears?|assessments?|opinions?|praise|insults?|' +
  'comments?|remarks?|statements?|words|message|suggestions?|rhetoric|stance|vows?|accusations?|denials?|' +
  'calls?|endorsements?|opposition|objections?|doubts?|predictions?|testimony|account|version|rebuke|apology|appeal';

const strong = STRONG_VERBS.split(/\s+/).filter(Boolean).flatMap(englishVerbForms);
const framed = FRAMED_VERBS.split(/\s+/).filter(Boolean).flatMap(englishVerbForms);

const NEVER = /(?!)/gu;

/** The English attribution lexicon. */
export const EN_LEXICON: AttributionLexicon = {
  strongWords: new Set(strong),
  framedWords: new Set(framed),
  strongCues: wordsRegex([
    `${COPULA}\\s+(?:(?:very|so|also|not|increasingly|deeply|quite|still)\\s+)?${ATTITUDE}`,
    'call(?:s|ed|ing)?\\s+(?:for|on|upon|out)',
    'in\\s+(?:the\\s+)?(?:view|opinion|words|eyes|estimation)\\s+of',
    'took\\s+to\\s+(?:twitter|facebook|instagram|social\\s+media|the\\s+airwaves)',
    '(?:hit|lashed)\\s+back',
    'think(?!\\s+tanks?)',
    'plan(?:s|ned|ning)?\\s+to',
    'push(?:es|ed|ing)?\\s+for',
    '(?:try|tries|tried|trying|attempt|attempts|attempted|attempting)\\s+to',
    'attack(?:s|ed|ing)?\\s+(?:\\S+\\s+){1,5}?for\\s',
    'charg(?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,3}?with',
    '(?:has|have|had)\\s+(?:\\p{Ll}+ly\\s+)?backed',
    'hit\\s+out',
    '(?:went|goes|go)\\s+on\\s+to\\s+(?:say|add|argue|claim|note|write|tell|call|accuse|praise|describe|suggest|insist)',
    '(?:went|goes)\\s+on(?=\\s*(?:[,:“"«]|\\.?\\s*$))',
    'spoke\\s+(?:to|with)\\s+(?:reporters|journalists|the\\s+press)',
    '(?:no|did\\s+not|didn[’\']t|declined\\s+to|refused\\s+to|would\\s+not|wouldn[’\']t)\\s+(?:immediately\\s+)?(?:comment|respond|elaborate)',
    'spoke\\s+(?:\\p{Ll}+ly\\s+)?(?:out|about|on|of)',
    // Reactions that imply someone speaking: "faced criticism", "drew condemnation", "came under fire".
    '(?:faced?|faces|facing|drew|draws|drawn|sparked|sparks|received|receives|met\\s+with|meets\\s+with|came\\s+under|comes\\s+under|under)\\s+(?:\\p{L}+\\s+){0,2}(?:criticism|condemnation|praise|backlash|outrage|scrutiny|resistance|opposition|rebukes?|ridicule|applause|complaints)',
    'point(?:s|ed|ing)?\\s+out',
    // Evidentials and intentions: how things look to someone, what someone is after.
    '(?:appears?|appeared|seems?|seemed|looks?|looked)\\s+(?:to|ready|like|poised|headed|set)',
    '(?:looking|looks|looked)\\s+(?:for|to)',
    '(?:is|are|was|were|been|being)\\s+(?:well\\s+)?(?:known|seen|viewed|regarded)\\s+(?:as|for|by)',
    'made\\s+(?:a\\s+|the\\s+|that\\s+|this\\s+|his\\s+|her\\s+|their\\s+)?(?:plea|case|argument|point|pitch|promise|vow|pledge|clear)',
    'laid\\s+out',
    'mentioned\\s+as',
    'agree|agrees|agreed|agreeing',
    '(?:would|will|could|might|may|can|cannot|can[’\']t|won[’\']t|wouldn[’\']t)\\s+(?:not\\s+)?(?:accept|support|favou?r|offer|welcome|oppose|reject|endorse|back)',
    'in\\s+favou?r\\s+of',
    'talk(?:s|ed|ing)?\\s+(?:\\p{Ll}+ly\\s+)?about',
    '(?:weigh|weighs|weighed|chime|chimed|sound|sounded|speak|speaks|spoke)\\s+(?:in|off|out|up)',
  ]),
  framedCues: NEVER,
  sourcePhrases: wordsRegex([
    'according\\s+to',
    'citing',
    'as\\s+quoted\\s+by',
    'quoted\\s+by',
    'in\\s+the\\s+words\\s+of',
    'per\\s+(?=\\p{Lu}|the\\s|a\\s)',
    'as\\s+[^.;!?]{1,120}?\\s(?:put\\s+it|puts\\s+it|noted|notes|said|says|wrote|writes|told|reported|reports|explained|argued|pointed\\s+out|observed|acknowledged|announced|confirmed)(?=(?:\\s+\\p{L}+){0,3}\\s*,)',
    'from\\s+the\\s+perspective\\s+of',
  ]),
  channelCues: wordsRegex([
    'in\\s+(?:a|an|the|his|her|their|its|our|one)\\s+(?:\\p{L}+\\s+){0,2}(?:statement|interview|speech|address|letter|memo|email|e-mail|tweet|post|op-ed|column|essay|report|filing|testimony|press\\s+release|video|remarks|briefing|blog\\s+post|book|message|appearance|broadcast|podcast)',
    '(?:at|during)\\s+(?:a|an|the|his|her|their)\\s+(?:\\p{L}+\\s+){0,2}(?:news\\s+conference|press\\s+conference|briefing|rally|hearing|event|town\\s+hall|debate|speech|interview|summit|forum|meeting)',
    'spokes(?:man|woman|person|men|women|people)',
    'press\\s+secretary',
    'told\\s+reporters',
    'in\\s+response',
    // Stance nouns with their holder: "his criticism", "Trump's promise", "criticism of", "support for".
    `(?:his|her|their|its|our|my|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:\\p{L}+\\s+)?(?:${STANCE_NOUNS})`,
    `(?:${STANCE_NOUNS})\\s+(?:of|for|from|against|on|that|about)`,
  ]),
  backwardOpening: new RegExp(
    String.raw`^(?:(?:this|that|these|those|it|such|the\s+(?:news|information|announcement|figures?|claim|statement|assessment|estimate|report|data))\s+` +
      String.raw`(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|’s|'s)\s+)?(?:\p{L}+ly\s+)?` +
      String.raw`(?:announced|said|stated|reported|confirmed|revealed|disclosed|claimed|told|written|posted|tweeted|according\s+to|what\s|the\s+(?:words|message|view|verdict|assessment|conclusion|findings?|opinion|position|account|version)\s+of)` +
      String.raw`|(?:so|thus)\s+(?:said|says|wrote|writes|argued|argues|claimed|claims|believes|thinks))`,
    'iu',
  ),
  pronouns: new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']),
  phraseBreakers: new Set(
    `that which who whom whose when while after before because as since if but or so than then where although though despite
    during with without to into from by on at in for of about over under also has have had is are was were will would could
    should may might can did does do not this these those there here both either neither however meanwhile moreover instead
    yet still just only even already now today yesterday tomorrow later earlier once again said says told added`.split(/\s+/),
  ),
  cueModifiers: new Set(
    `has have had also was were is are would will could did does do not never later earlier previously then again once
    repeatedly publicly privately recently further already since first last himself herself themselves been being
    begun began begin begins started start starts continued continues keeps kept`.split(/\s+/),
  ),
};
