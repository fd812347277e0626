import { describe, expect, it } from 'vitest';
import { compareWithArticle } from './compare';
import { extractClaims } from './extract';
import type { PageClaim, RussianStance } from './types';

const positions = (passage: string): Extract<PageClaim, { point: 'russian-position' }>[] =>
  extractClaims(passage).filter((c) => c.point === 'russian-position');

/** Every claim's offsets must slice out its own text. */
function checkOffsets(passage: string, claims: PageClaim[]): void {
  for (const c of claims) expect(passage.slice(c.start, c.end)).toBe(c.text);
}

// [lang, stance, passage, claim text, value extras, the same words with no Russian official actor]
type Row = [
  lang: string,
  stance: RussianStance,
  passage: string,
  text: string,
  citizens: number | null,
  negative: string,
];

const rows: Row[] = [
  // German
  [
    'de',
    'denied',
    'Der Kreml bestritt jede Beteiligung.',
    'Der Kreml bestritt',
    null,
    'Die Firma bestritt jede Beteiligung.',
  ],
  [
    'de',
    'denied',
    'Moskau dementierte die Berichte.',
    'Moskau dementierte',
    null,
    'Washington dementierte die Berichte.',
  ],
  [
    'de',
    'did-not-know',
    'Moskau erklärte, es habe nichts davon gewusst.',
    'Moskau erklärte, es habe nichts davon gewusst',
    null,
    'Die Firma erklärte, sie habe nichts davon gewusst.',
  ],
  [
    'de',
    'did-not-know',
    'Kremlsprecher Peskow sagte, davon sei ihm nichts bekannt.',
    'Peskow sagte, davon sei ihm nichts bekannt',
    null,
    'Ein Sprecher sagte, davon sei ihm nichts bekannt.',
  ],
  [
    'de',
    'not-servicemen',
    'Das russische Verteidigungsministerium erklärte, es habe sich um keine russischen Soldaten gehandelt.',
    'russische Verteidigungsministerium erklärte, es habe sich um keine russischen Soldaten',
    null,
    'Die Söldnerfirma erklärte, es habe sich um keine russischen Soldaten gehandelt.',
  ],
  [
    'de',
    'citizens-may-have-died',
    'Das Außenministerium in Moskau teilte mit, fünf russische Staatsbürger könnten getötet worden sein.',
    'Moskau teilte mit, fünf russische Staatsbürger könnten getötet',
    5,
    'Eine Menschenrechtsgruppe teilte mit, fünf russische Staatsbürger könnten getötet worden sein.',
  ],
  [
    'de',
    'citizens-may-have-died',
    'Sacharowa sagte, 5 russischen Staatsbürgern seien möglicherweise ums Leben gekommen.',
    'Sacharowa sagte, 5 russischen Staatsbürgern seien möglicherweise ums Leben gekommen',
    5,
    'Reporter sagten, 5 russischen Staatsbürgern seien möglicherweise ums Leben gekommen.',
  ],
  [
    'de',
    'reconnaissance',
    'Laut dem russischen Verteidigungsministerium handelte es sich um einen Aufklärungseinsatz.',
    'russischen Verteidigungsministerium handelte es sich um einen Aufklärungseinsatz',
    null,
    'Laut der Miliz handelte es sich um einen Aufklärungseinsatz.',
  ],
  [
    'de',
    'no-comment',
    'Der Kreml wollte sich nicht äußern.',
    'Der Kreml wollte sich nicht äußern',
    null,
    'Das Pentagon wollte sich nicht äußern.',
  ],
  [
    'de',
    'no-comment',
    'Die russische Regierung lehnte einen Kommentar ab.',
    'russische Regierung lehnte einen Kommentar',
    null,
    'Die syrische Regierung lehnte einen Kommentar ab.',
  ],
  [
    'de',
    'operating-independently',
    'Moskau zufolge handelten die Söldner auf eigene Faust.',
    'Moskau zufolge handelten die Söldner auf eigene Faust',
    null,
    'Die Söldner handelten auf eigene Faust.',
  ],
  // French
  [
    'fr',
    'denied',
    'Le Kremlin a démenti ces informations.',
    'Le Kremlin a démenti',
    null,
    'Le ministère français a démenti ces informations.',
  ],
  ['fr', 'denied', 'Moscou nie toute implication.', 'Moscou nie', null, 'Washington nie toute implication.'],
  [
    'fr',
    'did-not-know',
    "Moscou a affirmé ne pas avoir été informé de l'opération.",
    'Moscou a affirmé ne pas avoir été informé',
    null,
    "Le Pentagone a affirmé ne pas avoir été informé de l'opération.",
  ],
  [
    'fr',
    'did-not-know',
    "Selon Peskov, le Kremlin n'était pas au courant.",
    "le Kremlin n'était pas au courant",
    null,
    "Selon l'entreprise, la direction n'était pas au courant.",
  ],
  [
    'fr',
    'not-servicemen',
    'Le ministère russe de la Défense a assuré que les victimes ne sont pas des militaires russes.',
    'ministère russe de la Défense a assuré que les victimes ne sont pas des militaires russes',
    null,
    'Des proches ont assuré que les victimes ne sont pas des militaires russes.',
  ],
  [
    'fr',
    'citizens-may-have-died',
    'Selon Zakharova, cinq citoyens russes pourraient avoir été tués.',
    'Zakharova, cinq citoyens russes pourraient avoir été tués',
    5,
    'Selon une ONG, cinq citoyens russes pourraient avoir été tués.',
  ],
  [
    'fr',
    'citizens-may-have-died',
    'La diplomatie russe a indiqué que quatre ressortissants russes auraient pu périr.',
    'diplomatie russe a indiqué que quatre ressortissants russes auraient pu périr',
    4,
    'Un journaliste a indiqué que quatre ressortissants russes auraient pu périr.',
  ],
  [
    'fr',
    'reconnaissance',
    'Le ministère russe a parlé d’une opération de reconnaissance.',
    'ministère russe a parlé d’une opération de reconnaissance',
    null,
    'La milice a parlé d’une opération de reconnaissance.',
  ],
  [
    'fr',
    'no-comment',
    "Le Kremlin s'est refusé à tout commentaire.",
    "Le Kremlin s'est refusé à tout commentaire",
    null,
    "L'état-major américain s'est refusé à tout commentaire.",
  ],
  [
    'fr',
    'no-comment',
    "Les autorités russes n'ont pas souhaité commenter.",
    "autorités russes n'ont pas souhaité commenter",
    null,
    "Les autorités syriennes n'ont pas souhaité commenter.",
  ],
  [
    'fr',
    'operating-independently',
    'Pour Moscou, ces hommes ont agi de leur propre initiative.',
    'Moscou, ces hommes ont agi de leur propre initiative',
    null,
    'Selon leurs familles, ces hommes ont agi de leur propre initiative.',
  ],
  // Spanish
  [
    'es',
    'denied',
    'El Kremlin negó cualquier implicación.',
    'El Kremlin negó',
    null,
    'La empresa negó cualquier implicación.',
  ],
  ['es', 'denied', 'Moscú desmintió la información.', 'Moscú desmintió', null, 'Washington desmintió la información.'],
  [
    'es',
    'did-not-know',
    'Moscú dijo no tener conocimiento de la operación.',
    'Moscú dijo no tener conocimiento',
    null,
    'La empresa dijo no tener conocimiento de la operación.',
  ],
  [
    'es',
    'did-not-know',
    'Peskov afirmó que el Kremlin no estaba al tanto.',
    'el Kremlin no estaba al tanto',
    null,
    'El portavoz afirmó que la empresa no estaba al tanto.',
  ],
  [
    'es',
    'not-servicemen',
    'El Ministerio de Defensa ruso aseguró que los fallecidos no eran militares rusos.',
    'Ministerio de Defensa ruso aseguró que los fallecidos no eran militares rusos',
    null,
    'Sus familias aseguraron que los fallecidos no eran militares rusos.',
  ],
  [
    'es',
    'citizens-may-have-died',
    'Según la cancillería rusa, cinco ciudadanos rusos podrían haber muerto.',
    'cancillería rusa, cinco ciudadanos rusos podrían haber muerto',
    5,
    'Según la prensa, cinco ciudadanos rusos podrían haber muerto.',
  ],
  [
    'es',
    'citizens-may-have-died',
    'Zajárova dijo que 5 ciudadanos rusos habrían fallecido.',
    'Zajárova dijo que 5 ciudadanos rusos habrían fallecido',
    5,
    'Un testigo dijo que 5 ciudadanos rusos habrían fallecido.',
  ],
  [
    'es',
    'reconnaissance',
    'Según el Gobierno ruso, se trataba de una operación de reconocimiento.',
    'Gobierno ruso, se trataba de una operación de reconocimiento',
    null,
    'Según la milicia, se trataba de una operación de reconocimiento.',
  ],
  [
    'es',
    'no-comment',
    'El Kremlin declinó hacer comentarios.',
    'El Kremlin declinó hacer comentarios',
    null,
    'El Pentágono declinó hacer comentarios.',
  ],
  [
    'es',
    'no-comment',
    'Las autoridades rusas se negaron a comentar.',
    'autoridades rusas se negaron a comentar',
    null,
    'Las autoridades sirias se negaron a comentar.',
  ],
  [
    'es',
    'operating-independently',
    'Moscú sostiene que los contratistas actuaron por su cuenta.',
    'Moscú sostiene que los contratistas actuaron por su cuenta',
    null,
    'Sus familias sostienen que los contratistas actuaron por su cuenta.',
  ],
  // Turkish
  ['tr', 'denied', 'Kremlin iddiaları yalanladı.', 'Kremlin iddiaları yalanladı', null, 'Şirket iddiaları yalanladı.'],
  [
    'tr',
    'denied',
    "Moskova'nın açıklaması haberleri reddetti.",
    "Moskova'nın açıklaması haberleri reddetti",
    null,
    'Pentagon haberleri reddetti.',
  ],
  [
    'tr',
    'did-not-know',
    'Moskova operasyondan haberdar olmadığını söyledi.',
    'Moskova operasyondan haberdar olmadığını',
    null,
    'Şirket operasyondan haberdar olmadığını söyledi.',
  ],
  [
    'tr',
    'did-not-know',
    "Peskov, Kremlin'in bilgisi olmadığını belirtti.",
    "Kremlin'in bilgisi olmadığını",
    null,
    'Sözcü, şirketin bilgisi olmadığını belirtti.',
  ],
  [
    'tr',
    'not-servicemen',
    'Rusya Savunma Bakanlığı, ölenlerin Rus askeri değildi dedi.',
    'Rusya Savunma Bakanlığı, ölenlerin Rus askeri değildi',
    null,
    'Aileler, ölenlerin Rus askeri değildi dedi.',
  ],
  [
    'tr',
    'citizens-may-have-died',
    'Zaharova, beş Rus vatandaşı ölmüş olabilir dedi.',
    'Zaharova, beş Rus vatandaşı ölmüş olabilir',
    5,
    'Gazeteciler, beş Rus vatandaşı ölmüş olabilir dedi.',
  ],
  [
    'tr',
    'citizens-may-have-died',
    "Rus Dışişleri Bakanlığı'na göre 5 Rus vatandaşı hayatını kaybetmiş olabilir.",
    "Rus Dışişleri Bakanlığı'na göre 5 Rus vatandaşı hayatını kaybetmiş olabilir",
    5,
    'Aktivistlere göre 5 Rus vatandaşı hayatını kaybetmiş olabilir.',
  ],
  [
    'tr',
    'reconnaissance',
    'Rus hükümeti bunun bir keşif operasyonu olduğunu açıkladı.',
    'Rus hükümeti bunun bir keşif operasyonu',
    null,
    'Milis bunun bir keşif operasyonu olduğunu açıkladı.',
  ],
  [
    'tr',
    'no-comment',
    'Kremlin yorum yapmayı reddetti.',
    'Kremlin yorum yapmayı reddetti',
    null,
    'Pentagon yorum yapmayı reddetti.',
  ],
  [
    'tr',
    'no-comment',
    'Rus yetkililer konuyla ilgili yorumda bulunmadı.',
    'Rus yetkililer konuyla ilgili yorumda bulunmadı',
    null,
    'Suriyeli yetkililer konuyla ilgili yorumda bulunmadı.',
  ],
  [
    'tr',
    'operating-independently',
    'Moskova, paralı askerlerin kendi başlarına hareket ettiğini söyledi.',
    'Moskova, paralı askerlerin kendi başlarına',
    null,
    'Aileleri, paralı askerlerin kendi başlarına hareket ettiğini söyledi.',
  ],
  // Arabic
  ['ar', 'denied', 'نفى الكرملين أي تورط.', 'نفى الكرملين', null, 'نفت الشركة أي تورط.'],
  ['ar', 'denied', 'وأنكرت موسكو هذه التقارير.', 'أنكرت موسكو', null, 'وأنكرت واشنطن هذه التقارير.'],
  [
    'ar',
    'did-not-know',
    'قالت موسكو إنها لم تكن على علم بالعملية.',
    'موسكو إنها لم تكن على علم',
    null,
    'قالت الشركة إنها لم تكن على علم بالعملية.',
  ],
  [
    'ar',
    'did-not-know',
    'وقال بيسكوف إن الكرملين ليس لديه معلومات.',
    'الكرملين ليس لديه معلومات',
    null,
    'وقال المتحدث إن البنتاغون ليس لديه معلومات.',
  ],
  [
    'ar',
    'not-servicemen',
    'أكدت وزارة الدفاع الروسية أن القتلى ليسوا عسكريين روس.',
    'وزارة الدفاع الروسية أن القتلى ليسوا عسكريين روس',
    null,
    'أكدت عائلاتهم أن القتلى ليسوا عسكريين روس.',
  ],
  [
    'ar',
    'citizens-may-have-died',
    'قالت زاخاروفا إنه قد يكون خمسة مواطنين روس قتلوا.',
    'زاخاروفا إنه قد يكون خمسة مواطنين روس قتلوا',
    5,
    'قال ناشطون إنه قد يكون خمسة مواطنين روس قتلوا.',
  ],
  [
    'ar',
    'citizens-may-have-died',
    'وبحسب الخارجية الروسية فإن ٥ مواطنين روس ربما لقوا حتفهم.',
    'الخارجية الروسية فإن ٥ مواطنين روس ربما لقوا حتفهم',
    5,
    'وبحسب ناشطين فإن ٥ مواطنين روس ربما لقوا حتفهم.',
  ],
  [
    'ar',
    'reconnaissance',
    'وقالت الحكومة الروسية إن المقاتلين كانوا في عملية استطلاع.',
    'الحكومة الروسية إن المقاتلين كانوا في عملية استطلاع',
    null,
    'وقالت الميليشيا إن المقاتلين كانوا في عملية استطلاع.',
  ],
  ['ar', 'no-comment', 'رفض الكرملين التعليق.', 'رفض الكرملين', null, 'رفض البنتاغون التعليق.'],
  ['ar', 'no-comment', 'وامتنعت موسكو عن التعليق.', 'امتنعت موسكو', null, 'وامتنعت واشنطن عن التعليق.'],
  [
    'ar',
    'operating-independently',
    'وقالت موسكو إن المتعاقدين تصرفوا بشكل مستقل.',
    'موسكو إن المتعاقدين تصرفوا بشكل مستقل',
    null,
    'وقالت عائلاتهم إن المتعاقدين تصرفوا بشكل مستقل.',
  ],
  // Ukrainian
  ['uk', 'denied', 'Кремль заперечив причетність.', 'Кремль заперечив', null, 'Компанія заперечила причетність.'],
  [
    'uk',
    'did-not-know',
    'Москва заявила, що не знала про операцію.',
    'Москва заявила, що не знала',
    null,
    'Компанія заявила, що не знала про операцію.',
  ],
  [
    'uk',
    'did-not-know',
    'У МЗС Росії кажуть, що не мають інформації.',
    'МЗС Росії кажуть, що не мають інформації',
    null,
    'У компанії кажуть, що не мають інформації.',
  ],
  [
    'uk',
    'not-servicemen',
    'Міноборони Росії заявило, що загиблі не були російськими військовими.',
    'Міноборони Росії заявило, що загиблі не були російськими військовими',
    null,
    'Родичі заявили, що загиблі не були російськими військовими.',
  ],
  [
    'uk',
    'citizens-may-have-died',
    'Захарова повідомила, що п’ятеро громадян Росії могли загинути.',
    'Захарова повідомила, що п’ятеро громадян Росії могли загинути',
    5,
    'Журналісти повідомили, що п’ятеро громадян Росії могли загинути.',
  ],
  [
    'uk',
    'reconnaissance',
    'Російська влада назвала це розвідувальною операцією.',
    'Російська влада назвала це розвідувальною',
    null,
    'Бойовики назвали це розвідувальною операцією.',
  ],
  [
    'uk',
    'no-comment',
    'Пєсков відмовився коментувати.',
    'Пєсков відмовився коментувати',
    null,
    'Пентагон відмовився коментувати.',
  ],
  [
    'uk',
    'operating-independently',
    'У Москві стверджують, що найманці діяли самостійно.',
    'Москві стверджують, що найманці діяли самостійно',
    null,
    'Родичі стверджують, що найманці діяли самостійно.',
  ],
];

describe('russian-position in de, fr, es, tr, ar, uk', () => {
  it.each(rows)('%s %s: %s', (_lang, stance, passage, text, citizens) => {
    const claims = extractClaims(passage);
    checkOffsets(passage, claims);
    const found = positions(passage);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(text);
    expect(found[0]?.value).toEqual(citizens === null ? { stance } : { stance, citizens });
  });

  it('covers every stance in every new language', () => {
    const stances: RussianStance[] = [
      'denied',
      'did-not-know',
      'not-servicemen',
      'citizens-may-have-died',
      'reconnaissance',
      'no-comment',
      'operating-independently',
    ];
    for (const lang of ['de', 'fr', 'es', 'tr', 'ar', 'uk'])
      for (const stance of stances)
        expect(
          rows.some(([l, s]) => l === lang && s === stance),
          `${lang} ${stance}`,
        ).toBe(true);
  });

  it.each(rows)('%s %s, no Russian official actor: %s', (_lang, _stance, _passage, _text, _citizens, negative) => {
    checkOffsets(negative, extractClaims(negative));
    expect(positions(negative)).toEqual([]);
  });
});

describe('words that only look like a stance', () => {
  const negatives: [string, string][] = [
    ['de: "Aufklärung" as clarification', 'Moskau fordert Aufklärung über den Angriff.'],
    ['de: "nie" is "never"', 'Moskau hat die Zahl nie bestätigt.'],
    ['de: "gab nicht bekannt" is "did not announce"', 'Der Kreml gab die Zahl der Toten nicht bekannt.'],
    ['fr: "reconnaissance" as acknowledgement', 'Le Kremlin attend la reconnaissance par Washington de ses erreurs.'],
    ['es: "reconocimiento" as acknowledgement', 'El Kremlin pidió el reconocimiento de las víctimas.'],
    ['ar: "استطلاع الرأي" is an opinion poll', 'أظهر استطلاع الرأي في روسيا تأييدا للكرملين.'],
    ['ar: "منفى" (exile) holds "نفى"', 'عاش في المنفى بعيدا عن موسكو.'],
    ['en: Russian fighters are not officials', 'Russian contractors denied it.'],
    ['de: Russian citizens are not officials', 'Russische Söldner bestritten das.'],
  ];
  it.each(negatives)('%s', (_name, passage) => {
    checkOffsets(passage, extractClaims(passage));
    expect(positions(passage)).toEqual([]);
  });

  it('does not read "yorum yapmayı reddetti" as a denial, nor "se negó a comentar"', () => {
    expect(positions('Kremlin yorum yapmayı reddetti.').map((c) => c.value.stance)).toEqual(['no-comment']);
    expect(positions('El Kremlin se negó a comentar.').map((c) => c.value.stance)).toEqual(['no-comment']);
  });

  it('reads "denied any knowledge" wordings as did-not-know', () => {
    expect(positions('Der Kreml bestritt, davon gewusst zu haben.').map((c) => c.value.stance)).toEqual([
      'did-not-know',
    ]);
    expect(positions('El Kremlin negó tener conocimiento.').map((c) => c.value.stance)).toEqual(['did-not-know']);
  });
});

describe('comparison with the article', () => {
  it('pairs a German "Moskau erklärte, es habe nichts davon gewusst" with "not known to them"', () => {
    const pairs = compareWithArticle(extractClaims('Moskau erklärte, es habe nichts davon gewusst.'));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.point).toBe('russian-position');
    expect(pairs[0]?.verdict).toBe('matching');
    expect(pairs[0]?.page).toEqual({
      text: 'Moskau erklärte, es habe nichts davon gewusst',
      display: 'the Russian government said it did not know',
    });
    expect(pairs[0]?.article?.display).toContain('not known to it at the time');
  });

  it.each([
    ['fr', 'Pour Moscou, ces hommes ont agi de leur propre initiative.', 'matching'],
    ['es', 'El Kremlin declinó hacer comentarios.', 'differing'],
    ['tr', 'Zaharova, beş Rus vatandaşı ölmüş olabilir dedi.', 'differing'],
    ['ar', 'قالت موسكو إنها لم تكن على علم بالعملية.', 'matching'],
  ] as const)('%s: %s → %s', (_lang, passage, verdict) => {
    const pair = compareWithArticle(extractClaims(passage)).find((p) => p.point === 'russian-position');
    expect(pair?.verdict).toBe(verdict);
  });
});

describe('linear time', () => {
  // Asserts only that these return; a catastrophic regex would hang the run.
  const adversarial = [
    'keine russischen '.repeat(12_000),
    'nichts davon '.repeat(15_000),
    'رفض '.repeat(40_000),
    'نفى الكرملين '.repeat(15_000),
    'pas de '.repeat(30_000),
    'ciudadanos rusos '.repeat(12_000),
    'Rus askeri '.repeat(18_000),
    'Kremlin '.repeat(25_000),
    'cinq citoyens russes pourraient '.repeat(6_000),
    'a'.repeat(200_000),
  ];
  it.each(adversarial.map((s) => [s.slice(0, 16), s]))('returns on %j…', (_head, passage) => {
    const start = Date.now();
    expect(Array.isArray(extractClaims(passage))).toBe(true);
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});
