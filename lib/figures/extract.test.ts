import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import type { ClaimPoint, PageClaim } from './types';

const of = (claims: PageClaim[], point: ClaimPoint) => claims.filter((c) => c.point === point);

/** Every claim's offsets must slice out its own text. */
function checkOffsets(passage: string, claims: PageClaim[]): void {
  for (const c of claims) expect(passage.slice(c.start, c.end)).toBe(c.text);
}

type Row = [lang: string, passage: string, text: string, value: object];

describe('killed', () => {
  const rows: Row[] = [
    [
      'en',
      'As many as 300 fighters were killed near Deir ez-Zor.',
      'As many as 300',
      { min: null, max: 300, hedge: 'up-to' },
    ],
    [
      'en',
      'Between 200 to 300 people died in the strikes.',
      'Between 200 to 300',
      { min: 200, max: 300, hedge: 'range' },
    ],
    [
      'en',
      'Reports said 200-300 pro-government fighters were killed.',
      '200-300',
      { min: 200, max: 300, hedge: 'range' },
    ],
    ['en', 'between 200 and 300 fighters were killed', 'between 200 and 300', { min: 200, max: 300, hedge: 'range' }],
    ['en', 'The strikes killed up to 200 attackers.', 'up to 200', { min: null, max: 200, hedge: 'up-to' }],
    ['en', 'More than 100 pro-regime fighters died.', 'More than 100', { min: 100, max: null, hedge: 'more-than' }],
    [
      'en',
      'About 100 enemy personnel were believed to be killed.',
      'About 100',
      { min: 100, max: 100, hedge: 'about' },
    ],
    ['en', 'The death toll was around 100.', 'around 100', { min: 100, max: 100, hedge: 'about' }],
    ['en', 'Roughly 150 attackers were left dead.', 'Roughly 150', { min: 150, max: 150, hedge: 'about' }],
    ['en', 'At least 100 were killed.', 'At least 100', { min: 100, max: null, hedge: 'at-least' }],
    ['en', 'Dozens of fighters were killed.', 'Dozens', { min: 24, max: 99, hedge: 'vague', vague: 'dozens' }],
    ['en', 'US strikes killed scores of attackers.', 'scores', { min: 40, max: 199, hedge: 'vague', vague: 'scores' }],
    [
      'en',
      'Hundreds of pro-government fighters were killed.',
      'Hundreds',
      { min: 200, max: 999, hedge: 'vague', vague: 'hundreds' },
    ],
    ['en', 'A hundred attackers died.', 'A hundred', { min: 100, max: 100, hedge: 'exact' }],
    ['en', 'Some three hundred men were killed.', 'Some three hundred', { min: 300, max: 300, hedge: 'about' }],
    ['en', 'The attack left 215 dead.', '215', { min: 215, max: 215, hedge: 'exact' }],
    ['ru', 'Около 200 человек погибли под Дейр-эз-Зором.', 'Около 200', { min: 200, max: 200, hedge: 'about' }],
    ['ru', 'Погибли до 300 бойцов.', 'до 300', { min: null, max: 300, hedge: 'up-to' }],
    ['ru', 'Десятки бойцов были убиты.', 'Десятки', { hedge: 'vague', vague: 'dozens' }],
    ['ru', 'Сотни погибших, сообщают источники.', 'Сотни', { hedge: 'vague', vague: 'hundreds' }],
    ['ru', 'Более 100 человек убиты.', 'Более 100', { min: 100, max: null, hedge: 'more-than' }],
    ['ru', 'Более 100 человек погибли.', 'Более 100', { min: 100, max: null, hedge: 'more-than' }],
    ['uk', 'Близько 200 бойців загинули.', 'Близько 200', { min: 200, max: 200, hedge: 'about' }],
    ['uk', 'Повідомляють про десятки загиблих.', 'десятки', { hedge: 'vague', vague: 'dozens' }],
    ['ar', 'عشرات القتلى في غارات أمريكية.', 'عشرات', { hedge: 'vague', vague: 'dozens' }],
    ['ar', 'قتل نحو 100 مقاتل.', 'نحو 100', { min: 100, max: 100, hedge: 'about' }],
    ['ar', 'ما يصل إلى 300 قتيل في دير الزور.', 'ما يصل إلى 300', { min: null, max: 300, hedge: 'up-to' }],
    ['ar', 'أنباء عن مقتل 200 مقاتل.', '200', { min: 200, max: 200, hedge: 'exact' }],
    ['ar', 'أنباء عن مقتل ٢٠٠ مقاتل.', '٢٠٠', { min: 200, max: 200, hedge: 'exact' }],
    ['de', 'Bis zu 300 Kämpfer wurden getötet.', 'Bis zu 300', { min: null, max: 300, hedge: 'up-to' }],
    ['de', 'Rund 100 Tote bei US-Angriffen.', 'Rund 100', { min: 100, max: 100, hedge: 'about' }],
    ['de', 'Dutzende Tote in Syrien.', 'Dutzende', { hedge: 'vague', vague: 'dozens' }],
    ['fr', "Jusqu'à 300 combattants ont été tués.", "Jusqu'à 300", { min: null, max: 300, hedge: 'up-to' }],
    ['fr', 'Environ 100 morts selon Washington.', 'Environ 100', { min: 100, max: 100, hedge: 'about' }],
    ['fr', 'Des dizaines de morts dans les frappes.', 'Des dizaines', { hedge: 'vague', vague: 'dozens' }],
    ['es', 'Hasta 300 muertos en el ataque.', 'Hasta 300', { min: null, max: 300, hedge: 'up-to' }],
    ['es', 'Unos 100 combatientes muertos.', 'Unos 100', { min: 100, max: 100, hedge: 'about' }],
    ['es', 'Decenas de muertos en Siria.', 'Decenas', { hedge: 'vague', vague: 'dozens' }],
    ['tr', "Saldırıda 300'e kadar kişi öldü.", "300'e kadar", { min: null, max: 300, hedge: 'up-to' }],
    ['tr', 'Yaklaşık 100 savaşçı hayatını kaybetti.', 'Yaklaşık 100', { min: 100, max: 100, hedge: 'about' }],
    ['tr', 'Onlarca ölü var.', 'Onlarca', { hedge: 'vague', vague: 'dozens' }],
  ];
  it.each(rows)('%s: %s', (_lang, passage, text, value) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    const killed = of(claims, 'killed');
    expect(killed).toHaveLength(1);
    expect(killed[0]?.text).toBe(text);
    expect(killed[0]?.value).toMatchObject(value);
  });

  it('flags casualties as possibly including the wounded', () => {
    const claims = of(extractClaims('Pro-government forces suffered about 100 casualties.'), 'killed');
    expect(claims[0]?.value).toMatchObject({ min: 100, hedge: 'about', includesWounded: true });
    const both = of(extractClaims('Some 300 were killed or wounded.'), 'killed');
    expect(both[0]?.value).toMatchObject({ min: 300, includesWounded: true });
  });

  it('does not count the wounded as killed', () => {
    const claims = of(extractClaims('100 killed and 300 wounded.'), 'killed');
    expect(claims.map((c) => c.text)).toEqual(['100']);
    expect(claims[0]?.value).not.toHaveProperty('includesWounded');
  });

  it('looks past an inner count after "including"', () => {
    const claims = extractClaims('More than 100 people, including dozens of Russians, were killed.');
    expect(of(claims, 'killed').map((c) => c.text)).toEqual(['More than 100']);
    expect(of(claims, 'russians-killed').map((c) => c.text)).toEqual(['dozens']);
  });
});

describe('counts that are not death tolls', () => {
  const negatives: [string, string][] = [
    ['years', 'Many were killed in 2018, during the 2017 offensive aftermath.'],
    ['a year after a death word', 'The fighters killed in February 2018 were mourned.'],
    ['unit size', 'A force of 500 fighters advanced on the base.'],
    ['troops with no death word', '300 troops advanced toward the SDF headquarters.'],
    [
      'unit size before a separate death sentence',
      'A force of 500 fighters attacked; the toll is unclear. Several people died.',
    ],
    ['page counts', 'The 40-page report on page 12 describes how fighters were killed.'],
    ['prices', 'Fighters were paid $100 a day; many were killed.'],
    ['durations', 'The fighting lasted four hours and many were killed.'],
    ['times', 'The attack began at 10 p.m. and many were killed.'],
    ['tanks', 'Strikes destroyed 27 tanks, and killed many.'],
    ['distances', 'The dead lay 8 km east of the river.'],
    ['dates', 'Fighters were killed on February 7 and 8 February.'],
    ['Russian dates', 'Бойцы погибли 7 февраля.'],
    ['aircraft designations', 'An F-22 and an AC-130 killed attackers; a T-72 was hit.'],
    ['wounded only', 'About 300 were wounded.'],
    ['ages', 'He was killed at age 45.'],
  ];
  it.each(negatives)('%s', (_name, passage) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    expect(of(claims, 'killed')).toEqual([]);
    expect(of(claims, 'russians-killed')).toEqual([]);
  });
});

describe('russians-killed', () => {
  const rows: Row[] = [
    [
      'en',
      'As many as 300 Russians were killed in the battle near Deir ez-Zor.',
      'As many as 300',
      { min: null, max: 300, hedge: 'up-to' },
    ],
    ['en', 'US strikes killed dozens of Russian contractors.', 'dozens', { hedge: 'vague', vague: 'dozens' }],
    [
      'en',
      'Reports say Russian mercenaries were killed.',
      'Russian mercenaries were killed',
      { min: 1, max: null, hedge: 'vague' },
    ],
    ['ru', 'Погибли около 200 россиян.', 'около 200', { min: 200, hedge: 'about' }],
    ['ru', 'Десятки русских наемников были убиты.', 'Десятки', { vague: 'dozens' }],
    ['uk', 'Загинули близько 200 росіян.', 'близько 200', { min: 200, hedge: 'about' }],
    ['ar', 'مقتل 200 روسي في دير الزور.', '200', { min: 200, hedge: 'exact' }],
    ['ar', 'مقتل عشرات الروس.', 'عشرات', { vague: 'dozens' }],
    ['de', 'Bis zu 300 Russen wurden getötet.', 'Bis zu 300', { max: 300, hedge: 'up-to' }],
    ['fr', "Jusqu'à 300 Russes tués.", "Jusqu'à 300", { max: 300, hedge: 'up-to' }],
    ['es', 'Hasta 300 rusos muertos.', 'Hasta 300', { max: 300, hedge: 'up-to' }],
    ['tr', "300'e kadar Rus paralı asker öldü.", "300'e kadar", { max: 300, hedge: 'up-to' }],
  ];
  it.each(rows)('%s: %s', (_lang, passage, text, value) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    const russians = of(claims, 'russians-killed');
    expect(russians).toHaveLength(1);
    expect(russians[0]?.text).toBe(text);
    expect(russians[0]?.value).toMatchObject(value);
  });

  it('does not also read a total killed into "300 Russians were killed"', () => {
    // The page gives no total; inferring "at least 300 killed" would compare a
    // figure the page never stated (see counts.ts).
    expect(of(extractClaims('As many as 300 Russians were killed.'), 'killed')).toEqual([]);
  });

  it('does not take "Russian-backed" or "many of them Russian" for a Russian count', () => {
    expect(of(extractClaims('About 100 Russian-backed fighters were killed.'), 'killed')).toHaveLength(1);
    expect(of(extractClaims('About 100 fighters, many of them Russian, were killed.'), 'russians-killed')).toEqual([]);
  });
});

describe('date', () => {
  const rows: [string, string, string, object][] = [
    ['en', 'The battle began on February 7, 2018.', 'February 7, 2018', { month: 2, days: [7], year: 2018 }],
    ['en', 'Fighting raged on 7–8 February.', '7–8 February', { month: 2, days: [7, 8] }],
    ['en', 'The strikes on Feb. 7-8 were heavy.', 'Feb. 7-8', { month: 2, days: [7, 8] }],
    ['en', 'between 7 February and 8 February near Der Ezor', '7 February and 8 February', { days: [7, 8] }],
    ['ru', 'Бой произошел 7 февраля 2018 года.', '7 февраля 2018 года', { days: [7], year: 2018 }],
    ['ru', 'В ночь с 7 на 8 февраля.', '7 на 8 февраля', { days: [7, 8] }],
    ['uk', 'Бій стався 7 лютого 2018 року.', '7 лютого 2018 року', { days: [7], year: 2018 }],
    ['ar', 'وقع الهجوم في 7 شباط 2018.', '7 شباط 2018', { days: [7], year: 2018 }],
    ['ar', 'في ٧ و٨ فبراير', '٧ و٨ فبراير', { days: [7, 8] }],
    ['de', 'Der Angriff am 7. Februar 2018.', '7. Februar 2018', { days: [7], year: 2018 }],
    ['fr', 'Les frappes du 7 février.', '7 février', { days: [7] }],
    ['es', 'El ataque del 7 de febrero de 2018.', '7 de febrero de 2018', { days: [7], year: 2018 }],
    ['tr', '7-8 Şubat 2018 tarihinde.', '7-8 Şubat 2018', { days: [7, 8], year: 2018 }],
  ];
  it.each(rows)('%s: %s', (_lang, passage, text, value) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    const dates = of(claims, 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0]?.text).toBe(text);
    expect(dates[0]?.value).toMatchObject(value);
  });

  it('ignores the date a page was published or updated', () => {
    expect(of(extractClaims('First published on February 15, 2018.'), 'date')).toEqual([]);
    expect(of(extractClaims('Опубликовано 15 февраля 2018 года.'), 'date')).toEqual([]);
  });

  it('ignores other months and bare years', () => {
    expect(of(extractClaims('On March 7, 2018 and in 2018 generally.'), 'date')).toEqual([]);
  });
});

describe('weapons', () => {
  const rows: [string, string, string[]][] = [
    [
      'en',
      'F-22 Raptors, F-15E Strike Eagles, MQ-9 Reaper drones, an AC-130 gunship, AH-64 Apaches, B-52 bombers and HIMARS struck.',
      ['f-22', 'f-15e', 'mq-9', 'ac-130', 'ah-64', 'b-52', 'himars'],
    ],
    [
      'en',
      'High Mobility Artillery Rocket System (HIMARS) rockets, artillery, drones and airstrikes.',
      ['himars', 'artillery', 'drones', 'airstrike'],
    ],
    ['ru', 'Удары нанесли F-22, беспилотники MQ-9 и артиллерия.', ['f-22', 'drones', 'mq-9', 'artillery']],
    ['uk', 'Безпілотники та артилерія.', ['drones', 'artillery']],
    ['ar', 'طائرات مسيرة ومدفعية وغارات جوية', ['drones', 'artillery', 'airstrike']],
    ['de', 'Drohnen, Artillerie und Luftangriffe.', ['drones', 'artillery', 'airstrike']],
    ['fr', 'Des drones, de l’artillerie et des frappes aériennes.', ['drones', 'artillery', 'airstrike']],
    ['es', 'Drones, artillería y ataques aéreos.', ['drones', 'artillery', 'airstrike']],
    ['tr', 'İHA, topçu ve hava saldırıları.', ['drones', 'artillery', 'airstrike']],
  ];
  it.each(rows)('%s: %s', (_lang, passage, ids) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    expect(of(claims, 'weapons').map((c) => (c.point === 'weapons' ? c.value.weapon : null))).toEqual(ids);
  });
});

describe('aim', () => {
  const rows: [string, string, string, string][] = [
    ['en', 'The attack was intended to capture oil fields held by the SDF.', 'oil fields', 'oil-fields'],
    ['en', 'They aimed to seize the Conoco gas plant.', 'Conoco gas plant', 'conoco-plant'],
    ['en', 'The goal was to take over a gas field.', 'gas field', 'gas-field'],
    ['ru', 'Целью был захват нефтяных месторождений.', 'нефтяных месторождений', 'oil-fields'],
    ['uk', 'Метою було захоплення нафтових родовищ.', 'нафтових родовищ', 'oil-fields'],
    ['ar', 'بهدف السيطرة على حقول النفط.', 'حقول النفط', 'oil-fields'],
    ['de', 'Ziel war es, Ölfelder zu erobern.', 'Ölfelder', 'oil-fields'],
    ['fr', "L'objectif était de s'emparer des champs pétroliers.", 'champs pétroliers', 'oil-fields'],
    ['es', 'El objetivo era tomar los campos petrolíferos.', 'campos petrolíferos', 'oil-fields'],
    ['tr', 'Amaç petrol sahalarını ele geçirmekti.', 'petrol sahalarını', 'oil-fields'],
  ];
  it.each(rows)('%s: %s', (_lang, passage, text, target) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    const aims = of(claims, 'aim');
    expect(aims).toHaveLength(1);
    expect(aims[0]?.text).toBe(text);
    expect(aims[0]?.value).toEqual({ target });
  });

  it('does not take a place name for an aim', () => {
    expect(of(extractClaims('Fighting broke out near the Conoco gas field.'), 'aim')).toEqual([]);
    const claims = of(extractClaims('They tried to capture oil fields near the Conoco gas field.'), 'aim');
    expect(claims.map((c) => c.text)).toEqual(['oil fields']);
  });
});

describe('russian-position', () => {
  const rows: [string, string, string, object][] = [
    ['en', 'Moscow denied any involvement.', 'Moscow denied', { stance: 'denied' }],
    [
      'en',
      'The Russian government said the operation was not known to them.',
      'Russian government said the operation was not known to',
      { stance: 'did-not-know' },
    ],
    [
      'en',
      'The Kremlin said those killed were not Russian servicemen.',
      'The Kremlin said those killed were not Russian servicemen',
      { stance: 'not-servicemen' },
    ],
    [
      'en',
      "Russia's foreign ministry said 5 Russian citizens may have died.",
      "Russia's foreign ministry said 5 Russian citizens may have died",
      { stance: 'citizens-may-have-died', citizens: 5 },
    ],
    [
      'en',
      'The Russian defence ministry said the militia was conducting reconnaissance.',
      'Russian defence ministry said the militia was conducting reconnaissance',
      { stance: 'reconnaissance' },
    ],
    ['en', 'The Kremlin declined to comment.', 'The Kremlin declined to comment', { stance: 'no-comment' }],
    [
      'en',
      'Moscow said the contractors were operating independently.',
      'Moscow said the contractors were operating independently',
      { stance: 'operating-independently' },
    ],
    [
      'ru',
      'В Кремле отказались комментировать сообщения.',
      'Кремле отказались комментировать',
      { stance: 'no-comment' },
    ],
    [
      'ru',
      'Песков заявил, что в Кремле нет информации о погибших.',
      'Кремле нет информации',
      { stance: 'did-not-know' },
    ],
    [
      'ru',
      'Минобороны заявило, что российских военнослужащих там не было.',
      'Минобороны заявило, что российских военнослужащих там не было',
      { stance: 'not-servicemen' },
    ],
    [
      'ru',
      'Захарова сообщила, что пять граждан России могли погибнуть.',
      'Захарова сообщила, что пять граждан России могли погибнуть',
      { stance: 'citizens-may-have-died', citizens: 5 },
    ],
    [
      'ru',
      'В Минобороны заявили, что ополченцы проводили разведывательно-поисковые мероприятия.',
      'Минобороны заявили, что ополченцы проводили разведывательно-поисковые',
      { stance: 'reconnaissance' },
    ],
    ['uk', 'У Кремлі відмовилися коментувати.', 'Кремлі відмовилися коментувати', { stance: 'no-comment' }],
  ];
  it.each(rows)('%s: %s', (_lang, passage, text, value) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    const positions = of(claims, 'russian-position');
    expect(positions).toHaveLength(1);
    expect(positions[0]?.text).toBe(text);
    expect(positions[0]?.value).toEqual(value);
  });

  it('needs a Russian official actor in the sentence', () => {
    expect(of(extractClaims('The Pentagon declined to comment.'), 'russian-position')).toEqual([]);
  });
});

describe('a whole passage', () => {
  it('finds every point with exact offsets', () => {
    const passage =
      'On Feb. 7-8, 2018, pro-government forces, among them Wagner contractors, tried to seize the Conoco gas plant. ' +
      'US F-22s, AH-64 Apaches and artillery struck back; as many as 300 were killed, dozens of them Russians. ' +
      'The Kremlin said they were not Russian servicemen.';
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    expect(claims.map((c) => c.point)).toEqual([
      'date',
      'aim',
      'weapons',
      'weapons',
      'weapons',
      'killed',
      'russians-killed',
      'russian-position',
    ]);
    const sorted = [...claims].sort((a, b) => a.start - b.start);
    expect(claims).toEqual(sorted);
  });

  it('returns nothing for a passage with no claims', () => {
    expect(extractClaims('')).toEqual([]);
    expect(extractClaims('The weather in Deir ez-Zor was mild.')).toEqual([]);
  });
});

describe('linear time', () => {
  // Asserts only that these return; a catastrophic regex would hang the run.
  const adversarial = [
    '1'.repeat(100_000),
    'as many as '.repeat(20_000),
    '1,'.repeat(50_000),
    '1 '.repeat(100_000),
    ' '.repeat(200_000),
    'killed '.repeat(30_000),
    '7 February and '.repeat(13_000),
    'Russia denied '.repeat(15_000),
    'الروس قتلى '.repeat(18_000),
    'oil fields capture '.repeat(10_000),
    'F-22 MQ-9 '.repeat(20_000),
    '٢'.repeat(100_000),
  ];
  it.each(adversarial.map((s) => [s.slice(0, 16), s]))('returns on %j…', (_head, passage) => {
    const claims = extractClaims(passage);
    expect(Array.isArray(claims)).toBe(true);
  });
});
