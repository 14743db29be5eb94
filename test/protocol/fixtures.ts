/** Fresh seed texts for the protocol tests (written for them; not taken from any real page). */

/** An English article with site chrome: a donation appeal, a "Read more" line and a newsletter block. */
export const ENGLISH_ARTICLE = [
  'Harbour workers in Portsmouth voted on Tuesday to end a three-week strike over night-shift pay.',
  'The union said 412 of its 530 members took part in the ballot, and 81 percent backed the new offer.',
  'Port managers said ferry timetables would return to normal by the weekend.',
  '“We are glad to be back on the quay,” said crane operator Maria Lindqvist, 44.',
  'Support us! Donate now to keep our independent journalism free for every reader.',
  'Read more',
  'Sign up for our weekly newsletter and get the top stories in your inbox every Friday.',
  'Enter your email address',
  'Subscribe',
  '',
].join('\n');

/** A second English article that repeats the first one's "Read more" line. */
export const ENGLISH_ARTICLE_2 = [
  'The city council approved a plan on Wednesday to plant 2,000 trees along the river embankment.',
  'Work is due to start in March and will be paid for from the parks budget, officials said.',
  'Read more',
  '',
].join('\n');

/** A Russian article with a donation appeal, "Читать далее" and a newsletter line. */
export const RUSSIAN_ARTICLE = [
  'В Самаре открыли новый мост через реку, строительство которого длилось четыре года.',
  'По словам мэра города, движение по мосту будет запущено в полном объёме к середине декабря.',
  'Жители соседних районов говорят, что дорога до центра теперь займёт вдвое меньше времени.',
  'Поддержите нас! Пожертвуйте любую сумму, чтобы мы могли продолжать работу.',
  'Читать далее',
  'Подпишитесь на нашу рассылку, чтобы получать главные новости каждое утро.',
  '',
].join('\n');

/** An article followed by a short reader-comment section. */
export const ARTICLE_WITH_COMMENTS = [
  'Volunteers cleared eleven tonnes of litter from the northern beaches over the weekend.',
  'The organisers said more than 300 people had joined the clean-up, twice as many as last year.',
  '',
  '3 Comments',
  '',
  '1. seaside_sam',
  'March 3, 2024 at 9:14 am',
  'Great job everyone, I was there on Sunday and the beach looks amazing now.',
  'Reply',
  '2. Olga K.',
  'March 3, 2024 at 11:02 am',
  'Thanks for organising this, see you next year!',
  'Reply',
  '3. tidewatcher',
  'March 4, 2024 at 7:45 pm',
  'Shame the council does not do this itself.',
  'Reply',
  '',
].join('\n');

/** A paragraph of three physical lines (one block), then a blank line and one more paragraph. */
export const THREE_LINE_PARAGRAPH = [
  'The museum reopened on Saturday after a two-year renovation',
  'that replaced the roof, the heating and the lighting in',
  'all fourteen galleries of the main building.',
  '',
  'Tickets are free for children under twelve.',
  '',
].join('\n');
