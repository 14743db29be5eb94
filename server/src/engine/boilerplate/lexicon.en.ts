/**
 * English cue phrases of site chrome, as regular-expression sources (no anchors, no
 * flags). They are combined with the Russian ones in `lexicon.ts`; a cue is only one
 * piece of evidence, and the rules weigh it with the line's shape and position.
 */
export const EN_CUES = {
  /** Asking the reader for money or membership. */
  donation: [
    'donat(?:e|es|ed|ing|ion|ions)',
    'support (?:us|our (?:work|journalism|reporting|newsroom|mission)|independent (?:journalism|media|news)|(?:quality|free|local) journalism|the [A-Z][\\p{L}]*(?: [A-Z][\\p{L}]*){0,3})',
    'your (?:support|contribution|donation|gift)',
    'make a (?:contribution|donation|gift)',
    '(?:one-time|monthly|annual|recurring) (?:contribution|donation|gift|support)',
    'become a (?:member|supporter|patron|subscriber)',
    'chip in',
    'patreon',
    'buy (?:me|us) a coffee',
    'small favou?r to ask',
    'reader-funded|reader-supported|funded by (?:our )?readers',
    '(?:contribute|give) (?:today|now|monthly)',
    'support (?:us )?monthly',
  ],
  /** The widgets of a donation box: amount pickers, frequency, "maybe later". */
  donationUi: [
    'once|one[- ]time|monthly|annual(?:ly)?|yearly|every month|per month|other amount|custom amount',
    'remind me later|maybe later|not now|no,? thanks|not ready to (?:support|give|donate)[^.!?]*',
    '(?:pay(?:ment)?|paiment) methods?|choose (?:an|your) amount|select (?:an|your) amount',
    '(?:support|donate|give|contribute)(?: now| today)?',
    'continue|next|proceed|back',
  ],
  newsletter: [
    'newsletters?',
    'sign(?:ing)? up (?:for|to) (?:our|the|my)',
    'subscribe to (?:our|the|my)',
    '(?:in|to) your (?:inbox|mailbox)',
    'enter your (?:e-?mail|email address)',
    'mailing list',
    'e-?mail address',
  ],
  privacy: [
    'privacy (?:policy|notice|statement|settings)',
    'terms (?:of (?:use|service)|and conditions|& conditions)',
    'by (?:clicking|subscribing|signing up|registering|continuing|submitting)[^.]{0,60}(?:agree|accept|consent)',
    'agree to (?:the|our) (?:privacy|terms)',
    'we respect your privacy',
    'unsubscribe at any time',
    'personal (?:data|information)',
    'do not sell (?:or share )?my personal',
  ],
  cookie: [
    'cookies?',
    'accept all|reject all|manage (?:preferences|options|settings)|consent preferences',
  ],
  readMore: [
    'read more|read on|read the (?:full|whole) (?:story|article)|read full (?:story|article)|continue reading|continue|keep reading',
    'show more|see more|load more|view more|more stories|more news|more articles',
    'read also|see also|related(?: (?:articles?|stories|posts|news|content|topics))?|recommended(?: for you)?|you (?:may|might) also (?:like|enjoy)',
    'also read|more from|more on this|further reading|up next|next (?:article|story|post)|previous (?:article|story|post)|read next',
  ],
  disclaimer: [
    'disclaimer|disclosures?',
    'views expressed|opinions expressed',
    '(?:do|does|are) not necessarily (?:reflect|represent|the views|those of)',
    'not necessarily the views',
    'cannot guarantee',
    'for (?:general )?informational purposes only',
    'not (?:intended as )?(?:financial|investment|legal|medical) advice',
    'all content is owned by',
    'comment policy|editorial policy|corrections policy|editorial standards',
    'affiliate links?|may earn (?:a )?commission',
  ],
  copyright: [
    '©|\\(c\\) ?(?:19|20)\\d\\d|copyright\\s*(?:©|\\(c\\)|(?:19|20)\\d\\d)',
    'all rights reserved',
  ],
  share: [
    'share(?: (?:this|on|via|the|article|story|post|page))?[^.!?]{0,30}|tweet|print(?: this(?: page| article)?)?|e-?mail(?: this)?|copy link|copy url|link copied',
    'follow us(?: on)?[^.!?]{0,40}',
    'click to (?:share|email|print|tweet|post)[^.!?]{0,60}',
  ],
  commentsClosed: [
    'comments? (?:are|is) (?:closed|disabled|turned off)',
    'comments? closed',
    'commenting (?:is )?(?:closed|disabled)',
    '(?:leave|post|add|write) a (?:comment|reply)',
    'you must be logged in to post a comment',
    'log ?in to (?:comment|reply)',
    '(?:\\d+|no) comments?',
    'join the (?:conversation|discussion)',
  ],
  sectionLabel: [
    'news|world|politics|business|economy|society|culture|sports?|opinions?|analysis|features?|tech(?:nology)?|science|health|lifestyle|entertainment|environment|climate|europe|asia|africa|americas|middle east|us|uk|local|national|international|investigations?|video|photos?|podcasts?|editorial|commentary|columns?|blogs?|latest|breaking news|top stories|home',
  ],
  editorsPicks: [
    "editors?[’']? ?(?:picks?|choice)|editor's choice|staff picks?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular (?:now|stories|posts)|top stories|latest (?:news|stories|posts)|don[’']t miss|must reads?|what to read next|recommended reading",
  ],
  photoCreditLabel: [
    'photo(?:graph)?s?(?: credit)?|image(?: credit)?|credit|source|illustration',
  ],
  agency: [
    'AP|AFP|Reuters|TASS|EPA|Getty Images|Getty|Shutterstock|Alamy|Sputnik|RIA Novosti|Anadolu|Bloomberg|Xinhua|Kremlin\\.ru|Wikimedia Commons|Unsplash|Pexels|iStock',
  ],
  /** Site navigation and page controls on a line of their own. */
  navigation: [
    'table of contents|contents|jump to(?: section| chapter)?|skip to(?: main)? content|skip to navigation|main menu|menu|navigation|open menu|close menu|toggle navigation|search(?: for)?|home(?:page)?|back to top|scroll to top|go to top|next|previous|prev|log ?in|log ?out|sign ?in|sign ?out|register|my account|account|close|submit|loading|advertisement|sponsored(?: content)?|ad|x|×|about(?: us)?|contact(?: us)?|careers|faq|sitemap|help center|all (?:news|stories|articles|posts)|view all|see all|back to (?:home|news|blog)',
    'sponsor(?:ed)?(?: (?:message|content|post|story))?|paid (?:content|post)|partner content|promoted(?: content)?|toggle caption|hide caption|enlarge (?:this )?image|expand image',
    'report (?:an )?(?:error|typo|correction)|found (?:an error|a typo|a mistake)\\?[^\\n]{0,80}|[\\d,.\\s]+k? views?|views?:?\\s*[\\d,.\\s]+k?',
  ],
  /** Calls to action: a verb telling the reader to buy, try, book or follow. */
  callToAction: [
    '(?:try|get|see|shop|buy|book|order|download|subscribe|follow|join|sign up|register|click|learn more|discover|explore|start|watch|listen|view|visit|call|contact|check out|claim|grab|save|find out|request|schedule|apply|compare|show me)',
  ],
  /** What must come with a call to action for it to be one. */
  callToActionTail: [
    'now|today|free|here|more|all|you|your|me|us|our|deals?|discounts?|offers?|online|app',
  ],
} as const;
