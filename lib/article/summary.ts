// What the article reports, as data. Components render this; they never hold
// the article's claims as prose of their own. Every `quotes` entry must occur
// in ARTICLE_TEXT word for word (summary.test.ts proves it).

export const ARTICLE = {
  title: 'US Releases Videos Of Strikes That Killed Dozens Of Russians In Syria',
  published: '2018-02-15',
  publishedLabel: 'February 15, 2018',
  byline: null,
} as const;

/** Who the article says a statement comes from. */
export type Attribution =
  | 'the article'
  | 'the US military'
  | 'initial US reports'
  | 'further reports'
  | 'unnamed sources ("it is believed")'
  | 'unnamed sources ("were said to be")'
  | 'the Russian government'
  | "the article's own view";

/**
 * reported-fact: the article states it in its own voice.
 * attributed-claim: the article says someone claimed, believed or suggested it.
 * opinion: the article's own judgement.
 */
export type ItemKind = 'reported-fact' | 'attributed-claim' | 'opinion';

export interface SummaryItem {
  id: string;
  /** The point in plain words, hedges kept. */
  statement: string;
  /** A shorter wording for the popover's short form, hedges still kept. */
  brief?: string;
  attribution: Attribution;
  kind: ItemKind;
  /** The verbatim words of the article the statement rests on. */
  quotes: readonly string[];
  /** Part of the popover's short form (the popup shows every item). */
  short: boolean;
}

export const SUMMARY_ITEMS: readonly SummaryItem[] = [
  {
    id: 'attack',
    brief:
      'Pro-Syrian-government Russian mercenaries attacked an SDF headquarters where American advisers were stationed.',
    statement:
      'Pro-Syrian-government Russian mercenaries attacked an SDF headquarters where American advisers were stationed.',
    attribution: 'the article',
    kind: 'reported-fact',
    quotes: [
      'the pro-Syrian government Russian mercenaries that attacked an SDF headquarters where American advisors were stationed',
    ],
    short: true,
  },
  {
    id: 'when-where',
    brief: 'Two strikes between 7 and 8 February near Der Ezor (Deir ez-Zor), Syria, shown in US military video.',
    statement:
      'US military videos show two strikes between 7 and 8 February near Der Ezor (Deir ez-Zor), Syria; in one, a T-72 tank is destroyed seconds after firing at American and SDF positions.',
    attribution: 'the US military',
    kind: 'reported-fact',
    quotes: [
      'two strikes that took place between 7 February and 8 February near Der Ezor, Syria',
      'One of the clips shows a T-72 tank get destroyed by a precision US airstrike just seconds after it fires its main gun at American and Syrian Democratic Forces (SDF) positions',
    ],
    short: true,
  },
  {
    id: 'us-response',
    brief: 'Met with strikes by F-22s, MQ-9 Reaper drones, an AC-130 gunship and HIMARS rockets.',
    statement:
      'The attack was met with strikes by F-22 Raptors, MQ-9 Reaper drones, an AC-130 gunship and HIMARS precision-guided rockets.',
    attribution: 'the article',
    kind: 'reported-fact',
    quotes: [
      'The raid was brutally met with strikes by F-22 Raptors, MQ-9 Reaper drones, an AC-130 Gunship, and High Mobility Artillery Rocket System (HIMARS) precision guided rockets',
    ],
    short: true,
  },
  {
    id: 'self-defense',
    statement:
      'The US military said the strikes were purely in self-defence, and that forces retreating back across the river were not engaged.',
    attribution: 'the US military',
    kind: 'attributed-claim',
    quotes: [
      'The US military defended their strikes, saying they were conducted purely out of self defense, and that the hostile forces that retreated back across the river were not engaged',
    ],
    short: false,
  },
  {
    id: 'casualties-initial',
    brief: 'About 100 enemy personnel believed killed, at least some of them Russian advisers.',
    statement: 'About 100 enemy personnel were believed killed, at least some of them Russian advisers.',
    attribution: 'initial US reports',
    kind: 'attributed-claim',
    quotes: [
      'Initial reports from the US claimed that around 100 enemy personnel were believed to be killed and at least some of them were Russian advisors',
    ],
    short: true,
  },
  {
    id: 'casualties-later',
    brief: 'As many as 200 fighters killed, “dozens” of them Russians (if not all of them).',
    statement: 'As many as 200 fighters were killed, and “dozens” of them were Russians, if not all of them.',
    attribution: 'further reports',
    kind: 'attributed-claim',
    quotes: [
      'further reports suggest that as many as 200 fighters were killed, and “dozens” of them were Russians (if not all of them)',
    ],
    short: true,
  },
  {
    id: 'aim',
    statement:
      'The attack was believed to be aimed at capturing oil fields that the US-backed SDF had taken from the Islamic State.',
    attribution: 'unnamed sources ("it is believed")',
    kind: 'attributed-claim',
    quotes: [
      'It is believed that the unprovoked Russian-led attack was intended to capture oil fields that had previously been captured from the Islamic State by the US-backed SDF',
    ],
    short: false,
  },
  {
    id: 'wagner',
    statement:
      'The Russian fighters were said to belong to the Wagner private military company, which had recaptured Palmyra from ISIS for the Syrian government.',
    attribution: 'unnamed sources ("were said to be")',
    kind: 'attributed-claim',
    quotes: [
      'The Russian “mercenaries” were said to be of the notorious Wagner private military company that had notably recaptured Palmyra from ISIS on behalf of the Syrian government',
    ],
    short: false,
  },
  {
    id: 'russian-position',
    statement:
      'The Russian government said the operation was not known to it at the time and that the contractors were operating independently.',
    attribution: 'the Russian government',
    kind: 'attributed-claim',
    quotes: [
      'the Russian government claimed that the failed offensive operation was not known to them at the time, and that the PMCs were operating independently',
    ],
    short: false,
  },
  {
    id: 'opinion',
    brief: 'The Kremlin very likely knew; the orders more likely came “straight from the top.”',
    statement:
      'The article judges it very unlikely that the Kremlin did not know, and more likely that the orders came “straight from the top”; “they paid the price.”',
    attribution: "the article's own view",
    kind: 'opinion',
    quotes: [
      'it is very unlikely that such a large force of Russian troops would be off the radar of the Kremlin while conducting offensive operations against US forces',
      'it is more likely that their orders and approval came straight from the top',
      'They tested the American’s resolve in Syria, and they paid the price.',
    ],
    short: true,
  },
];

export const SHORT_SUMMARY_ITEMS: readonly SummaryItem[] = SUMMARY_ITEMS.filter((item) => item.short);
