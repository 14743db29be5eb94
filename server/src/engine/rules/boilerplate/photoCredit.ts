import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { EN_CUES } from '../../boilerplate/lexicon.en.js';
import { RU_CUES } from '../../boilerplate/lexicon.ru.js';
import type { Span } from '../../types.js';
import { words } from '../../text.js';

const SENTENCE_END = /[.!?…]+(?=\s|$)/gu;

const LABELS = [...EN_CUES.photoCreditLabel, ...RU_CUES.photoCreditLabel].join('|');
const AGENCIES = [...EN_CUES.agency, ...RU_CUES.agency].join('|');
const NAME = "\\p{Lu}[\\p{L}'’.\\-]+";
const AGENCY = `(?:${AGENCIES}|\\p{Lu}[\\p{L}\\p{N}&.\\-]*(?: \\p{Lu}[\\p{L}\\p{N}&.\\-]*){0,2})`;

/** "Photo: …", "Фото: …", "(Photo by …)" to the end of the line or the closing bracket. */
const LABELLED = new RegExp(
  `(?:^|(?<=[.!?…»"”]\\s{1,3})|(?<=[(\\[]))(?:${LABELS})(?: (?:by|credit|courtesy(?: of)?))?\\s*(?::|by|©|—|–)\\s*[^()\\[\\]]{2,120}?\\)?\\s*$`,
  'iu',
);
/** "Name Surname / AGENCY" (or "© AGENCY", "AGENCY via Getty") at the end of a caption, after its last sentence. */
const NAME_SLASH_AGENCY = new RegExp(
  `(?:^|(?<=[.!?…»"”)]\\s{1,3}))(?:©\\s*)?(?:${NAME}(?: ${NAME}){0,3}\\s?/\\s?${AGENCY}(?:\\s?/\\s?${AGENCY})?|©\\s?${AGENCY})\\s*$`,
  'u',
);
/** Caption text this short before a credit is surely a caption; longer text may be a standfirst. */
const MAX_CAPTION_WORDS = 15;
const MAX_CAPTION_SENTENCES = 1;

/**
 * Photo credits: "Photo: …", "Фото: …", "Name Surname / AGENCY". When the line is short
 * enough to be the caption itself, the whole caption is flagged; otherwise only the credit.
 */
export const photoCredit: Rule = {
  id: 'boilerplate/photo-credit',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A photo caption\'s credit ("Photo: …", "Фото: …", "Name Surname / AGENCY"); the whole caption line when it is short enough to be one.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.attributes) {
        continue;
      }
      const m = LABELLED.exec(f.text) ?? NAME_SLASH_AGENCY.exec(f.text);
      if (!m) {
        continue;
      }
      const before = f.text.slice(0, m.index);
      const caption = words(before).length <= MAX_CAPTION_WORDS && (before.match(SENTENCE_END)?.length ?? 0) <= MAX_CAPTION_SENTENCES;
      const credit: Span = { start: f.span.start + m.index, end: f.span.end };
      hits.push(
        caption
          ? hit(f.span, 'Photo caption with its credit, not part of the article.', { evidence: ['photo credit in a caption-length line'] })
          : hit(credit, 'Photo credit, not part of the article.', { evidence: ['photo credit'] }),
      );
    }
    return hits;
  },
};
