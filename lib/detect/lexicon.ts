// The detector's vocabulary. Patterns run over normalised text (see
// normalize.ts): lower case, no diacritics, ё→е, Arabic letter variants folded,
// every dash a '-', every apostrophe a "'". Each entry is a plain regular
// expression with no nested quantifiers, so matching stays linear.
//
// kind:
//   place   a name of the place; on its own it is not enough (Deir ez-Zor is in
//           the news for many other things), so its bias is negative.
//   battle  a name of the battle itself (Khasham, the Conoco plant); strong.
//   cue     evidence that this is the February 2018 engagement.
//   counter evidence that it is some other Deir ez-Zor, Wagner, or strike story.
// subject: a cue that can itself be marked when a sentence names neither the
// place nor the battle ("Russian mercenaries killed by US strikes in Syria").

export type EntryKind = 'place' | 'battle' | 'cue' | 'counter';

export interface LexiconEntry {
  id: string;
  /** Shown to the reader in the popover's "why". */
  label: string;
  kind: EntryKind;
  weight: number;
  pattern: string;
  subject?: boolean;
  /** Which side of the engagement a cue speaks of: a sentence with both is the story's core. */
  side?: 'us' | 'russia';
}

// Optional separator between name parts: "Deir ez-Zor", "Deir ezZor", "Deir Ez Zor".
const SEP = "[-' ]?";
// A few letters of inflection (Дейр-эз-Зоре, Хашама, Wagner's).
const INFL = '\\p{L}{0,4}';

// A month name not tied to a day number (a day other than the 7th or 8th is
// another story; "7 February" is its own, stronger cue).
const FEB_MONTH = `february|feb\\.|feb|февра\\p{L}{0,3}|февральск\\p{L}{0,3}|februar(?:nacht|tag|woche|abend)|лют\\p{L}{0,3}|лютнев\\p{L}{0,3}|شباط|فبراير|februar|fevrier|febrero|subat`;
const NO_DAY_AFTER = '(?![ .,]{0,2}\\d{1,2}(?!\\d))';
const NO_DAY_BEFORE = '(?<!\\d\\.? |\\d\\.? de |/ ?)';

export const LEXICON: readonly LexiconEntry[] = [
  // ── Places ──────────────────────────────────────────────────────────────
  {
    id: 'place-latin',
    label: 'Deir ez-Zor',
    kind: 'place',
    weight: 0,
    // deir ez-zor, deir ezzor, deir el-zor, deir al-zour, der ezor, dayr az-zawr,
    // deyrizor, deyrizoru (Turkish case endings), deir es-sor, deir al zur, deir-ez-zor
    pattern: `d(?:ei|ey|ay|ai|e|a)r${SEP}(?:[ae][lzsr]?${SEP}|i${SEP})?(?:z{1,2}(?:o|ou|aw|au|u)r|s{1,2}(?:o|au|aw)r)(?:u|a|da|dan|daki|un|e|s)?`,
  },
  {
    id: 'place-cyrillic',
    label: 'Дейр-эз-Зор',
    kind: 'place',
    weight: 0,
    pattern: `д(?:еи|эи|аи|е|э)р${SEP}(?:(?:[эе]з|аз|эль|ель)?${SEP}з|[эе]з)(?:о|а|у)у?р${INFL}`,
  },
  { id: 'place-arabic', label: 'دير الزور', kind: 'place', weight: 0, pattern: 'دير ?الزور' },

  // ── The battle's own names ─────────────────────────────────────────────
  {
    id: 'battle-khasham',
    label: 'Khasham',
    kind: 'battle',
    weight: 3,
    // Khasham, Hasham, Haşam, Chascham (de), Jasham (es), Khacham (fr), Хашам, Хишам.
    pattern: `(?:kh|h|ch|j|x)[ao]s(?:c?h)?am(?:'?\\p{L}{0,3})|kh[ao]cham|хашам${INFL}|хишам${INFL}|خشام`,
  },
  {
    id: 'battle-conoco',
    label: 'Conoco gas field',
    kind: 'battle',
    // The gas plant was fought over in 2017 and attacked again later: the name
    // alone is not quite enough.
    weight: 0.75,
    pattern: `conoco(?!${SEP}phil)|коноко|كونوكو|كونيكو|konoko`,
  },
  {
    id: 'battle-tabiyeh',
    label: 'al-Tabiyeh',
    kind: 'battle',
    weight: 1.5,
    pattern: `(?:(?:al|el|at|et)${SEP})?tabiy[ae]h?(?:'?\\p{L}{0,3})|таби[яеи]\\p{L}{0,2}|табі[яіює]\\p{L}{0,2}|(?:ال)?طابيه|jdid (?:e|a)?k(?:a|e)ydat|جديد عكيدات|джедид\\p{L}{0,2} (?:экеидат|екеидат)`,
  },

  // ── Cues: who ───────────────────────────────────────────────────────────
  {
    id: 'wagner',
    label: 'Wagner',
    kind: 'cue',
    side: 'russia',
    weight: 2,
    subject: true,
    pattern: `wagner(?:leute|truppe|kampfer|soldner|soldaten)\\p{L}{0,2}|wagner${INFL}|vagner${INFL}|вагнер\\p{L}{0,6}|фагнер${INFL}|فاغنر|فاجنر|فاغنير`,
  },
  {
    id: 'prigozhin',
    label: 'Prigozhin, Utkin or "the musicians" (Wagner)',
    kind: 'cue',
    side: 'russia',
    weight: 1.5,
    subject: true,
    pattern: [
      `prigo(?:zh|j|sch|z|s)(?:i|y)n\\p{L}{0,4}|пригожин\\p{L}{0,3}|بريغوجين|بريغوزين|بريجوجين|utkin\\p{L}{0,3}|outkine|уткин\\p{L}{0,2}|уткін\\p{L}{0,2}|اوتكين`,
      // Wagner's men call themselves musicians, after the composer.
      `"?музыкант\\p{L}{0,2}"|"музикант\\p{L}{0,2}"|"(?:the )?orchestra"|"оркестр\\p{L}{0,2}"|"orchestre"|"orquesta"|"musiciens"|"musicos"|"musicians"|"musiker"`,
    ].join('|'),
  },
  {
    id: 'named-dead',
    label: 'names of Russians killed that night',
    kind: 'cue',
    side: 'russia',
    weight: 2.5,
    subject: true,
    // Among the first dead named by their families and the press.
    pattern: [
      `ananyev|ananiev|ananjew|ananiew|ananyef|ананьев\\p{L}{0,2}|ананьєв\\p{L}{0,2}|ананиев\\p{L}{0,2}|انانييف|اناناييف`,
      `loguinov|loginov|loginow|(?:kaliningrad\\p{L}{0,3}|калининградск\\p{L}{0,3}|калінінградськ\\p{L}{0,3}) (?:cossack|kosak\\p{L}{0,2}|казак\\p{L}{0,1}|козак\\p{L}{0,1}|cosaco|cosaque|kazak\\p{L}{0,3})|(?:cossack|kosake|казак|козак|cosaco|cosaque) (?:from|aus|из|з|de) (?:kaliningrad|калининграда|калінінграда)|логинов\\p{L}{0,2}|логінов\\p{L}{0,2}|لوغينوف`,
      `matveyev|matveev|matwejew|матвеев\\p{L}{0,2}|матвєєв\\p{L}{0,2}|ماتفييف`,
      `kosoturov|kossoturow|kosoturow|косотуров\\p{L}{0,2}|كوسوتوروف`,
    ].join('|'),
  },
  {
    id: 'euro-polis',
    label: 'the Euro Polis oil-and-gas deal',
    kind: 'cue',
    side: 'russia',
    weight: 1,
    subject: true,
    pattern: `euro ?polis|evro ?polis|евро ?полис\\p{L}{0,2}|євро ?поліс\\p{L}{0,2}|يورو بوليس|avro ?polis`,
  },
  {
    id: 'no-us-fire-expected',
    label: 'told the Americans would not fire',
    kind: 'cue',
    side: 'us',
    weight: 1.5,
    pattern: [
      `(?:americans|yankees|the us|u\\.s\\. forces|us forces) (?:would not|wouldn'?t|won'?t|will not|would never) (?:shoot|fire|respond|react)`,
      `(?:americanos|estadounidenses|norteamericanos|yanquis) no (?:dispararian|iban a disparar|dispararan|responderian)`,
      `(?:americains|ricains) ne (?:tireraient|tirerait|riposteraient) pas`,
      `amerikaner (?:wurden|werden) nicht (?:schiessen|feuern|reagieren)`,
      `американц\\p{L}{0,2} не (?:будут|станут|стали бы) (?:стрелять|отвечать)|американці не (?:будуть|стануть|стрілятимуть)`,
      `(?:ال)?(?:امريكان|امريكيين|اميركيين) (?:لن|ما رح) (?:يطلقوا|يطلقون|يردوا)`,
      `amerikalilar(?:in)? ates (?:etmeyecek|acmayacak)\\p{L}{0,4}`,
    ].join('|'),
  },
  {
    id: 'russian-contractors',
    label: 'Russian contractors or mercenaries',
    kind: 'cue',
    side: 'russia',
    weight: 2,
    subject: true,
    pattern: [
      `russian (?:private )?(?:military )?(?:contractors?|mercenar(?:y|ies)|pmcs?|fighters|volunteers|paramilitar(?:y|ies))`,
      `(?:россииск|русск|росіиськ)\\p{L}{0,3} (?:боиц|боевик|біиц|боиовик)\\p{L}{0,3}|(?:مقاتل\\p{L}{0,3}|عناصر) (?:ال)?روس\\p{L}{0,2}|combattants russes|paramilitaires russes|combatientes rusos|paramilitares rusos|rus savasc\\p{L}{0,4}|russische\\p{L}{0,2} paramilitar\\p{L}{0,2}`,
      `(?:company|firm) that (?:did not|does not|didn't|doesn't) (?:officially )?exist|(?:private military|paramilitary) (?:company|companies|contractors?|group)|kremlin-(?:linked|backed|connected) (?:private|mercenar\\p{L}{0,3}|contractors?|fighters|paramilitar\\p{L}{0,3})`,
      `частн\\p{L}{0,3} военн\\p{L}{0,3} компани\\p{L}{0,2}|приватн\\p{L}{0,3} віиськов\\p{L}{0,3} компані\\p{L}{0,2}`,
      `societes? militaires? privees?|(?:empresas?|compania) militar\\p{L}{0,2} privad\\p{L}{0,2}|private\\p{L}{0,2} militar(?:firma|unternehmen)\\p{L}{0,2}|sicherheitsfirma\\p{L}{0,2}|ozel askeri sirket\\p{L}{0,4}`,
      `pmcs?|чвк|пвк`,
      `(?:россииск|русск|росiиськ|росіиськ)\\p{L}{0,4} (?:наемник|наемн|наиманц|контрактник|добровольц)\\p{L}{0,4}`,
      `наемник\\p{L}{0,4}|наиманц\\p{L}{0,4}|наиманец`,
      `(?:ال)?(?:مرتزقه|متعاقد\\p{L}{0,3}|متطوع\\p{L}{0,3})"? (?:ال)?روس\\p{L}{0,2}|(?:ال)?شركه (?:ال)?عسكريه (?:ال)?خاصه`,
      `russische\\p{L}{0,2} (?:soldner\\p{L}{0,2}|sicherheitsleute|kampfer\\p{L}{0,2}|freiwillige\\p{L}{0,2})`,
      `mercenaires? russes?|russes? mercenaires?|contractuels russes|contratados rusos`,
      `mercenarios? rusos?|contratistas rusos?`,
      `rus (?:parali askerler?\\p{L}{0,3}|parali|sozlesmeli)|parali asker\\p{L}{0,5}`,
    ].join('|'),
  },
  {
    id: 'mercenaries',
    label: 'mercenaries or contractors',
    kind: 'cue',
    subject: true,
    weight: 1,
    pattern: `mercenar(?:y|ies)|contractors?|наемник\\p{L}{0,3}|наиманц\\p{L}{0,2}|наиманець|مرتزق\\p{L}{0,2}|المرتزقه|متعاقد\\p{L}{0,3}|soldner\\p{L}{0,2}|mercenaires?|mercenarios?|contratistas?|parali asker\\p{L}{0,7}|kiralik asker\\p{L}{0,7}|contractuels|contratados|контрактник\\p{L}{0,3}`,
  },
  {
    id: 'russian-citizens',
    label: 'Russian citizens (the official wording)',
    kind: 'cue',
    side: 'russia',
    weight: 2,
    subject: true,
    pattern: [
      `russian (?:and cis )?(?:citizens|nationals)|cis citizens|its own citizens|собственн\\p{L}{0,2} граждан\\p{L}{0,2}|своих граждан|власних громадян|своіх громадян|ses propres (?:citoyens|ressortissants)|sus propios ciudadanos|(?:seine|ihre) eigenen (?:staats)?burger|kendi vatandaslar\\p{L}{0,3}|مواطنيها`,
      `граждан\\p{L}{0,2} (?:россии|рф)|стран снг|громадян\\p{L}{0,2} (?:росіі|рф)|краін снд`,
      `مواطن\\p{L}{0,3} (?:ال)?روس\\p{L}{0,2}`,
      `russische\\p{L}{0,2} staatsburger\\p{L}{0,2}`,
      `(?:الجنسيه|جنسيه) (?:ال)?روسيه|russian (?:citizenship|nationality|passports?)|россииск\\p{L}{0,2} (?:гражданство\\p{L}{0,1}|паспорт\\p{L}{0,2})|росіиськ\\p{L}{0,2} (?:громадянство\\p{L}{0,1}|паспорт\\p{L}{0,2})|russische\\p{L}{0,2} (?:staatsangehorigkeit|passe?)|nationalite russe|passeports? russes?|nacionalidad rusa|pasaportes? rusos?|rus uyruklu|rus pasaport\\p{L}{0,4}|citoyens russes|ciudadanos rusos|rus vatandas\\p{L}{0,9}|bdt vatandas\\p{L}{0,9}|(?:its|their) citizens|ses citoyens|sus ciudadanos|seine staatsburger|de la cei`,
    ].join('|'),
  },
  {
    id: 'five-citizens',
    label: 'the foreign ministry\'s "five citizens"',
    kind: 'cue',
    side: 'russia',
    weight: 1.5,
    subject: true,
    // Moscow's first count of its dead: five Russian citizens, "presumably".
    pattern: [
      `(?:se hablo|se hablaba|on parlait|on a parle|it was said|they spoke|говорили|говорили про|sprach man) (?:de |of |о |von )?(?:cinco|cinq|five|пяти|п'яти|funf)|(?:five|5) possible (?:deaths|dead)|(?:cinq|5) morts possibles|(?:cinco|5) muertos posibles|(?:funf|5) mogliche tote|(?:пять|5) возможных погибших|(?:five|5),? (?:possibly|perhaps|maybe)|(?:пяти|пять|п'ятьох|п'ять|п'яти),? (?:возможно|можливо|вероятно|имовірно)|(?:cinq|cinco|funf|bes),? (?:peut-etre|tal vez|quizas|vielleicht|belki)|(?:five|5) (?:russian (?:and cis )?)?(?:citizens|nationals)|(?:five|5) russians? (?:may have|might have|had|were|presumably|possibly)`,
      `(?:пят\\p{L}{0,2}|5),? (?:(?:возможно|предположительно|вероятно),? )?(?:погибш\\p{L}{0,3} )?(?:граждан\\p{L}{0,2}|россиян\\p{L}{0,2})|(?:п'ят\\p{L}{0,3}|5),? (?:(?:можливо|имовірно|імовірно),? )?(?:загибл\\p{L}{0,3} )?(?:громадян\\p{L}{0,2}|росіян\\p{L}{0,2})`,
      `(?:خمسه|5) (?:مواطنين|روس)`,
      `(?:funf|5) "?(?:moglicherweise|vermutlich|angeblich)?"? ?(?:getotete\\p{L}{0,2} )?(?:russische\\p{L}{0,2} )?(?:staatsburger|burger|staatsangehorige)\\p{L}{0,2}`,
      `(?:сказали|говорили|признали|заявили|казали|визнали) (?:про |о |об )?(?:пять|пяти|п'ять|п'ятьох|5) (?:человек|людеи|погибш\\p{L}{0,3}|загибл\\p{L}{0,3}|чоловік)|(?:said|admitted|acknowledged) (?:that )?(?:only )?(?:five|5) (?:people|russians|citizens|dead)`,
      `(?:cinq|5) (?:citoyens|ressortissants)|(?:cinco|5) (?:ciudadanos|nacionales)|(?:bes|5) (?:rus )?vatandas\\p{L}{0,4}`,
    ].join('|'),
  },
  {
    id: 'reconnaissance',
    label: '"reconnaissance"',
    kind: 'cue',
    weight: 0.75,
    // The Russian ministry's word for the attack; with "Syrian militia" it is its account.
    pattern: `reconnaissance|разведк\\p{L}{0,3}|разведывательн\\p{L}{0,4}|розвідк\\p{L}{0,3}|розвідувальн\\p{L}{0,4}|aufklarung\\p{L}{0,9}|reconocimiento|kesif\\p{L}{0,4}|(?:ال)?استطلاع\\p{L}{0,3}`,
  },
  {
    id: 'deniability',
    label: 'plausible deniability',
    kind: 'cue',
    weight: 0.75,
    pattern: `(?:plausible |plausibly )?deniab\\p{L}{0,5}|правдоподобн\\p{L}{0,2} отрицани\\p{L}{0,2}|правдоподібн\\p{L}{0,2} заперечен\\p{L}{0,3}|negacion plausible|deni plausible|plausible(?:n)? abstreitbarkeit|glaubhafte\\p{L}{0,1} abstreitbarkeit|inkar edilebilirlik|الانكار المعقول|قابليه الانكار`,
  },
  {
    id: 'wiped-out',
    label: 'wiped out in one night',
    kind: 'cue',
    weight: 0.5,
    pattern: [
      `flattened|zerlegt|auseinandergenommen|разделали|wiped (?:us |them )?off the map|borr\\p{L}{0,4} del mapa|ray\\p{L}{0,3} de la carte|von der landkarte|стерли с лица земли|стерли з лиця землі|wiped out|mowed down|cut to pieces|torn apart|annihilated|obliterated|massacred|slaughtered|decimated|etrill\\p{L}{0,4}|vapori[sz]ed|verdampft|испарил\\p{L}{0,2}|випарувал\\p{L}{0,2}|vaporis\\p{L}{0,3}|vaporiz\\p{L}{0,3}|buharlastir\\p{L}{0,4}`,
      `выкосил\\p{L}{0,2}|положил\\p{L}{0,2}|покрошил\\p{L}{0,2}|перемолол\\p{L}{0,2}|разгром\\p{L}{0,4}|разнесл\\p{L}{0,2}|викосил\\p{L}{0,2}|поклал\\p{L}{0,2}|розгром\\p{L}{0,4}|рознесл\\p{L}{0,2}|знищил\\p{L}{0,2}|уничтожил\\p{L}{0,2}`,
      `ras(?:e|es|ee|ees)|decime\\p{L}{0,2}|aneanti\\p{L}{0,2}|masacr\\p{L}{0,4}|diezm\\p{L}{0,4}|aniquil\\p{L}{0,4}|aufgerieben|ausgeloscht|zusammengeschossen|niedergemaht|dezimiert|bicildi|yok edildi|imha edildi|ezildi|(?:ال)?ابيد\\p{L}{0,2}|ابادت\\p{L}{0,2}|سحق\\p{L}{0,2}`,
    ].join('|'),
  },
  {
    id: 'count-dispute',
    label: 'the dispute over the count (five or hundreds)',
    kind: 'cue',
    side: 'russia',
    weight: 1.5,
    subject: true,
    pattern: [
      `(?:طلعوا|صاروا) خمسه|(?:five|5) (?:to|or) (?:six hundred|600)|de (?:cinq|5) a (?:six cents|600)|de (?:cinco|5) a (?:seiscientos|600)|von (?:funf|5) bis (?:sechshundert|600)|от (?:пяти|5) до (?:шестисот|600)|від (?:п'яти|5) до (?:шестисот|600)|من (?:خمسه|5) (?:الي|ل) (?:ستمايه|600)|(?:bes|5) ile (?:alti yuz|600)|(?:moscow|the kremlin|russia) (?:said|admitted|acknowledged|spoke of|claimed|put it at) (?:only |just )?(?:five|5)`,
      `(?:москва|кремль|россия|мид) (?:говорил\\p{L}{0,2}|сказал\\p{L}{0,2}|признал\\p{L}{0,2}|заявил\\p{L}{0,2}) (?:о |об )?(?:только |лишь )?(?:пяти|пять|5)|(?:москва|кремль|мзс) (?:говорил\\p{L}{0,2}|казал\\p{L}{0,2}|визнал\\p{L}{0,2}|заявил\\p{L}{0,2}) (?:про )?(?:лише )?(?:п'ятьох|п'ять|5)`,
      `(?:قالت|اعترفت|تحدثت) موسكو (?:عن )?(?:خمسه|5)|موسكو (?:قالت|اعترفت|تحدثت) (?:عن )?(?:خمسه|5)`,
      `moskau (?:sprach|sagte|gab|raumte) (?:von )?(?:nur )?(?:funf|5)`,
      `moscou (?:a |avait )?(?:parle|dit|reconnu|admis) (?:de )?(?:seulement )?(?:cinq|5)`,
      `moscu (?:dijo|hablo de|reconocio|admitio) (?:solo )?(?:cinco|5)`,
      `moskova (?:sadece )?(?:bes|5)`,
      `(?:two|three) (?:to|or) (?:three|four) hundred russians|\\d{3} ?(?:to|-) ?\\d{3} russians|(?:iki|uc) yuz(?: ila (?:iki|uc) yuz)? rus|(?:двести|триста|200|300)(?: ?- ?| до | или )(?:триста|четыреста|300|400) (?:россиян|русских)|(?:двісті|триста|200|300)(?: ?- ?| до | чи )(?:триста|чотириста|300|400) росіян`,
    ].join('|'),
  },
  {
    id: 'mod-framing',
    label: "Russian MoD's account (reconnaissance, sleeper cell)",
    kind: 'cue',
    weight: 3.5,
    subject: true,
    pattern: [
      `reconnaissance"? (?:and search |et de recherche )?(?:operation|activities|mission)|sleeper cell`,
      `разведывательно-поисков\\p{L}{0,4}|розвідувально-пошуков\\p{L}{0,4}|спящ\\p{L}{0,3} ячеик\\p{L}{0,2}|сплячого осередку|сплячі\\p{L}{0,2} осеред\\p{L}{0,3}`,
      `اعمال "?استطلاع|عمليات "?استطلاع\\p{L}{0,3}|خلايا نايمه|عمليه "?استطلاع\\p{L}{0,3}|خليه نايمه`,
      `aufklarungs- und suchoperation|aufklarungs(?:operation|mission|einsatz)\\p{L}{0,2}|schlaferzelle`,
      `cellule dormante|(?:operation|mission|activites?) de "?reconnaissance`,
      `(?:operacion|operaciones|tareas|labores|mision|actividades) de ["']?reconocimiento|celula durmiente`,
      `kesif ve arama operasyon\\p{L}{0,3}|kesif['"]? (?:operasyon|faaliyet|gorev)\\p{L}{0,4}|uyuyan hucre\\p{L}{0,4}`,
      `разведывательн\\p{L}{0,3} (?:операци|деятельност|мероприят)\\p{L}{0,3}|розвідувальн\\p{L}{0,3} (?:операці|діяльн|заход)\\p{L}{0,3}|مهمه استطلاع\\p{L}{0,3}|نشاط استطلاعي`,
      `(?:doing|conducting|carrying out) (?:a )?"?reconnaissance|(?:haciendo|hacian|realizando|realizaban) (?:un |una |tareas de )?["']?reconocimiento|(?:faisaient|faisant|menaient|menant) (?:de la |une )?"?reconnaissance|(?:проводил\\p{L}{0,2}|вели|проводя) (?:\\p{L}{0,12} )?разведк\\p{L}{0,2}|(?:проводил\\p{L}{0,2}|вели|проводячи) розвідк\\p{L}{0,2}|kesif (?:yap\\p{L}{0,6}|yurut\\p{L}{0,6})|aufklarung (?:betrieben|durchgefuhrt|betreiben)|(?:تقوم|يقومون|قامت|كانت تقوم) بعمليه استطلاع|بمهمه استطلاع`,
      `not coordinated (?:their movement )?with (?:the )?russian|не согласованн\\p{L}{0,3}|не погодивши|non coordonnee avec|sin coordinarla|ohne sich mit den russischen|koordine edilmemis`,
      `without (?:coordinating|coordination) with (?:the )?russian|без согласования с (?:россииск|командовани)\\p{L}{0,4}|без погодження з (?:росіиськ|командуванн)\\p{L}{0,4}|ohne (?:abstimmung|absprache|koordinierung|koordination) mit (?:dem|den|der) russischen|sans (?:coordination avec|se coordonner avec) (?:le commandement |les )?russe|sin coordinar\\p{L}{0,4} con (?:el mando |los )?rus|دون (?:ال)?تنسيق مع (?:ال)?(?:قياده )?(?:ال)?روس\\p{L}{0,3}|rus (?:komutanligi|tarafi)yla koordine etmeden|rus (?:komutanligi|tarafi)yla koordinasyon (?:olmaksizin|olmadan|saglamadan)`,
    ].join('|'),
  },
  {
    id: 'not-servicemen',
    label: 'officially "not Russian servicemen"',
    kind: 'cue',
    weight: 1.5,
    subject: true,
    pattern: [
      `not (?:russian )?(?:servicemen|military personnel|soldiers)|were not russian servicemen`,
      `не (?:являются|являлись|были) (?:военнослужащими|россиискими военными)|военнослужащими (?:они |это )?не (?:являлись|являются|были)|віиськовослужбовцями (?:вони )?не (?:були|є)|военнослужащие вс рф|военнослужащими вс рф`,
      `не є (?:віиськовими|віиськовослужбовцями)|не віиськовослужбовці|це не віиськовослужбовці|не (?:були|є) (?:росіиськими) віиськовими`,
      `(?:ال)?عسكريين (?:ال)?روس لم يشاركوا|ليسوا (?:من )?(?:ال)?عسكريين|ليسوا من العسكريين`,
      `angehorige der streitkrafte seien nicht|keine (?:russischen )?soldaten|(?:armee|militar|streitkrafte)?angehorige\\p{L}{0,2} seien (?:es )?nicht|soldaten seien (?:es )?nicht|seien (?:es )?keine (?:armeeangehorige|militars)`,
      `aucun militaire russe|tek bir rus askeri(?:nin)? bile|not a single russian (?:soldier|serviceman)|ни одного россииского военн\\p{L}{0,4}|жодного росіиського віиськов\\p{L}{0,4}|ningun militar ruso|no (?:eran|son) (?:soldados|militares) rusos|hicbir rus askeri`,
      `(?:ne sont|n'etaient) pas des militaires|no eran militares|asker olmadig\\p{L}{0,4}|asker degil\\p{L}{0,4}`,
    ].join('|'),
  },
  {
    id: 'popular-forces',
    label: 'Syrian state media\'s "popular forces"',
    kind: 'cue',
    weight: 2.5,
    subject: true,
    pattern: `popular forces|народн\\p{L}{0,3} сил\\p{L}{0,3}|(?:ال)?قوات (?:ال)?شعبيه|halk guc\\p{L}{0,6}|fuerzas populares|forces populaires|volkskrafte\\p{L}{0,1}|flagrant aggression|عدوان سافر`,
  },
  {
    id: 'deconfliction',
    label: 'the deconfliction line',
    kind: 'cue',
    weight: 2.5,
    subject: true,
    pattern: `منع الاشتباك|فض الاشتباك|deconfliction|deconflict|desconflic\\p{L}{0,5}|catismasizlik|konfliktvermeidung\\p{L}{0,6}|деконфликт\\p{L}{0,4}|деконфлікт\\p{L}{0,4}|предотвращения инцидентов|منع التصادم|catismayi onleme hatt\\p{L}{0,3}|deconfliction|desconflict\\p{L}{0,4}|deeskalationsleitung|russian (?:officers|officials|commanders|military) (?:told|assured|informed) (?:their |the )?(?:american|us|u\\.s\\.) (?:counterparts|officers|commanders|side)`,
  },
  {
    id: 'hotline',
    label: 'the military hotline',
    kind: 'cue',
    weight: 0.5,
    pattern: `hotline|red phone|telephone rouge|heisse leitung|hei\u00dfe leitung|linea roja|telefono rojo|kirmizi hat|красн\\p{L}{0,2} телефон\\p{L}{0,1}|горяч\\p{L}{0,2} лини\\p{L}{0,2}|гаряч\\p{L}{0,2} лін\\p{L}{0,2}|الخط الساخن`,
  },
  {
    id: 'state-media',
    label: 'Syrian state media',
    kind: 'cue',
    weight: 0.5,
    pattern: `state media|sana|syrian state|государственн\\p{L}{0,2} сми|державні змі|الاعلام الرسمي|وكاله سانا|staatsmedien|medias d'etat|medios estatales|devlet ajans\\p{L}{0,3}`,
  },
  {
    id: 'russian-officials',
    label: 'Kremlin or Russian foreign ministry',
    kind: 'cue',
    weight: 0.75,
    pattern: `kremlin|peskov|zakharova|foreign ministry|кремл\\p{L}{0,2}|песков\\p{L}{0,2}|захаров\\p{L}{0,2}|мид рф|мзс рф|мид россии|мзс росіі|الكرملين|الخارجيه الروسيه|kreml|peskow|sacharowa|au(?:ss|s|ß)enministerium|kremlin|ministere russe des affaires etrangeres|cancilleria rusa|disisleri bakanlig\\p{L}{0,3}|kremlin\\p{L}{0,3}`,
  },

  // ── Cues: when ──────────────────────────────────────────────────────────
  {
    id: 'feb-7-8',
    label: 'February 7–8',
    kind: 'cue',
    weight: 2,
    // Strong evidence, but never a mark on its own: pages print dates in
    // bylines and timelines, and a bare "February 7" is no mention.
    pattern: [
      `feb(?:ruary|\\.)? ?[78](?:th)?(?: ?(?:-|and|to) ?(?:feb(?:ruary|\\.)? )?8(?:th)?)?`,
      `[78](?:th)?(?: ?(?:-|and|to) ?8(?:th)?)? (?:of )?feb(?:ruary|\\.)?`,
      `[78](?:-?го)?(?: ?(?:-|и|і|на) ?8(?:-?го)?)? (?:февраля|лютого)`,
      `[78](?: ?(?:-|و) ?8)? (?:شباط|فبراير)`,
      `[78]\\.(?: ?(?:-|und|/) ?8\\.)? feb(?:ruar|\\.)?`,
      `[78](?: ?(?:-|et|au) ?8)? fevrier`,
      `[78](?: ?(?:-|y|al) ?8)? (?:de )?feb(?:rero|\\.)?`,
      `[78](?: ?(?:-|ve) ?8)? subat`,
      `(?:седьмо|восьмо)\\p{L}{0,2} февраля|(?:сьомо|восьмо)\\p{L}{0,2} лютого|(?:seventh|eighth) of february|february (?:seventh|eighth)|(?:siebten|achten) februar|(?:sept|huit) fevrier|(?:siete|ocho) de febrero|(?:yedi|sekiz) subat|0?[78]\\.0?2\\.(?:20)?18|2018-02-0[78]|0?[78]/0?2/2018|02/0?[78]/2018|(?:السابع|الثامن) من (?:شباط|فبراير)`,
    ].join('|'),
  },
  {
    id: 'february',
    label: 'February',
    kind: 'cue',
    weight: 0.75,
    pattern: `${NO_DAY_BEFORE}(?:${FEB_MONTH})${NO_DAY_AFTER}`,
  },
  {
    id: 'feb-2018',
    label: 'February 2018',
    kind: 'cue',
    weight: 1,
    pattern: [
      `${NO_DAY_BEFORE}(?:feb(?:ruary|\\.)? (?:of )?2018)`,
      `${NO_DAY_BEFORE}(?:(?:феврал|лют)\\p{L}{0,3} 2018)`,
      `${NO_DAY_BEFORE}(?:(?:شباط|فبراير)(?: ?/ ?(?:شباط|فبراير))? ?(?:عام )?2018)`,
      `${NO_DAY_BEFORE}(?:februar(?:nacht|tag|woche)? 2018|fevrier 2018|febrero de 2018|subat 2018)`,
      `${NO_DAY_BEFORE}(?:(?:феврал|лют)\\p{L}{0,3} 18-?го|feb(?:ruary|\\.)? '18|februar '?18(?!\\d))`,
    ].join('|'),
  },
  {
    id: 'early-2018',
    label: 'early 2018 or early February',
    kind: 'cue',
    weight: 0.75,
    pattern: `(?:early|beginning of|start of) (?:february )?2018|(?:в )?начале февраля|на початку лютого|(?:au )?debut fevrier|a principios de febrero|anfang februar|subat (?:basinda|baslarinda)|(?:مطلع|اوايل|بدايه) (?:شباط|فبراير)|(?:в )?начале 2018|на початку 2018|مطلع (?:عام )?2018|(?:بدايه|اوايل) (?:عام )?2018|anfang 2018|(?:au )?debut (?:de )?2018|(?:a )?principios de 2018|comienzos de 2018|2018 (?:basinda|baslarinda)`,
  },
  {
    id: 'year-2018',
    label: '2018',
    kind: 'cue',
    weight: 0.75,
    pattern: `2018|(?:в|у) 18-(?:м|ом|му)|in '18|en el 18|18'de`,
  },

  // ── Cues: what ──────────────────────────────────────────────────────────
  {
    id: 'us-strikes',
    label: 'US or coalition strikes',
    kind: 'cue',
    subject: true,
    side: 'us',
    weight: 1.5,
    pattern: [
      `(?:us|u\\.s\\.|american|coalition|us-led|pentagon)(?:-led)? (?:air ?|artillery |drone |precision )?(?:strikes?|airstrikes?|air power|bombardment|bombers|warplanes|aircraft|gunships?|firepower|artillery|response)`,
      `(?:us|u\\.s\\.|american) (?:forces|troops|military|jets|aircraft|warplanes|helicopters) (?:struck|strike|bombed|pounded|responded|killed|repelled|hit|fired|opened fire)`,
      `(?:u\\.s\\.|us|american|coalition) (?:air and artillery|artillery and air) (?:strikes|fire|power)|(?:by|from) (?:the )?(?:u\\.s\\.|us|american|coalition) (?:aircraft|jets|warplanes|gunships|helicopters|artillery|air ?strikes|strikes|air power|firepower|bombers)|(?:the )?coalition (?:struck|bombed|attacked|pounded)|(?:american|us|u\\.s\\.) fire|(?:the )?(?:us|u\\.s\\.) air force|l'aviation (?:us|americaine)|fuego (?:estadounidense|norteamericano|americano)|feu americain|amerikanische\\p{L}{0,2} feuer|(?:abd|amerikan) atesi|نيران (?:ال)?(?:امريكيه|امريكان|اميركيه)`,
      `(?:удар|авиаудар|бомбардировк)\\p{L}{0,4} (?:сша|американ\\p{L}{0,6}|коалици\\p{L}{0,3})`,
      `(?:американ|амерiкан|америка)\\p{L}{0,6} (?:удар|авиаудар|авиаци|авиац|авіаці|артиллери|артилері|атак|бомб|вертол|гелікоптер|штурмовик|ганшип|огн|вогн)\\p{L}{0,6}|(?:сша|американц\\p{L}{0,2}|коалици\\p{L}{0,2}) (?:нанесл\\p{L}{0,2}|нанес) (?:удар|авиаудар)\\p{L}{0,3}|(?:сша|американці|коаліція) (?:завдал\\p{L}{0,2}|завдав) (?:удар|авіаудар)\\p{L}{0,3}`,
      `(?:удар|авіаудар)\\p{L}{0,4} (?:сша|коаліці\\p{L}{0,3})`,
      `(?:غارات?|ضربات?|قصف|الغارات|الضربات|القصف|هالقصف|هالغارات|هالضربات|الطايرات|الطيران|القوه الجويه)(?: جويه| الجويه)? (?:ال)?(?:امريكي|اميركي|التحالف|الولايات المتحده)\\p{L}{0,2}`,
      `(?:us|amerikanische[nr]?) ?-?(?:luftangriff\\p{L}{0,3}|angriff\\p{L}{0,3}|gegenschlag\\p{L}{0,2}|luftschl[a]g\\p{L}{0,3}|luftschlage\\p{L}{0,1}|kampfjets|kampfflugzeuge|luftwaffe|bomber)|luftangriff\\p{L}{0,3} der (?:usa|koalition|us-)|(?:angriff\\p{L}{0,3}|bombardement\\p{L}{0,2}) der (?:us-luftwaffe|amerikaner|koalition)|us-(?:kampfhubschrauber|artillerie|flugzeuge)|amerikanische\\p{L}{0,2} (?:kampfhubschrauber|hubschrauber|gunships|kampfflugzeuge|jets|bomber|artillerie)`,
      `(?:frappes?|attaque|riposte|raids?|bombardements?) (?:aeriennes? )?(?:americaine?s?|de la coalition|des etats-unis|us)|aviation americaine|avions americains|agression de la coalition|la coalition (?:a )?(?:frappe|bombarde|attaque)|(?:helicopteres|artillerie) americain\\p{L}{0,2}`,
      `(?:ataques?|bombardeos?) (?:aereos? )?(?:estadounidenses?|norteamericanos?|de (?:la coalicion|ee\\.? ?uu\\.?|estados unidos))|aviacion (?:estadounidense|norteamericana)|agresion de la coalicion|(?:la )?coalicion (?:ataco|bombardeo)|(?:helicopteros|artilleria|aviones) (?:estadounidenses?|norteamericanos?)`,
      `abd(?:'nin|'li)? (?:hava |topcu )?(?:saldiri\\p{L}{0,4}|ucaklari|bombard\\p{L}{0,4}|vurdu|vurus\\p{L}{0,4})`,
      `koalisyon (?:hava )?saldiri\\p{L}{0,4}|koalisyon\\p{L}{0,4} saldir\\p{L}{0,8}|abd (?:ucaklari|helikopterleri|topcusu)|abd (?:liderligindeki|onculugundeki) koalisyon\\p{L}{0,3}|amerikan (?:savas )?ucak\\p{L}{0,5}|amerikan (?:hava )?saldiri\\p{L}{0,4}`,
      `ввс сша|авиаци\\p{L}{0,2} сша|авіаці\\p{L}{0,2} сша|военные сша|авиаци\\p{L}{0,2} (?:международн\\p{L}{0,3} )?коалици\\p{L}{0,2}|авіаці\\p{L}{0,2} (?:міжнародн\\p{L}{0,3} )?коаліці\\p{L}{0,2}|коалици\\p{L}{0,2} (?:нанесл\\p{L}{0,2}|ответил\\p{L}{0,2})|коаліці\\p{L}{0,2} (?:завдал\\p{L}{0,2}|відповіл\\p{L}{0,2})`,
      `(?:attacked|struck|hit|bombed|targeted|pounded) by (?:the )?(?:us-led |international )?coalition|coalition (?:responded|retaliated|hit back)|(?:atacad|bombarde|golpead)\\p{L}{0,2} por la coalicion|(?:la )?coalicion respondio|(?:attaque|frappe|bombarde|vise)\\p{L}{0,2} par la coalition|la coalition a riposte|von der koalition (?:angegriffen|bombardiert|beschossen)|die koalition (?:reagierte|schlug zuruck)|رد التحالف|قصفها التحالف|koalisyon(?:un)? karsilik ver\\p{L}{0,4}`,
      `(?:bombed|killed|shredded|pounded|struck|wiped out|massacred|slaughtered|hammered|mauled|annihilated|obliterated|cut down|mowed down) by (?:the )?(?:americans|yankees|u\\.s\\.|us|american (?:air ?power|aircraft|jets|gunships|firepower|bombs|fire))|under american (?:fire|bombs|air ?strikes|air ?power|guns)|american air ?power`,
      `par les (?:americains|ricains|amerloques|yankees|frappes americaines)|sous les bombes (?:americaines|us)|sous le feu americain|bombes (?:americaines|us)`,
      `por los (?:estadounidenses|americanos|norteamericanos|gringos|yanquis)|bajo (?:el )?fuego (?:estadounidense|norteamericano|de los estadounidenses)|bombas (?:estadounidenses|norteamericanas)`,
      `us-bomben|unter us-(?:bomben|beschuss|feuer)|von den amerikanern|durch die amerikaner|unter amerikanisch\\p{L}{0,2} (?:feuer|beschuss|bomben|luftangriffen)|amerikanisch\\p{L}{0,2} (?:feuer|beschuss|bomben|feuerschlag|luftschlag)\\p{L}{0,2}`,
      `(?:от|від) американск\\p{L}{0,2} (?:оруж|авиаци)\\p{L}{0,3}|(?:от|від) американськ\\p{L}{0,2} (?:зброі|авіаціі)|под американск\\p{L}{0,2} (?:бомб|удар|огон|огнем)\\p{L}{0,2}|под (?:бомб|удар)\\p{L}{0,2} (?:сша|американцев)|під американськ\\p{L}{0,2} (?:бомб|удар|вогонь|вогнем)\\p{L}{0,2}|(?:амери|американці|амеры|американцы) (?:их )?(?:іх )?(?:поклали|положили|разбомбили|розбомбили|накрыли|накрили|уничтожили|знищили|выкосили|викосили)`,
      `تحت النار (?:ال)?(?:امريكيه|اميركيه)|(?:ال)?طيارات (?:ال)?(?:امريكيه|اميركيه)|(?:ال)?طايرات (?:ال)?(?:امريكيه|اميركيه)|(?:ال)?مدفعيه (?:ال)?(?:امريكيه|اميركيه)`,
      `amerikalilar(?:in)? (?:tarafindan|bombalari)|amerikan (?:ates\\p{L}{0,4}|bombalar\\p{L}{0,4})`,
    ].join('|'),
  },
  {
    id: 'americans',
    label: 'Americans',
    kind: 'cue',
    side: 'us',
    weight: 0.5,
    pattern: `americans?|u\\.s\\. forces|us forces|американц\\p{L}{0,3}|американ\\p{L}{0,4} военн\\p{L}{0,3}|американськ\\p{L}{0,3} віиськов\\p{L}{0,3}|американців|الامريكيين|الامريكان|الاميركيين|امريكيون|amerikaner\\p{L}{0,2}|us-truppen|us-soldaten|americains|estadounidenses|yanquis|yankees?|ricains|die amis|den amis|amerloques|gringos|амер\\p{L}{0,1}|амерікос\\p{L}{0,2}|америкос\\p{L}{0,2}|(?:ال)?(?:امريكي|اميركي)(?:ون|ين)|американос\\p{L}{0,2}|пиндос\\p{L}{0,2}|піндос\\p{L}{0,2}|amerikali\\p{L}{0,5}|abd askerler\\p{L}{0,3}|сша|usa|abd|ee\\.? ?uu\\.?|estados unidos|norteamerican\\p{L}{0,2}|etats-unis|الولايات المتحده|امريكا|واشنطن|washington|вашингтон\\p{L}{0,2}|us-streitkrafte|us-militar|us-armee|amerikanische\\p{L}{0,2} (?:soldaten|truppen|streitkrafte)|forces americaines|l'armee americaine|fuerzas estadounidenses|قوات (?:ال)?(?:امريكي|اميركي)\\p{L}{0,2}|американськ\\p{L}{0,3} віиськов\\p{L}{0,4}|(?:u\\.s\\.|us) officials?|estadounidense|американск\\p{L}{0,3} (?:чиновник|официальн|представител)\\p{L}{0,3}|американськ\\p{L}{0,3} (?:посадов|чиновник|представник)\\p{L}{0,4}|مسوول\\p{L}{0,2} (?:ال)?(?:امريكي|اميركي)\\p{L}{0,2}|responsable\\p{L}{0,1} americain\\p{L}{0,2}|us-(?:beamte\\p{L}{0,1}|vertreter|regierungsvertreter)|abd'li (?:bir )?yetkili\\p{L}{0,3}`,
  },
  {
    id: 'pro-government',
    label: 'pro-government forces attacked',
    kind: 'cue',
    subject: true,
    weight: 1.25,
    pattern: [
      `pro-(?:syrian[- ])?(?:government|regime|assad)`,
      `(?:syrian )?government-backed (?:forces|militias?|fighters)|syrian militi\\p{L}{0,4}`,
      `проправительствен\\p{L}{0,4}|провласт\\p{L}{0,4}|проурядов\\p{L}{0,4}|просирииск\\p{L}{0,4}|ополченц\\p{L}{0,4}`,
      `(?:ال)?قوات (?:ال)?رديفه|الموالي\\p{L}{0,2} (?:للنظام|للحكومه)|قوات موالي\\p{L}{0,2}`,
      `syrisch\\p{L}{0,2} miliz\\p{L}{0,2}|milicien\\p{L}{0,1} syrien\\p{L}{0,2}|milicias? siria\\p{L}{0,1}|сирииск\\p{L}{0,2} ополчен\\p{L}{0,3}|сиріиськ\\p{L}{0,2} ополчен\\p{L}{0,3}|regierungstreue\\p{L}{0,2}|regimetreue\\p{L}{0,2}|assad-treue\\p{L}{0,2}|syrische milizen|milizionare`,
      `pro-?gouvernementa\\p{L}{0,3}|pro-?regime|pro-?gubernamental\\p{L}{0,2}|progubernamental\\p{L}{0,2}|pro-?regimen|milices syriennes|milicianos sirios|milicias sirias`,
      `(?:hukumet|rejim|esad) yanlisi|suriyeli milis\\p{L}{0,6}|gonullu milis\\p{L}{0,6}`,
    ].join('|'),
  },
  {
    id: 'sdf-base',
    label: 'SDF position',
    kind: 'cue',
    weight: 1,
    pattern: [
      `sdf|syrian democratic forces|kurdish-led (?:forces|fighters)`,
      `сдс|силы демократическои сирии|сили демократичноі сиріі|демократичн\\p{L}{0,3} сил\\p{L}{0,3}|демократическ\\p{L}{0,3} сил\\p{L}{0,3} сирии`,
      `قسد|سوريا الديمقراطيه`,
      `demokratische[nr]? krafte syriens|sdf-stellung|sdf`,
      `forces democratiques syriennes|fds`,
      `fuerzas democraticas sirias|fds`,
      `suriye demokratik gucleri\\p{L}{0,3}|sdg`,
    ].join('|'),
  },
  {
    id: 'us-advisers',
    label: 'US advisers or special forces present',
    kind: 'cue',
    side: 'us',
    weight: 1.25,
    pattern: [
      `(?:us|american|u\\.s\\.|coalition) (?:advisers|advisors|special (?:operations )?(?:forces|troops)|commandos|troops|personnel|soldiers)|delta force`,
      `американск\\p{L}{0,3} (?:военн\\p{L}{0,3} )?(?:советник\\p{L}{0,3}|спецназ\\p{L}{0,3})|американськ\\p{L}{0,3} радник\\p{L}{0,3}`,
      `(?:ال)?مستشار\\p{L}{0,3} (?:ال)?(?:امريكي|اميركي|التحالف)\\p{L}{0,2}|جندي\\p{L}{0,2} امريكي\\p{L}{0,2}`,
      `berater der koalition|us-berater|us-spezialkrafte|delta-force\\p{L}{0,3}|us-soldaten`,
      `conseillers (?:americains|de la coalition)|soldats americains`,
      `asesores (?:estadounidenses|de la coalicion)|fuerza delta|militares estadounidenses|(?:efectivos|comandos|fuerzas) (?:de operaciones especiales|estadounidenses)`,
      `abd'li danisman\\p{L}{0,4}|abd danisman\\p{L}{0,4}`,
    ].join('|'),
  },
  {
    id: 'headquarters',
    label: 'headquarters or outpost',
    kind: 'cue',
    weight: 0.5,
    pattern: `headquarters|hq|outpost|command post|штаб\\p{L}{0,3}|мiсi[яи]|(?:ال)?مقر|hauptquartier|stutzpunkt|kommandoposten|quartier general|qg|poste de commandement|cuartel\\p{L}{0,3}|karargah\\p{L}{0,3}|us-basis|base americaine|puesto (?:avanzado|atacado|de mando|de las fds)|avant-poste|aussenposten|форпост\\p{L}{0,2}`,
  },
  {
    id: 'east-of-euphrates',
    label: '"the incident east of the Euphrates"',
    kind: 'cue',
    weight: 0.75,
    // The diplomats' euphemism for the battle.
    pattern: `(?:the )?(?:eastern|east|left) bank of the euphrates|лев\\p{L}{0,2} берег\\p{L}{0,1} евфрата|лів\\p{L}{0,2} берез\\p{L}{0,1} євфрату|(?:the )?(?:eastern|east) bank of the euphrates|восточн\\p{L}{0,2} берег\\p{L}{0,1} евфрата|східн\\p{L}{0,2} берез\\p{L}{0,1} євфрату|ostufer des euphrat\\p{L}{0,1}|rive (?:est|orientale) de l'euphrate|orilla (?:este|oriental) del eufrates|firat'in dogu (?:yakasi|kiyisi)\\p{L}{0,3}|الضفه الشرقيه (?:ل|من )?(?:نهر )?الفرات|(?:incident|clash|events?|battle|episode) east of the euphrates|(?:حادثه|اشتباك|احداث|معركه) شرق الفرات|(?:инцидент|столкновени|событи)\\p{L}{0,3} (?:к )?востоку от евфрата|(?:інцидент|зіткнен|поді)\\p{L}{0,3} (?:на )?схід від євфрату|(?:vorfall|zwischenfall|gefecht)\\p{L}{0,2} ostlich des euphrat\\p{L}{0,1}|(?:incident|accrochage|episode) a l'est de l'euphrate|(?:incidente|choque|episodio) al este del eufrates|firat'in dogusundaki (?:olay|catisma)\\p{L}{0,3}`,
  },
  {
    id: 'euphrates',
    label: 'Euphrates crossing',
    kind: 'cue',
    weight: 0.75,
    pattern: `euphrates|евфрат\\p{L}{0,2}|євфрат\\p{L}{0,2}|єфрат\\p{L}{0,2}|الفرات|euphrat|euphrate|eufrates|f[ii]rat\\p{L}{0,3}`,
  },
  {
    id: 'gas-field',
    label: 'gas plant or oil fields',
    kind: 'cue',
    weight: 0.75,
    pattern: [
      `gas (?:field|plant|facility|processing plant)|oil ?fields?|oil and gas fields`,
      `газов\\p{L}{0,4} (?:месторожден|завод|промысл|родовищ)\\p{L}{0,4}|нефт\\p{L}{0,4} (?:месторожден|пром)\\p{L}{0,4}|нафтов\\p{L}{0,4} родовищ\\p{L}{0,4}`,
      `(?:حقل|معمل) (?:غاز|الغاز|كونوكو)|حقول النفط|حقول (?:نفط|الغاز)`,
      `gaswerk\\p{L}{0,2}|gasfeld\\p{L}{0,2}|olfeld\\p{L}{0,2}|gasanlage|erdgasanlage|conoco-gasanlage|conoco-gasfeld`,
      `(?:champ|gisement|site|usine) (?:gazier|de gaz|petrolier)|champs petroliers`,
      `(?:campo|yacimiento|planta) (?:de gas|gasifer\\p{L}{0,2}|petrol\\p{L}{0,3})|campos petrol\\p{L}{0,4}`,
      `gaz (?:sahas\\p{L}{0,3}|tesis\\p{L}{0,3})|petrol (?:sahas\\p{L}{0,3}|kuyu\\p{L}{0,3})`,
    ].join('|'),
  },
  {
    id: 'column',
    label: 'the attacking column',
    kind: 'cue',
    weight: 0.75,
    pattern: `column|колонн\\p{L}{0,2}|колон\\p{L}{0,2}|الرتل|رتل\\p{L}{0,2}|kolonne|colonne|columna|konvoy\\p{L}{0,4}`,
  },
  {
    id: 'us-firepower',
    label: 'AC-130, B-52, F-22, Apache, HIMARS',
    kind: 'cue',
    weight: 0.5,
    // The aircraft and guns the coalition turned on the column (drones are
    // their own entry: a lone drone strike is the February 10 story).
    pattern: [
      `f-?22s?|ac-?130s?|himars|apaches?|ah-?64s?|b-?52s?|f-?15e?s?|gunships?|canoneros|b-52-bomber|apache-hubschrauber\\p{L}{0,1}`,
      `ф-?22|ас-?130|ак-?130|б-?52|ф-?15\\p{L}{0,1}|ганшип\\p{L}{0,2}|апач\\p{L}{0,2}|хаимарс\\p{L}{0,2}|бомбардировщик\\p{L}{0,3} b-?52`,
      `(?:ال)?غانشيب|اباتشي|الاباتشي|بي-?52|اف-?15|اف-?22|ايه سي-?130|هيمارس`,
    ].join('|'),
  },
  {
    id: 'drones',
    label: 'MQ-9 Reaper drones',
    kind: 'cue',
    weight: 0.25,
    pattern: `mq-?9s?|reapers?|рипер\\p{L}{0,2}|ريبر`,
  },
  {
    id: 'tanks',
    label: 'T-72 tanks and howitzers',
    kind: 'cue',
    weight: 0.5,
    pattern: [
      `t-?72\\p{L}{0,2}|tanks?|howitzers?|т-?72\\p{L}{0,2}|танк\\p{L}{0,2}|гаубиц\\p{L}{0,2}|гармат\\p{L}{0,2}`,
      `تي-?72|(?:ال)?دبابات|(?:ال)?دبابه|(?:ال)?مدافع`,
      `panzer\\p{L}{0,2}|haubitze\\p{L}{0,1}|chars|obusiers?|tanques|obuses|tank\\p{L}{0,3}|obus\\p{L}{0,4}`,
    ].join('|'),
  },
  {
    id: 'casualties',
    label: 'casualty figures',
    kind: 'cue',
    weight: 0.75,
    pattern: [
      `(?:several |a few )?dozens?|scores|hundreds|a couple (?:of )?hundred|more than 100|(?:about|around|some|roughly|nearly|up to|as many as|more than|over) \\d{2,3} (?:men|fighters|attackers|people|russians|mercenaries|contractors)|\\d{2,3} (?:to|bis|a|ila|y|et|и|і|و) \\d{2,3}`,
      `(?:killed|kill) (?:as many as |up to |about |around |more than |nearly |some |roughly )?(?:\\d{2,3}|dozens|scores|hundreds)`,
      `(?:несколько )?десят\\p{L}{0,4}|сотн\\p{L}{0,3}|сотню|понад сотню|более 100|пар[аеуи] сотен|пар[аиу] сотень|кілька сотень|несколько сотен|(?:более|свыше|около|понад|близько) \\d{2,3} (?:человек|боиц\\p{L}{0,2}|осіб|людеи|нападавш\\p{L}{0,3}|нападник\\p{L}{0,3}|боевик\\p{L}{0,3}|боиовик\\p{L}{0,3})|(?:более|свыше|около) (?:ста|сотни)|(?:понад|близько) (?:сто|сотні)`,
      `عشرات|ميات|بضع ميات|اكثر من ميه|اكثر من \\d{2,3}|نحو \\d{3}|مقتل \\d+`,
      `dutzend\\p{L}{0,2}|hunderte|ein paar hundert|einige hundert|mehr als (?:100|hundert)|uber hundert|(?:rund|etwa|uber|mehr als) \\d{2,3} (?:manner|kampfer|angreifer|menschen|russen|soldner)`,
      `des dizaines|des centaines|quelques centaines|une centaine|plus de 100|(?:environ|plus de|pres de) \\d{2,3} (?:hommes|combattants|assaillants|personnes|russes|mercenaires)`,
      `decenas|cientos|centenares|(?:un|el) centenar|varias decenas|un par de cientos|unos cientos|mas de (?:100|cien)|un monton|(?:unos|alrededor de|mas de|cerca de) (?:\\d{2,3}|cien|doscientos|trescientos) (?:hombres|combatientes|atacantes|personas|rusos|mercenarios|muertos)`,
      `onlarca|yuzlerce|birkac duzine|birkac yuz|(?:100|yuz)'?den fazla|yaklasik \\d{2,3} (?:kisi|savasci|rus|paral\\p{L}{0,2})`,
    ].join('|'),
  },
  {
    id: 'reconstruction-numbers',
    label: "the reconstruction's numbers (500 attackers, 40 Americans)",
    kind: 'cue',
    side: 'us',
    weight: 2,
    subject: true,
    // The figures of the New York Times's reconstruction, repeated by most
    // later accounts: about 500 attackers and 27 vehicles against some 40 Americans.
    pattern: [
      `(?:30|40|thirty|forty) (?:americans|u\\.s\\. (?:troops|soldiers|commandos|forces)|us (?:troops|soldiers|commandos)|american (?:troops|soldiers|commandos|special forces))|(?:500|five hundred) (?:attackers|pro-government|pro-regime)|27 (?:vehicles|armou?red vehicles)`,
      `(?:30|40|тридцат\\p{L}{0,2}|сорок\\p{L}{0,1}|тридцять) американ\\p{L}{0,6}|(?:500|пятьсот|пятисот|п'ятсот|п'ятисот) (?:нападавш|нападник|боевик|боиовик)\\p{L}{0,3}|27 (?:единиц|машин|одиниць)\\p{L}{0,2}`,
      `(?:30|40|ثلاثين|اربعين|ثلاثون|اربعون) (?:جندي\\p{L}{0,2}|عسكري\\p{L}{0,2}|امريكي\\p{L}{0,2}|اميركي\\p{L}{0,2})|500 (?:مقاتل|مهاجم)|27 (?:مركبه|اليه|عربه)`,
      `(?:30|40|dreissig|drei\u00dfig|vierzig) (?:amerikanische\\p{L}{0,2} (?:elitesoldaten|soldaten|spezialkrafte|kommandos)|amerikaner\\p{L}{0,1}|us-soldat\\p{L}{0,2}|us-kommandos|us-spezialkrafte\\p{L}{0,1})|(?:500|funfhundert) angreifer\\p{L}{0,1}|27 fahrzeug\\p{L}{0,2}`,
      `(?:30|40|trente|quarante) (?:americains|soldats americains|militaires americains|commandos americains)|(?:500|cinq cents) assaillants|27 vehicules`,
      `(?:30|40|treinta|cuarenta) (?:estadounidenses|soldados estadounidenses|militares estadounidenses|norteamericanos|comandos estadounidenses)|(?:500|quinientos) atacantes|27 vehiculos`,
      `(?:30|40|otuz|kirk) (?:amerikali|abd askeri|abd'li asker|abd ozel kuvvet)\\p{L}{0,5}|(?:30|40|otuz|kirk) (?:kadar )?(?:amerikan|abd)\\p{L}{0,3} (?:komando|asker)\\p{L}{0,5}|(?:500|bes yuz) (?:saldirgan\\p{L}{0,5}|kisilik)|27 arac\\p{L}{0,3}`,
    ].join('|'),
  },
  {
    id: 'four-hour',
    label: 'four-hour battle',
    kind: 'cue',
    weight: 1.5,
    subject: true,
    pattern: `ثلاث ساعات او اربع|three or four hours|trois ou quatre heures|tres o cuatro horas|drei oder vier stunden|три-четыре часа|три або чотири години|uc dort saat|(?:4|four|vier|quatre|cuatro|dort|четыре|чотири|اربع) ?-?(?:hours?|hrs?|hour|stunden|heures|horas|saat\\p{L}{0,3}|часа|години|ساعات)|(?:четырех|чотирьох) ?-?(?:часов|годин)|(?:четырехчасов|чотиригодин)\\p{L}{0,4}|vierstundig\\p{L}{0,2}|ساعات اربع|three hours|3 ?(?:1/2)? hours|часа четыре|часов четыре|години чотири`,
  },
  {
    id: 'clash',
    label: 'a clash',
    kind: 'cue',
    weight: 0.5,
    pattern: `clash(?:es|ed)?|engagements?|fights?|(?:the|heavy|fierce) fighting|battles?|skirmish(?:es)?|confrontation|firefights?|столкновени\\p{L}{0,3}|бо[ияю]|сражени\\p{L}{0,3}|зіткнен\\p{L}{0,3}|сутичк\\p{L}{0,3}|сутичц\\p{L}{0,2}|стычк\\p{L}{0,3}|біи|اشتباك\\p{L}{0,2}|الاشتباك|معركه|المعركه|مواجهه|(?:ال)?قتال|kampf\\p{L}{0,3}|kampfe\\p{L}{0,2}|gefecht\\p{L}{0,2}|schlacht|affrontement\\p{L}{0,1}|confrontation|bataille|combats?|episode|enfrentamientos?|choques?|batalla|combates?|catisma\\p{L}{0,5}|muharebe\\p{L}{0,3}`,
  },
  {
    id: 'russians-killed',
    label: 'dozens or hundreds of Russians',
    kind: 'cue',
    subject: true,
    side: 'russia',
    weight: 1.5,
    pattern: [
      `(?:dozens|scores|hundreds|a couple (?:of )?hundred|a few hundred|several dozen|several hundred) (?:of )?russians?|russians? (?:were |had been )?killed|killed (?:dozens of |scores of |hundreds of )?russians`,
      `(?:десятк\\p{L}{0,2}|сотн\\p{L}{0,2}|пар[аеуи] сотен|пар[аиу] сотень|несколько сотен|кілька сотень) (?:россиян|русских|росіян)|(?:погибш\\p{L}{0,2}|убит\\p{L}{0,2}) (?:россиян|русских)|(?:загибл\\p{L}{0,2}|вбит\\p{L}{0,2}) росіян`,
      `(?:عشرات|ميات|بضع ميات) (?:من )?(?:ال)?روس|قتلي (?:ال)?روس|(?:ال)?روس (?:ال)?قتلي`,
      `(?:dutzende|hunderte|(?:ein )?['"]?paar hundert|einige hundert) russen|(?:des dizaines|des centaines|quelques centaines) de russes|(?:decenas|cientos|un monton|un par de cientos|unos cientos|un par de centenares|unos centenares|varios centenares|(?:dos|tres) (?:o (?:tres|cuatro) )?centenares) de rusos|(?:deux|trois) (?:ou (?:trois|quatre) )?centaines de russes|كم مي(?:ه|يه) روسي|(?:onlarca|yuzlerce|birkac yuz) rus`,
      `(?:many|most|dozens|some) of them russians?|(?:muchos|la mayoria|decenas) de ellos rusos|(?:beaucoup|la plupart|des dizaines) d'entre eux (?:des )?russes|darunter (?:viele |zahlreiche |dutzende )?russen|(?:многие|большинство|десятки) из (?:них|которых) (?:были )?(?:россиян\\p{L}{0,1}|русские)|(?:багато|більшість|десятки) з (?:них|яких) (?:були )?росіян\\p{L}{0,1}|(?:كثير|معظم|عشرات) منهم (?:من )?(?:ال)?روس|cogu rus`,
    ].join('|'),
  },
  {
    id: 'dozens-wounded',
    label: "Moscow's later count: dozens wounded",
    kind: 'cue',
    side: 'russia',
    weight: 1,
    pattern: [
      `several dozen (?:were )?(?:wounded|injured)|(?:plusieurs |des )?dizaines de blesses|varias decenas de heridos|mehrere dutzend (?:verletzte|verwundete)|несколько десятков раненых|кілька десятків поранених|(?:dozens|scores) (?:of (?:russians|people|men|fighters) )?(?:were )?(?:wounded|injured)|dozens of wounded`,
      `десятк\\p{L}{0,2} (?:раненых|пострадавших|поранених|постраждалих)|(?:ранен\\p{L}{0,2}|поранен\\p{L}{0,2}) (?:десятк\\p{L}{0,2})`,
      `عشرات (?:ال)?(?:جرحي|مصابين)`,
      `dutzende (?:verletzte|verwundete)\\p{L}{0,1}|des dizaines de blesses|decenas de heridos|onlarca yarali`,
    ].join('|'),
  },
  {
    id: 'bodies',
    label: 'bodies and coffins',
    kind: 'cue',
    weight: 0.75,
    pattern: `coffins|bodies|body bags|kuhlcontainer\\p{L}{0,2}|refrigerated (?:trucks|containers)|рефрижератор\\p{L}{0,3}|their dead|sus muertos|leurs morts|ihre toten|своих (?:убитых|погибших|мертвых)|своіх (?:загиблих|вбитих)|قتلاهم|olulerini|гроб\\p{L}{0,2}|труни|тела погибших|тіла загиблих|груз[- ]?200|الجثث|جثث|(?:ال)?جثامين|(?:ال)?نعوش|(?:ال)?توابيت|leichen|sarge|zinksarge|cercueils|cadavres|ataudes|feretros|cadaveres|tabut\\p{L}{0,3}|cenaze\\p{L}{0,3}`,
  },
  {
    id: 'bodies-home',
    label: 'bodies brought home to Russia',
    kind: 'cue',
    side: 'russia',
    weight: 1,
    pattern: [
      `(?:трупи|трупы|тела|тіла|гробы|труни)\\p{L}{0,2} (?:\\p{L}{1,15} )?(?:в|до) ростов\\p{L}{0,2}|(?:bodies|coffins|remains) (?:were |was )?(?:returned|flown|brought|sent|shipped|repatriated) (?:home|back|to russia)|(?:flown|brought|sent|shipped) home in (?:zinc )?coffins`,
      `(?:гроб\\p{L}{0,2}|тела) (?:везли|привезли|вернулись|вернули|доставили|отправили|пошли|приходили) (?:в россию|на родину|домои)|(?:труни|тіла) (?:везли|привезли|повернули|доставили) (?:в|до) (?:росіі|украіни)`,
      `(?:ال)?(?:جثث|جثامين|نعوش|توابيت) (?:رجعت|عادت|اعيدت|نقلت|وصلت) (?:علي|الي) روسيا`,
      `(?:leichen|sarge|zinksarge|leichname) (?:wurden |kamen )?(?:\\p{L}{1,15} )?(?:\\p{L}{1,15} )?(?:nach russland|in die heimat|nach hause)`,
      `(?:corps|cercueils|depouilles) (?:ont ete |sont )?(?:rapatrie\\p{L}{0,2}|renvoye\\p{L}{0,2}|revenu\\p{L}{0,2}) en russie`,
      `(?:cuerpos|ataudes|feretros|restos) (?:fueron )?(?:repatriados|devueltos|enviados|llegaron) a rusia`,
      `(?:cenaze\\p{L}{0,4}|tabut\\p{L}{0,4}) rusya'ya (?:gonderil|getiril|dondu|ulast)\\p{L}{0,4}`,
    ].join('|'),
  },
  {
    id: 'volunteers',
    label: 'officially "volunteers" or militia',
    kind: 'cue',
    weight: 0.75,
    pattern: `volunteers|добровольц\\p{L}{0,2}|добровольц\\p{L}{0,2}|متطوعين|متطوعون|freiwillige\\p{L}{0,1}|volontaires|voluntarios|gonullu\\p{L}{0,3}`,
  },
  {
    id: 'moscow-silence',
    label: "Moscow's silence or denial",
    kind: 'cue',
    weight: 1,
    subject: true,
    pattern: [
      `(?:никого|нікого) (?:из|з) (?:их|наших|своих|іхніх|своіх) (?:там )?не (?:было|було)|so zu tun,? als (?:sei|ware) nichts (?:gewesen|passiert)|pretend(?:ed|ing)? (?:that )?nothing (?:had )?happened|(?:сделать|делать|сделали) вид,? (?:что|будто) ничего не (?:было|произошло)|(?:зробити|робити|зробили) вигляд,? (?:що|наче) нічого не (?:було|сталося)|faire comme si (?:de )?rien n'?(?:etait|s'etait passe)|como si nada hubiera pasado|hicbir sey olmamis gibi|انكار قتلا\\p{L}{0,2}|(?:that )?(?:they|these) were not russians|(?:es )?handle sich nicht um russen|(?:ніби|що) це не росіяни|(?:что|будто) это не (?:русские|россияне)|que no eran rusos|qu'il ne s'agissait pas de russes|bunlarin rus olmadig\\p{L}{0,4}|(?:negar|nier|deny|denied|denying|verleugnen|отрицать|заперечувати) (?:a )?(?:sus|ses|its|seine|своих|своіх) (?:propios |propres |own |eigenen |собственных |власних )?(?:muertos|morts|dead|toten|погибших|загиблих)|kendi olulerini inkar|(?:die es|that) officially never (?:happened|existed|was)|die es offiziell nie gab|qui n'a officiellement jamais (?:existe|eu lieu)|que oficialmente nunca (?:existio|ocurrio)|которои официально не было|якоі офіціино не було|(?:he|they) (?:was|were) never (?:even )?there|(?:there were )?no russians (?:were )?there|(?:gar )?keine russen(?: dort| da)?|никаких (?:русских|россиян) (?:там )?не было|no (?:habia|hubo) rusos|il n'y avait (?:aucun|pas de) russes?|orada (?:hic )?rus (?:yoktu|olmadig)|denied (?:that )?(?:any of )?its (?:citizens|nationals|people) (?:were|had been) there|отрица\\p{L}{0,3},? что там (?:были|находились) (?:его |ее |их )?(?:граждан|россиян|люд)\\p{L}{0,3}|заперечува\\p{L}{0,3},? що там (?:були|перебували) (?:иого |іі )?(?:громадян|росіян|люд)\\p{L}{0,3}|n'avait personne sur place|no tenia a nadie (?:alli|sobre el terreno)|had no one (?:there|on the ground)|(?:никого|нікого) (?:там |на месте |на місці )?(?:нет|немає)|not (?:its|their) (?:own )?(?:forces|troops|people|men)|no eran (?:fuerzas |tropas )?suy\\p{L}{0,2}|pas (?:ses|leurs) (?:forces|troupes|hommes)|nicht ihre (?:truppen|leute|soldaten)|не (?:их|наши|свои) (?:силы|воиска|люди)|не (?:іхні|наші|своі) (?:сили|віиська|люди)|kendi (?:guc|kuvvet|asker)\\p{L}{0,5} (?:olmadig|degil)\\p{L}{0,4}|ليسوا (?:من )?قوات\\p{L}{0,2}|none of its (?:people|personnel|troops|servicemen)|(?:has |had )?never (?:officially )?acknowledged|played down|pretended nothing|no russian (?:personnel|servicemen|troops)`,
      `нет данных|так и не призна\\p{L}{0,3}|не признал\\p{L}{0,2}|не призна(?:ет|ют)|мовча\\p{L}{0,3}|не визна\\p{L}{0,4}|тиша|тишина|молчани\\p{L}{0,2}`,
      `تبر(?:ا|ات) من\\p{L}{0,3}|نفي الجانب الروسي|نفت موسكو|moscou (?:a|avait) (?:nie|dementi) (?:toute )?(?:implication|participation|presence)|تنفي موسكو|انكر\\p{L}{0,2} وجود\\p{L}{0,2}|(?:wir waren|waren) nicht dort|не наши люди|не іі люди|не ее люди|не наші люди|ce n'etaient pas (?:les siens|ses hommes)|connais pas|عامله حالها`,
      `официально нигде не числил\\p{L}{0,3}|офіціино ніде не числил\\p{L}{0,3}|officially (?:listed|registered) nowhere|списали (?:их |іх )?(?:как|як)|moskova'nin (?:o geceki )?sessizlig\\p{L}{0,4}|moscow's silence|le silence de moscou|el silencio de moscu|das schweigen moskaus|молчание москвы|мовчання москви|صمت موسكو|unbeantwortet|nie offiziell|nie was|nicht bestatigt`,
      `not our (?:people|men|guys|boys|troops|forces)|(?:was|were|are) not (?:theirs|ours)|(?:wasn't|weren't|aren't) (?:theirs|ours)|none of their (?:people|men|troops|personnel|forces) (?:were|was)|bunlar bizim degil|bizimkiler degil|(?:seien|waren|sind) nicht (?:ihre|unsere) (?:leute|truppen|krafte)|(?:n'etaient|ne sont|n'est) pas (?:les leurs|les notres|des leurs|des notres)|no (?:eran|son) (?:suyos|nuestros|de los suyos|de los nuestros)|ليسوا (?:من )?(?:قواتنا|جماعتنا|تابعين لنا|تابعين لها)|pretended (?:they|it|the men|its men|his men|them) (?:had )?(?:never existed|did not exist|didn't exist|weren't there|were not there|never were there)|denied (?:that )?(?:its|their|his|the) (?:men|fighters|people|citizens|troops|mercenaries) (?:were|had been) (?:there|involved|present)|(?:left|abandoned) (?:them|its men|their men|his men|his fighters|its fighters|its mercenaries) to (?:die|their fate)|disowned|officially (?:not|never) there|(?:had|has) no (?:forces|troops|servicemen|people) there`,
      `не наши(?: люди)?|никого (?:там )?не было|там (?:вообще )?никого не было|сделал\\p{L}{0,2} вид,? (?:что|будто) (?:их|никого|ничего)|(?:их|нас) (?:как бы )?не существ\\p{L}{0,4}|бросил\\p{L}{0,2} (?:их|своих|его людеи|наших)|отрекл\\p{L}{0,3}|открестил\\p{L}{0,3}|официально (?:их |нас )?не было|(?:нас|их) (?:там )?не было`,
      `не наші(?: люди)?|нікого (?:там )?не було|зробил\\p{L}{0,2} вигляд|(?:іх|нас) (?:наче )?не існу\\p{L}{0,4}|кинул\\p{L}{0,2} (?:іх|своіх|наших)|відреклас\\p{L}{0,1}|відхрестил\\p{L}{0,3}|не визнал\\p{L}{0,2}|офіціино (?:іх |нас )?не було`,
      `(?:تخلي|تخلت|يتخلي)\\p{L}{0,2} (?:عن\\p{L}{0,2} )?(?:ال)?حليف (?:ال)?روسي|لم تعترف (?:حتي )?بوجود\\p{L}{0,3}|انكرت وجود\\p{L}{0,3}|تخلت عن (?:مرتزق\\p{L}{0,4}|مقاتلي\\p{L}{0,2}|رجال\\p{L}{0,2})|ليسوا (?:من )?(?:رجالنا|جنودنا)|لا احد من جنود\\p{L}{0,2} هناك|لا قوات (?:ل\\p{L}{0,2} )?هناك`,
      `keine eigenen (?:leute|soldaten|truppen|manner)|nicht unsere (?:leute|manner|jungs)|offiziell (?:gar )?(?:nicht da|nicht dort|nie dort)|im stich gelassen|fallen ?gelassen|verleugne\\p{L}{0,2}|so getan,? als (?:gabe|gab|hatte|hatten|waren) es (?:sie|ihn|die manner)? ?nicht|leugnete\\p{L}{0,1}`,
      `pas nos (?:hommes|gars)|(?:nous|les) avait (?:deja )?laches|abandonn\\p{L}{0,4} (?:ses|leurs) (?:hommes|combattants|mercenaires)|comme s'ils n'existaient pas|ni(?:e|ait|er) (?:leur|sa) presence`,
      `no (?:eran|son) (?:nuestros|los nuestros|suyos)|nego que (?:sus|los) (?:hombres|combatientes|mercenarios)|abandono a (?:sus|los) (?:hombres|combatientes|mercenarios)|como si no existieran|no movio un dedo|dejo tirados`,
      `(?:kendi )?adamlar\\p{L}{0,6} inkar|inkar etti\\p{L}{0,3}|yuzustu birakt\\p{L}{0,4}|gozden cikar\\p{L}{0,8}|kaderine terk\\p{L}{0,6}|bizim (?:adamlarimiz|insanlarimiz) degil|orada (?:hic )?kimse yoktu|resmen (?:orada )?yoktu`,
      `jamais (?:ete )?officiellement reconnue?|jure qu'aucun|personne en parle`,
      `sigue sin reconocer\\p{L}{0,2}|(?:toujours )?pas reconnu\\p{L}{0,2}|noch immer nicht (?:zugegeben|anerkannt|eingeraumt)|до сих пор не призна\\p{L}{0,3}|досі не визна\\p{L}{0,3}|nadie hable|nunca reconoci\\p{L}{0,2}`,
      `konusmuyor|sessiz kald\\p{L}{0,2}|kendi (?:personeli|adamlar\\p{L}{0,4}) olmad\\p{L}{0,6}`,
    ].join('|'),
  },
  {
    id: 'russians',
    label: 'Russians or Russia',
    kind: 'cue',
    side: 'russia',
    weight: 0.5,
    pattern: `russians?(?!-(?:made|built|designed|supplied|era))|russia|russland|russie|rusia|rusya\\p{L}{0,4}|russes?|russen|russische\\p{L}{0,2}|rusos?|ruslar\\p{L}{0,3}|россиян\\p{L}{0,3}|русских|росси[июя]|росіі|росі[яюі]|россииск\\p{L}{0,3}|росіиськ\\p{L}{0,3}|росiян\\p{L}{0,3}|росіян\\p{L}{0,3}|граждан рф|кацап\\p{L}{0,3}|الروس|روس|روسا|روسي\\p{L}{0,2}(?! الصنع)|rus(?= )`,
  },
  {
    id: 'syria',
    label: 'Syria',
    kind: 'cue',
    weight: 0.5,
    pattern: `syria\\p{L}{0,2}|сири\\p{L}{0,3}|сирі\\p{L}{0,3}|سوريا|سوريه|syrien\\p{L}{0,2}|syrie|siria|suriye\\p{L}{0,4}`,
  },
  {
    id: 'official-framing',
    label: 'official account of the attack',
    kind: 'cue',
    weight: 1.5,
    subject: true,
    pattern: [
      `unprovoked attack|(?:attack|assault) (?:as |was )?"?unprovoked|self-defen[cs]e|acted in self|in defense of (?:coalition|partner)`,
      `(?:ال)?(?:هجوم|اعتداء)\\p{L}{0,2} (?:بانه |بانها )?"?غير مبرر|عدوان امريكي|دفاعا عن النفس|الدفاع عن النفس`,
      `неспровоцированн\\p{L}{0,3} (?:атак|нападени)\\p{L}{0,3}|неспровокован\\p{L}{0,3} (?:атак|напад)\\p{L}{0,3}|самооборон\\p{L}{0,2}|legitime defense|(?:legitima|en) defensa propia|selbstverteidigung|mesru mudafaa`,
      `no (?:habia sido|fue|era) provocado|non provoque\\p{L}{0,2}|nicht provoziert|не был\\p{L}{0,1} спровоцирован\\p{L}{0,2}|не бул\\p{L}{0,1} спровокован\\p{L}{0,2}|unprovozierte\\p{L}{0,2}|attaque non provoquee|ataque no provocado|provokasyonsuz|sebepsiz bir saldiri`,
    ].join('|'),
  },

  {
    id: 'no-us-losses',
    label: 'no American losses',
    kind: 'cue',
    side: 'us',
    weight: 1.25,
    // One SDF fighter wounded, not one American: every account repeats it.
    pattern: [
      `(?:only|just) one sdf (?:fighter|member) (?:was )?(?:wounded|injured)|yalnizca bir sdg savascisinin yaralandig\\p{L}{0,3}|(?:лишь |только )?один боец сдс (?:был )?ранен|(?:лише |тільки )?один боєць сдс (?:був )?поранен\\p{L}{0,2}|un (?:seul )?combattant des fds (?:a ete )?blesse|un (?:solo )?combatiente de las fds (?:resulto )?herido|(?:nur )?ein sdf-kampfer (?:wurde )?verletzt|اصابه (?:مقاتل|عنصر) واحد من قسد|no (?:u\\.s\\.|us|american|coalition) (?:casualties|losses|troops were (?:hurt|injured|killed|wounded)|personnel were (?:hurt|injured|killed|wounded))|no americans? (?:were |was )?(?:hurt|injured|killed|wounded)|without (?:a single )?(?:u\\.s\\.|us|american) (?:casualt\\p{L}{0,3}|loss\\p{L}{0,2})`,
      `ни (?:один|одного) американ\\p{L}{0,4} (?:не )?(?:пострадал|погиб|ранен)\\p{L}{0,2}|американцы не пострадали|без потерь (?:для|среди|у) американ\\p{L}{0,4}|потерь (?:среди|у) американцев (?:не было|нет)`,
      `жоден американ\\p{L}{0,4} не (?:постраждав|загинув)|американці не постраждали|без втрат (?:для|серед) американ\\p{L}{0,4}`,
      `لم (?:ي|ت)صب (?:اي )?(?:جندي|عسكري|امريكي|اميركي|احد منهم)|احد\\p{L}{0,2} منهم لم (?:ي|ت)صب|دون (?:اي )?خساير (?:ال)?(?:امريكي|اميركي)\\p{L}{0,2}|لا خساير (?:ال)?(?:امريكي|اميركي)\\p{L}{0,2}`,
      `keine (?:us-|amerikanischen )(?:verluste|opfer|soldaten (?:verletzt|getotet))|kein (?:us-soldat|amerikaner|amerikanischer soldat) (?:wurde )?(?:verletzt|getotet)|ohne (?:us-|amerikanische )verluste`,
      `aucun (?:soldat |militaire )?americain (?:n'a ete )?(?:blesse|tue)|aucune perte (?:americaine|cote americain)|sans pertes? americaines?`,
      `ningun (?:soldado |militar )?(?:estadounidense|norteamericano) (?:resulto )?(?:herido|muerto)|sin bajas (?:estadounidenses|norteamericanas)|ninguna baja (?:estadounidense|norteamericana)`,
      `abd'nin (?:hic )?kayb\\p{L}{0,2} (?:olmadi|yok)|abd (?:tarafinda|askerlerinde) kayip (?:olmadi|yok)|amerikan kayb\\p{L}{0,2} (?:olmadi|yok)|hicbir abd askeri (?:yaralanmadi|olmedi)`,
    ].join('|'),
  },
  {
    id: 'attacked-americans',
    label: 'an attack on the Americans',
    kind: 'cue',
    side: 'us',
    weight: 1.25,
    // The attackers went at a position held with US troops: the one time
    // Russians did so in Syria.
    pattern: [
      `with (?:the )?americans inside|mit den amerikanern (?:drin|darin)|con los (?:americanos|estadounidenses) dentro|avec les americains (?:dedans|a l'interieur)|с американцами внутри|з американцями всередині|attack(?:ed|ing)? (?:the )?americans|(?:went|go|going|advanced) (?:up )?against (?:the )?americans|attack(?:ed|s)? on (?:the )?american (?:troops|forces|position|outpost|base)`,
      `(?:пошли|полезли|напали|наступали) на американ\\p{L}{0,4}|атаковал\\p{L}{0,2} американ\\p{L}{0,4}|атак\\p{L}{0,2} на американ\\p{L}{0,4}`,
      `(?:пішли|полізли|напали|лізуть|лізли) на американ\\p{L}{0,4}|атакувал\\p{L}{0,2} американ\\p{L}{0,4}|атак\\p{L}{0,2} на американ\\p{L}{0,4}`,
      `هاجم\\p{L}{0,2} (?:ال)?(?:امريكان|امريكيين|اميركيين|الامريكان)|(?:ال)?هجوم علي (?:ال)?(?:امريكان|امريكيين|اميركيين|قوات امريكيه)`,
      `(?:griffen|greifen|angriff\\p{L}{0,2} auf) (?:die )?(?:amerikaner|us-soldaten|us-truppen)`,
      `attaqu\\p{L}{0,4} (?:les )?(?:americains|soldats americains|forces americaines)`,
      `atac\\p{L}{0,4} a (?:los )?(?:estadounidenses|norteamericanos|soldados estadounidenses)`,
      `(?:amerikalilara|abd askerlerine|abd mevzisine) saldir\\p{L}{0,6}`,
    ].join('|'),
  },
  {
    id: 'since-cold-war',
    label: 'the first deadly US–Russian clash since the Cold War',
    kind: 'cue',
    weight: 1.5,
    subject: true,
    pattern: [
      `since the cold war|desde (?:el fin de )?la guerra fria|depuis (?:la fin de )?la guerre froide|seit (?:dem ende )?des kalten krieges|seit dem kalten krieg`,
      `(?:со времен|со времени|с момента окончания|после окончания) холодн\\p{L}{0,2} воин\\p{L}{0,1}|(?:з часів|після закінчення) холодноі віини`,
      `(?:منذ|من ايام) (?:نهايه )?الحرب البارده|soguk savas(?:tan beri|'tan (?:bu yana|beri)|in sonundan (?:bu yana|beri))`,
      `closest (?:the (?:us|united states) and russia|washington and moscow|the two (?:powers|militaries)|america and russia) (?:have |had )?(?:ever )?(?:come|came) to (?:a )?(?:direct )?(?:war|conflict|clash|blows)|dogrudan catismaya en cok yaklast\\p{L}{0,5}|ближе всего к прямому (?:столкновению|конфликту)|наиближче до прямого (?:зіткнення|конфлікту)`,
    ].join('|'),
  },
  {
    id: 'isis-hunters',
    label: '"ISIS hunters" (a Russian-trained unit)',
    kind: 'cue',
    side: 'russia',
    weight: 1,
    pattern: `(?:isis|isil|daesh) hunters|охотник\\p{L}{0,2} (?:на|за) игил|мисливц\\p{L}{0,2} (?:на|за) іділ|(?:صايدي|صيادي|صايدو) داعش|chasseurs de daech|cazadores de(?:l)? (?:isis|daesh|estado islamico)|is-jager|deas avcilari`,
  },
  {
    id: 'pompeo-couple-hundred',
    label: 'Pompeo: "a couple hundred Russians"',
    kind: 'cue',
    side: 'russia',
    weight: 2,
    subject: true,
    pattern: `(?:pompeo|помпео|بومبيو)\\p{L}{0,3}[^.?!]{0,80}(?:couple (?:of )?hundred|(?:two|three) (?:or (?:three|four) )?hundred|un par de cientos|un par de centenares|(?:deux|trois) (?:ou (?:trois|quatre) )?centaines|كم مي(?:ه|يه) روسي|quelques centaines|(?:ein )?['"]?paar hundert|пар[аеуи] сотен|пар[аиу] сотень|بضع ميات|birkac yuz)|(?:couple (?:of )?hundred|un par de cientos|un par de centenares|quelques centaines|paar hundert|пар[аеуи] сотен|пар[аиу] сотень|بضع ميات|birkac yuz)[^.?!]{0,80}(?:pompeo|помпео|بومبيو)`,
  },
  {
    id: 'mattis-perplexing',
    label: 'Mattis on the attack ("perplexing", "annihilated")',
    kind: 'cue',
    side: 'us',
    weight: 2.5,
    subject: true,
    // The US defense secretary's words for the attack, and his order, wherever quoted.
    pattern: [
      `(?:mattis|маттис|мэттис|меттіс|ماتيس)\\p{L}{0,3}[^.?!]{0,100}(?:annihilat\\p{L}{0,3}|vernicht\\p{L}{0,3}|уничтож\\p{L}{0,4}|знищ\\p{L}{0,4}|aniquil\\p{L}{0,4}|aneanti\\p{L}{0,3}|imha\\p{L}{0,6}|(?:ال)?ابا?د\\p{L}{0,3}|سحق\\p{L}{0,3})|mattis\\p{L}{0,3}[^.?!]{0,80}(?:perplex\\p{L}{0,4}|puzzl\\p{L}{0,4}|baffl\\p{L}{0,4})|(?:perplex\\p{L}{0,4}|puzzl\\p{L}{0,4}|baffl\\p{L}{0,4})[^.?!]{0,40} mattis`,
      `(?:маттис|мэттис|меттіс)\\p{L}{0,3}[^.?!]{0,80}(?:озадач|загадочн|непонятн|недоумени|спантелич|загадков|незрозуміл|дивн)\\p{L}{0,6}`,
      `ماتيس[^.?!]{0,80}(?:محير|مربك|محيره|غامض)`,
      `mattis[^.?!]{0,80}(?:ratselhaft|verwirrend|unerklarlich|ein ratsel)\\p{L}{0,2}`,
      `mattis[^.?!]{0,80}(?:deconcertant|perplex|deroutant|incomprehensible)\\p{L}{0,2}`,
      `mattis[^.?!]{0,80}(?:desconcertante|desconcierto|incomprensible|perplej\\p{L}{0,2}|dejaba perplejo)`,
      `mattis[' ]?\\p{L}{0,3}[^.?!]{0,160}(?:sasirtici|anlasilmaz|akil almaz|kafa karistirici|akil karistirici)`,
    ].join('|'),
  },
  {
    id: 'us-officials',
    label: 'US officials (Pompeo, Mattis, Votel)',
    kind: 'cue',
    side: 'us',
    weight: 0.25,
    pattern: `pompeo|помпео|بومبيو|mattis|маттис|мэттис|меттіс|ماتيس|votel|вотел|فوتيل|cia|цру|سي اي ايه|centcom|центком`,
  },
  {
    id: 'retreat',
    label: 'the attackers withdrew',
    kind: 'cue',
    weight: 0.25,
    pattern: [
      `retreat(?:ed|ing)?|withdr(?:ew|awn)|pulled back|fell back|fled (?:back|across)`,
      `отступ\\p{L}{0,4}|отошл\\p{L}{0,2}|відступ\\p{L}{0,4}|відіишл\\p{L}{0,2}`,
      `انسحب\\p{L}{0,2}|(?:ال)?انسحاب|تراجع\\p{L}{0,2}`,
      `zog\\p{L}{0,2} sich zuruck|zuruckgezogen|ruckzug\\p{L}{0,2}`,
      `se (?:sont )?repli\\p{L}{0,4}|battu\\p{L}{0,2} en retraite|retraite`,
      `se retira\\p{L}{0,3}|se replega\\p{L}{0,3}|retirada|repliegue`,
      `geri cekil\\p{L}{0,6}`,
    ].join('|'),
  },

  // ── Counter-cues ────────────────────────────────────────────────────────
  {
    id: 'other-year',
    label: 'another year',
    kind: 'counter',
    weight: -1.25,
    pattern: `201[4-79]|202[0-9]`,
  },
  {
    id: 'siege',
    label: 'the 2014–2017 siege',
    kind: 'counter',
    weight: -1.5,
    pattern: `siege|besieged|blockade|encircled|air ?drops?|осад\\p{L}{0,3}|осажд\\p{L}{0,6}|блокад\\p{L}{0,3}|облог\\p{L}{0,3}|анклав\\p{L}{0,2}|حصار|محاصر\\p{L}{0,2}|المحاصره|يحاصر|اسقاط جوي|belagerung|belagert|eingeschlossen\\p{L}{0,2}|assiege\\p{L}{0,2}|enclave|largages?|sitio|sitiados|asedio|cerco|cercados|kusatma|kusatt\\p{L}{0,4}|в кольце|в кільці|в оточенні|облоз\\p{L}{0,1}|на парашют\\p{L}{0,2}|на парашут\\p{L}{0,2}|parachut\\p{L}{0,4}|paracaid\\p{L}{0,3}|fallschirm\\p{L}{0,3}`,
  },
  {
    id: 'isis-attack',
    label: 'an ISIS attack or ISIS-held ground',
    kind: 'counter',
    weight: -1,
    pattern: [
      `(?:isis|isil|islamic state|daesh|игил|иг|داعش|is-miliz|ei|eiil|deas)(?:-led)? (?:attack|ambush|offensive|assault|mortar|militants (?:attacked|killed))\\p{L}{0,3}`,
      `(?:killed|ambushed) by (?:isis|isil|the islamic state|daesh|islamic state)`,
      `(?:isis|isil|islamic state|is|daesh)-(?:held|controlled)|held by (?:isis|the islamic state)|tenu\\p{L}{0,2} (?:jusque-la )?par l'ei|vom is gehalten\\p{L}{0,2}|en manos del estado islamico|الخاضعه لسيطره داعش|подконтрольн\\p{L}{0,3} иг|підконтрольн\\p{L}{0,3} іділ`,
      `from (?:isis|isil|the islamic state|islamic state|daesh)|vom is|de l'ei|al estado islamico|isid'den|isid'in elinden|в іділ|у іділ|от игил|من داعش|داعش منه`,
    ].join('|'),
  },
  {
    id: 'strikes-on-isis',
    label: 'strikes on ISIS positions',
    kind: 'counter',
    weight: -1,
    pattern: [
      `(?:strikes?|airstrikes|raids?|bombing) (?:on|against) (?:isis|isil|the islamic state|islamic state|daesh)|(?:isis|isil|islamic state|daesh) (?:positions|targets|hideouts)`,
      `по (?:позициям|объектам|целям) (?:игил|иг)|по (?:позиціях|позиціям|об'єктах) (?:іділ|іг)`,
      `(?:غارات|ضربات|قصف) (?:علي|ضد) (?:مواقع )?(?:ل)?(?:داعش|تنظيم الدوله)`,
      `(?:stellungen|ziele) de[rs] (?:is|islamischen staates)|gegen is-stellungen`,
      `(?:positions|cibles) (?:de l'ei|de daech|du groupe etat islamique)`,
      `(?:posiciones|objetivos) del (?:ei|estado islamico|daesh)`,
      `(?:isid|deas) (?:mevzi|hedef)\\p{L}{0,5}`,
    ].join('|'),
  },
  {
    id: 'captured',
    label: 'ground captured (the 2017 offensive)',
    kind: 'counter',
    weight: -2,
    pattern: `seiz(?:ed|es|ing)|captur(?:ed|es|ing)|retook|recaptur\\p{L}{0,3}|wrested|erobert|eroberung|la prise|prise du|arrebat\\p{L}{0,4}|conquist\\p{L}{0,3}|aldigini|ele gecir\\p{L}{0,4}|отбил\\p{L}{0,2}|відбили|захватил\\p{L}{0,2}|السيطره علي|طرد تنظيم|понтон\\p{L}{0,4}|pontoon\\p{L}{0,1}|pontones|ponton\\p{L}{0,1}|took (?:control|over)|liberat(?:ed|ion|ing)|befrei\\p{L}{0,3}|eingenommen|einnahme|libere\\p{L}{0,2}|liberation|reprise|s'empar\\p{L}{0,4}|tomaron|toma de|liberad\\p{L}{0,2}|взяли|взяти|взятие|освобо\\p{L}{0,6}|звільн\\p{L}{0,5}|тحرير|تحرير|ele gecir\\p{L}{0,4}|kurtar\\p{L}{0,5}`,
  },
  {
    id: 'russian-air-support',
    label: 'Russian air support (other battles)',
    kind: 'counter',
    weight: -1,
    pattern: `russian air (?:support|strikes?|power)|russian (?:warplanes|jets|aircraft)|вкс россии|вкс рф|россииск\\p{L}{0,3} авиаци\\p{L}{0,2}|росіиськ\\p{L}{0,3} авіаці\\p{L}{0,2}|الطيران الروسي|بدعم روسي|con apoyo ruso|avec (?:le )?(?:soutien|l'appui) russe|mit russischer unterstutzung|при поддержке (?:россии|рф|вкс)|за підтримки (?:росіі|рф)|rus destekli|rusya destegiyle|russische\\p{L}{0,2} luftwaffe|russischer (?:hilfe|luftunterstutzung)|aviation russe|appui aerien russe|apoyo aereo ruso|aviacion rusa|rus hava (?:destegi|kuvvetleri)|rus savas ucak\\p{L}{0,4}`,
  },
  {
    id: 'river-crossing',
    label: 'the 2017 river crossing',
    kind: 'counter',
    weight: -1,
    pattern: `crossed (?:the )?(?:river|euphrates)|bridge|мост\\p{L}{0,2}|переправ\\p{L}{0,4}|міст|جسر|عبرت|brucke|uberquert\\p{L}{0,2}|uberquerung|franchi\\p{L}{0,3}|pont flottant|pont de bateaux|cruzaron|cruzaran|puente|kopru\\p{L}{0,3}`,
  },
  {
    id: 'offensive',
    label: 'an offensive against ISIS',
    kind: 'counter',
    weight: -0.75,
    pattern: `offensive|ofensiva|offensiv\\p{L}{0,2}|наступлени\\p{L}{0,2}|наступ\\p{L}{0,3}|harekat\\p{L}{0,3}|taarruz\\p{L}{0,3}|هجوم\\p{L}{0,2} علي داعش|عمليه عسكريه`,
  },
  {
    id: 'iran-backed',
    label: 'Iran-backed militias',
    kind: 'counter',
    weight: -2,
    pattern: `iran(?:ian)?[- ](?:backed|aligned|linked|supported)|irgc|revolutionary guard|kata'?ib|hezbollah|islamic resistance in iraq|проиран\\p{L}{0,4}|иранск\\p{L}{0,4}|іранськ\\p{L}{0,4}|(?:ال)?مدعوم\\p{L}{0,2} من ايران|الايراني\\p{L}{0,2}|الحرس الثوري|iran-?(?:nahe|treue|gestutzt)\\p{L}{0,3}|proiranische\\p{L}{0,2}|pro-?iranien\\p{L}{0,3}|проіран\\p{L}{0,5}|proiran\\p{L}{0,3}|iran destekli|pro-?irani\\p{L}{0,3}`,
  },
  {
    id: 'rocket-attack',
    label: 'rocket attacks on a base (later years)',
    kind: 'counter',
    weight: -1.5,
    // Militias fired rockets and drones at the US bases from 2019 on; the
    // February 2018 attack was an assault by a column.
    pattern: [
      `rocket (?:attacks?|fire) (?:on|at|against|targeted)|rockets? (?:hit|struck|targeted|landed|were fired)|(?:fired|launched) rockets`,
      `(?:des|les|plusieurs) roquettes|tirs? de roquettes|(?:ataque|ataques) con cohetes|(?:varios|los|dos|tres) cohetes|raketenangriff\\p{L}{0,2}|raketenbeschuss|raketen (?:schlugen|trafen)`,
      `обстрел\\p{L}{0,3} ракетами|ракетн\\p{L}{0,3} обстрел\\p{L}{0,2}|обстріл\\p{L}{0,3} ракетами|ракетн\\p{L}{0,3} обстріл\\p{L}{0,2}`,
      `(?:قصف|هجوم) صاروخي|بصواريخ|roket(?:li)? saldiri\\p{L}{0,3}|roketlerle`,
    ].join('|'),
  },
  {
    id: 'tower-22',
    label: 'Tower 22',
    kind: 'counter',
    weight: -3,
    pattern: `tower 22|башн\\p{L}{0,3} 22|البرج 22|برج 22|tour 22|torre 22|kule 22|jordan\\p{L}{0,3}|иордан\\p{L}{0,3}|(?:ال)?اردن|urdun\\p{L}{0,3}|(?:three|3) (?:american|us|u\\.s\\.) (?:soldiers|troops|service ?members)|(?:trois|3) soldats americains|(?:tres|3) soldados estadounidenses|(?:drei|3) us-soldaten|(?:трех|трьох|3) американск\\p{L}{0,2} (?:военн|солдат)\\p{L}{0,4}|(?:трьох|3) американськ\\p{L}{0,2} (?:віиськов|солдат)\\p{L}{0,4}|ثلاثه جنود (?:ال)?(?:امريكيين|اميركيين)|(?:uc|3) abd askeri`,
  },
  {
    id: 'retaliation',
    label: 'retaliation strikes (2024)',
    kind: 'counter',
    weight: -1,
    pattern: `in retaliation|retaliatory|vergeltung|represailles|en represalia|misilleme|в ответ на атаку|у відповідь на атаку|ردا علي هجوم`,
  },
  {
    id: 'palmyra',
    label: 'Palmyra',
    kind: 'counter',
    weight: -1,
    pattern: `palmyr\\p{L}{0,2}|пальмир\\p{L}{0,2}|пальмір\\p{L}{0,2}|تدمر|palmira|palmyre|homs|хомс|حمص|al-shaer|шаер`,
  },
  {
    id: 'september-2016',
    label: 'September 2016 strike on Syrian troops',
    kind: 'counter',
    weight: -2,
    pattern: [
      `jabal (?:al-)?thard[ae]h?|thardah?|ثرده|тард\\p{L}{0,2}|ceasefire|truce|перемири\\p{L}{0,3}|هدنه|waffenruhe|cessez-le-feu|alto el fuego|ateskes`,
      `september|sept\\.|сентябр\\p{L}{0,3}|вересн\\p{L}{0,3}|ايلول|سبتمبر|septembre|septiembre|eylul\\p{L}{0,3}`,
      `airport|аэропорт\\p{L}{0,3}|аеропорт\\p{L}{0,3}|المطار|مطار|flughafen|aeroport|aeropuerto|havaliman\\p{L}{0,3}`,
      `by mistake|mistaken\\p{L}{0,2}|versehentlich|помилково|ошибочно|по ошибке|"خطا"|خطا|par erreur|regrets|por error|un error|yanlislikla`,
    ].join('|'),
  },
  {
    id: 'syrian-army-hit',
    label: 'strikes on the Syrian army (2016)',
    kind: 'counter',
    weight: -1.5,
    pattern: [
      `(?:strikes? on|struck|hit|bombed|attack on) (?:the )?syrian (?:army|troops|soldiers|government troops|military)|(?:удар|авиаудар)\\p{L}{0,2} по (?:позициям )?сирииск\\p{L}{0,2} (?:военн|арми|воиск|солдат)\\p{L}{0,3}|(?:удар|авіаудар)\\p{L}{0,2} по (?:позиціях )?сиріиськ\\p{L}{0,2} (?:віиськов|арміі|віиськ|солдат)\\p{L}{0,3}|(?:قصف|ضرب|غاره علي) (?:مواقع )?(?:ال)?جيش (?:ال)?سوري|(?:angriff|luftangriff)\\p{L}{0,2} auf (?:die )?syrische\\p{L}{0,1} (?:armee|soldaten|truppen|regierungstruppen)|frappe\\p{L}{0,1} (?:contre|sur) (?:l'armee|les soldats|les troupes) syrien\\p{L}{0,3}|ataque\\p{L}{0,1} contra (?:el ejercito|los soldados|las tropas) sirio\\p{L}{0,1}|suriye ordusu(?:na|nun mevzilerine) (?:yonelik )?saldiri\\p{L}{0,3}`,
      `(?:killed|killing) (?:at least |about |some |dozens of |more than )?(?:\\d+ )?syrian (?:troops|soldiers)|samantha power|саманта пауэр|саманта пауер|سامانثا باور`,
    ].join('|'),
  },
  {
    id: 'russian-made',
    label: 'Russian-made weapons (not Russians)',
    kind: 'counter',
    weight: -0.5,
    pattern: `russian-(?:made|built|designed|supplied)|russischer (?:bauart|herkunft|produktion)|(?:россииского|советского) производства|(?:росіиського|радянського) виробництва|de (?:fabrication|conception) (?:russe|sovietique)|de fabricacion (?:rusa|sovietica)|rus yapimi|روسي(?:ه)? الصنع|(?:سوفيتي|سوفياتي)(?:ه)? الصنع`,
  },
  {
    id: 'security-council',
    label: 'UN Security Council session',
    kind: 'counter',
    weight: -0.75,
    pattern: `security council|совбез\\p{L}{0,2}|радбез\\p{L}{0,2}|совет безопасности оон|sicherheitsrat\\p{L}{0,2}|conseil de securite|consejo de seguridad|guvenlik konseyi\\p{L}{0,3}|مجلس الامن`,
  },
  {
    id: 'oil-2019',
    label: '"keeping the oil" (2019)',
    kind: 'counter',
    weight: -2,
    pattern: `bradley\\p{L}{0,2}|حقلي العمر|al[- ]?omar|(?:ل)?حمايه (?:ال)?نفط|(?:ل)?تامين (?:ال)?نفط|(?:nos )?quedamos con el petroleo|quedarse con el petroleo|on garde le petrole|garder le petrole|wir behalten das ol|behalte\\p{L}{0,2} "?das ol|petrolu (?:biz )?(?:aliyoruz|tutuyoruz)|custodiar (?:los )?(?:yacimientos|campos|pozos)|garder les (?:champs|puits)|(?:olfelder|olquellen) (?:zu )?bewachen|(?:вывоз|контрабанд)\\p{L}{0,4} нефт\\p{L}{0,2}|(?:вивіз|вивоз|контрабанд)\\p{L}{0,4} нафт\\p{L}{0,2}|oil smuggling|smuggl\\p{L}{0,3} (?:the )?oil|бензовоз\\p{L}{0,3}|(?:al-)?omar (?:oil ?)?field\\p{L}{0,1}|حقل العمر|омар\\p{L}{0,1}|(?:оставляем|оставим|оставляем себе|залишаємо|залишимо) (?:себе )?(?:нефть|нафту)|охранять месторожден\\p{L}{0,3}|охороняти родовищ\\p{L}{0,3}|we(?:'re| are) keeping the oil|keep(?:ing)? the oil|secure (?:the )?oil(?: ?fields)?|garder le petrole|proteger el petroleo|احتفظنا بالنفط|охранять нефт\\p{L}{0,4}|охороняти нафт\\p{L}{0,4}|бандитизм\\p{L}{0,2}|banditentum|petrolu koru\\p{L}{0,4}|zu sichern|(?:protect|secure|guard)(?:ing)? (?:the )?oil ?fields|proteger (?:los )?(?:campos|yacimientos|pozos) (?:petroleros|petroliferos|de petroleo)|proteger (?:les )?(?:champs|puits) petroliers|(?:olfelder|olquellen) (?:zu )?(?:schutzen|sichern)|schutz der olfelder|охран\\p{L}{0,3} нефтян\\p{L}{0,3} (?:месторождени|объект)\\p{L}{0,3}|охорон\\p{L}{0,3} нафтов\\p{L}{0,3} родовищ\\p{L}{0,3}|(?:ل)?حمايه حقول (?:ال)?نفط|petrol (?:sahalarini|kuyularini) koru\\p{L}{0,4}`,
  },
  {
    id: 'patrol-incident',
    label: 'US–Russian patrol incidents (2020)',
    kind: 'counter',
    weight: -2,
    pattern: `mrap\\p{L}{0,2}|sideswip\\p{L}{0,3}|rammed|бронеавтомобил\\p{L}{0,2}|бронеавтомобіл\\p{L}{0,2}|протаранил\\p{L}{0,2}|таранил\\p{L}{0,2}|патрул\\p{L}{0,4}|devriye\\p{L}{0,4}|patrouille\\p{L}{0,1}|patrulla\\p{L}{0,1}|patrouill\\p{L}{0,6}|(?:ال)?دوري\\p{L}{0,2}|gerammt|abgedrangt|percut\\p{L}{0,3}|embist\\p{L}{0,3}|concussion\\p{L}{0,1}|conmocion\\p{L}{0,2}|gehirnerschutterung\\p{L}{0,2}|сотрясени\\p{L}{0,1} мозга|струс\\p{L}{0,1} мозку|beyin sarsint\\p{L}{0,4}|ارتجاج`,
  },
  {
    id: 'tribal-2023',
    label: 'SDF–tribal clashes (2023)',
    kind: 'counter',
    weight: -2,
    pattern: `tribal|tribes|tribus|tribales|tribaux|племен\\p{L}{0,3}|плем\\p{L}{0,4}|العشاير|عشاير|stammes\\p{L}{0,6}|stamme|asiret\\p{L}{0,4}|military council|военного совета|военн\\p{L}{0,2} совет\\p{L}{0,2}|віиськов\\p{L}{0,3} рад\\p{L}{0,2}|مجلس دير الزور العسكري|militarrat\\p{L}{0,2}|conseil militaire|consejo militar|askeri meclis\\p{L}{0,3}|abu khawla|abou khawla|абу хаул\\p{L}{0,2}|ابو خوله|ebu havle\\p{L}{0,3}|khabil|хабил\\p{L}{0,2}|الخبيل`,
  },
  {
    id: 'other-russian-losses',
    label: 'other Russian losses in Syria',
    kind: 'counter',
    weight: -2,
    pattern: `asapov|асапов\\p{L}{0,2}|اسابوف|asapow|hmeimim|hmeymim|хмеимим\\p{L}{0,2}|حميميم|su-24\\p{L}{0,3}|су-24|il-20|ил-20|peshkov|pechkov|peskov(?= oleg)|пешков\\p{L}{0,2}|пєшков\\p{L}{0,2}|peskov'?un|(?:major|lieutenant)[ -]general|generalmajor|generalleutnant|генерал-(?:маиор|леитенант)\\p{L}{0,2}|gladkikh|гладких|improvised explosive|ied|самодельн\\p{L}{0,3} взрывн\\p{L}{0,4}|саморобн\\p{L}{0,3} вибухов\\p{L}{0,4}|عبوه ناسفه|el yapimi patlayici|sprengfalle|engin explosif improvise|artefacto explosivo improvisado`,
  },
  {
    id: 'other-front',
    label: 'another front (Ghouta, Afrin, the earthquake)',
    kind: 'counter',
    weight: -2,
    pattern: `ghouta|гут\\p{L}{0,2}|الغوطه|afrin|африн\\p{L}{0,2}|афрін\\p{L}{0,2}|(?:al|at|ат|ал|эт|ет|аль)-?(?:tanf|танф)\\p{L}{0,2}|التنف|su-22|су-22|f/a-18\\p{L}{0,1}|عفرين|olive branch|olivenzweig|rameau d'olivier|rama de olivo|zeytin dali|earthquake|زلزال|землетрясен\\p{L}{0,3}|erdbeben|seisme|terremoto|deprem\\p{L}{0,3}`,
  },
  {
    id: 'turkish-forces',
    label: 'Turkish forces (Afrin, 2018)',
    kind: 'counter',
    weight: -2,
    pattern: `ankara|анкара|انقره|turkish (?:artillery|army|troops|forces|jets)|турецк\\p{L}{0,3} (?:артиллери|арми|воиск|сил)\\p{L}{0,3}|турецьк\\p{L}{0,3} (?:артилері|армі|віиськ|сил)\\p{L}{0,3}|turk (?:topcu|ordu|jet|kuvvet)\\p{L}{0,6}|artillerie turque|artilleria turca|turkische\\p{L}{0,1} artillerie|المدفعيه التركيه|الجيش التركي`,
  },
  {
    id: 'wagner-elsewhere',
    label: 'Wagner elsewhere',
    kind: 'counter',
    weight: -2,
    pattern: `libya|libyan|mali|malis|malian|(?:в|у|на півночі|на севере|північ|север) малі|tinzaouat\\p{L}{0,3}|тинзауатен\\p{L}{0,1}|тінзауатен\\p{L}{0,1}|تينزواتين|tuareg\\p{L}{0,3}|touareg\\p{L}{0,2}|туарег\\p{L}{0,3}|(?:ال)?طوارق|africa corps|afrika ?korps|corps africain|cuerpo africano|afrika kolordusu|африканск\\p{L}{0,2} корпус\\p{L}{0,1}|африканськ\\p{L}{0,2} корпус\\p{L}{0,1}|الفيلق الافريقي|central african|sudan|mozambique|mozambik|мозамбик\\p{L}{0,2}|cabo delgado|haftar|hafter|хафтар\\p{L}{0,2}|حفتر|tripoli|trablus|طرابلس|bakhmut|bachmut|bajmut|bahmut|بخموت|باخموت|soledar|mutiny|march on moscow|(?:поход|марш)\\p{L}{0,2} на москву|(?:двинулись|двинул\\p{L}{0,2}|пошли|рушили) на москв\\p{L}{0,1}|marche sur moscou|marsch auf moskau|marcha (?:sobre|hacia) moscu|moskova'?ya yuruyus\\p{L}{0,3}|prigozhin'?s (?:death|plane)|plane crash|авиакатастроф\\p{L}{0,2}|авіакатастроф\\p{L}{0,2}|flugzeugabsturz|ливи\\p{L}{0,2}|мали|цар|центральноафрикан\\p{L}{0,6}|бахмут\\p{L}{0,2}|мятеж\\p{L}{0,2}|заколот\\p{L}{0,2}|ليبيا|الليبيه|مالي|افريقيا الوسطي|تمرد|libyen|zentralafrikan\\p{L}{0,6}|meuterei|libye|centrafrique|mutinerie|libia|centroafricana|motin|orta afrika|isyan\\p{L}{0,3}|ukraine|ukrainian|украин\\p{L}{0,3}|украін\\p{L}{0,3}|укра\\p{L}{0,5}|اوكرانيا|ucrania|ukrayna|ukrainische\\p{L}{0,2}|всу|зсу`,
  },
  {
    id: 'composer',
    label: 'Richard Wagner, the composer',
    kind: 'counter',
    weight: -4,
    pattern: `richard wagner|рихард\\p{L}{0,2} вагнер\\p{L}{0,2}|ріхард\\p{L}{0,2} вагнер\\p{L}{0,2}|ريتشارد فاغنر|opera\\p{L}{0,2}|опер\\p{L}{0,2}|اوبرا|الاوبرا|oper|composer|композитор\\p{L}{0,2}|komponist\\p{L}{0,2}|compositeur|compositor|besteci|bayreuth\\p{L}{0,2}|баироит|بايرويت|nibelung\\p{L}{0,3}|нибелунг\\p{L}{0,3}|нібелунг\\p{L}{0,3}|النيبلونغ|tannhauser|lohengrin|rheingold|gotterdammerung|siegfried|ring cycle|ring des nibelungen|metropolitan opera|intermission|parsifal|walkure|valkyr\\p{L}{0,3}|valkur|валькир\\p{L}{0,3}|tristan|crepuscule des dieux|festspiele|мариинск\\p{L}{0,3}`,
  },
  {
    id: 'music',
    label: 'music or theatre',
    kind: 'counter',
    weight: -2,
    pattern: `music|musique|musica|muzik\\p{L}{0,3}|музык\\p{L}{0,2}|музик\\p{L}{0,2}|موسيق\\p{L}{0,3}|الموسيقار|musik|soundtrack|театр\\p{L}{0,2}|theater|theatre|teatro|tiyatro|sahnelen\\p{L}{0,4}|applaus|entractes|apocalypse now`,
  },
  {
    id: 'conocophillips',
    label: 'ConocoPhillips, the company',
    kind: 'counter',
    weight: -3,
    pattern: `شركه "?كونوكو|conoco (?:company|corporation|inc)|(?:la )?(?:compania|empresa|societe|firma|firme) (?:estadounidense |americaine |us-amerikanische )?"?conoco|компани\\p{L}{0,2} "?коноко|conoco ?phillips|коноко ?филлипс|коноко ?філліпс|كونوكو ?فيليبس|shares|quarterly|earnings|dividend|buybacks?|nyse|акци\\p{L}{0,2} компании|aktie\\p{L}{0,2}|bourse|acciones|hisse\\p{L}{0,3}|arbitration|arbitra\\p{L}{0,4}|pdvsa|venezuela\\p{L}{0,2}|schiedsgericht|توزيعات\\p{L}{0,2}`,
  },
  {
    id: 'former-conocophillips',
    label: 'the former ConocoPhillips plant',
    kind: 'cue',
    weight: 2,
    // Offsets the company counter: "a gas plant once run by ConocoPhillips" is the battle's plant.
    pattern: [
      `(?:former|formerly|once|ex-)(?: (?:owned|operated|run|built))?(?: by)? conoco ?phillips|(?:ehemalig|fruher)\\p{L}{0,3}(?: \\p{L}{1,14}){0,2} (?:von |der |des )?conoco ?phillips`,
      `(?:ancien|ancienne|anciennement)(?: \\p{L}{1,14}){0,2} (?:de |d'|par )?conoco ?phillips|(?:antigu[oa]|antiguamente)(?: \\p{L}{1,14}){0,2} (?:de |por )?conoco ?phillips`,
      `(?:бывш\\p{L}{0,3}|колишн\\p{L}{0,3})(?: \\p{L}{1,14}){0,2} (?:компании |компаніі )?(?:conoco ?phillips|коноко ?филлипс|коноко ?філліпс)|eskiden conoco ?phillips|eski conoco ?phillips|(?:التابع|التابعه) (?:سابقا )?(?:ل|لشركه )?كونوكو ?فيليبس|كونوكو ?فيليبس سابقا`,
    ].join('|'),
  },
  {
    id: 'feb-10',
    label: 'the February 10 strikes',
    kind: 'counter',
    weight: -3,
    pattern: `(?:العاشر من (?:شباط|فبراير))|feb(?:ruary|\\.)? 10(?:th)?|10(?:th)? (?:of )?feb(?:ruary|\\.)?|10 (?:февраля|лютого|شباط|فبراير|fevrier|de febrero|subat)|10\\. februar|10[./]0?2[./]2018|israel\\p{L}{0,4}|израил\\p{L}{0,2}|ізраіл\\p{L}{0,2}|اسراييل\\p{L}{0,2}|f-16|iranian drone`,
  },
  {
    id: 'single-tank',
    label: 'a single T-72 (the February 10 strike)',
    kind: 'counter',
    weight: -1.5,
    pattern: `(?:a|one|a single|a lone) (?:syrian |regime |pro-regime |pro-government )?t-72(?: tank)?(?! tanks)|(?:по )?танку (?:т|t)-72|танк (?:т|t)-72|un (?:seul )?char (?:t|т)-72|un tanque (?:t|т)-72|bir (?:t|т)-72 tank\\p{L}{0,3}|einen (?:einzelnen )?(?:t|т)-72|einen (?:einzelnen )?(?:kampf)?panzer(?: vom typ)? (?:t|т)-72|دبابه (?:من طراز )?(?:t|т)-72`,
  },
  {
    id: 'civilians',
    label: 'civilian casualties in ISIS-held villages',
    kind: 'counter',
    weight: -1.5,
    pattern: `civilians?|hajin|hadschin|hacin|хаджин\\p{L}{0,1}|al-shafa|al-chafa|аш-шафа|mirkadah|мирн\\p{L}{0,2} жител\\p{L}{0,3}|мирн\\p{L}{0,2} мешкан\\p{L}{0,3}|цивильн\\p{L}{0,3}|цивільн\\p{L}{0,3}|مدنيين|المدنيين|هجين|zivilist\\p{L}{0,3}|civils?|civiles|sivil\\p{L}{0,5}`,
  },
];

// ── Combinations ──────────────────────────────────────────────────────────
// Pairs of cues that, together, only this engagement has. Each counts once
// more when every group of a combination has a cue in the sentence or its
// neighbours (at the weakest group's strength); a neighbour's cue counts at
// neighbour strength, as it does on its own.

export interface Combination {
  id: string;
  label: string;
  /** Each group needs one of its cue ids present. */
  groups: readonly (readonly string[])[];
  weight: number;
}

// Who fought on the Russian side: the contractors, and their dead.
const RUSSIAN_FIGHTERS = [
  'wagner',
  'prigozhin',
  'russian-contractors',
  'russian-citizens',
  'russians-killed',
  'named-dead',
];

export const COMBINATIONS: readonly Combination[] = [
  // With the place named, one kind of evidence may be enough; how much each
  // says is fitted on the corpus ('anchor:place' is the place name itself).
  {
    id: 'fighters-at-the-place',
    label: 'Russian contractors at Deir ez-Zor',
    groups: [['anchor:place'], RUSSIAN_FIGHTERS],
    weight: 0.25,
  },
  {
    id: 'russians-at-the-place',
    label: 'Russians at Deir ez-Zor',
    groups: [['anchor:place'], ['russians', 'moscow-silence', 'five-citizens', 'dozens-wounded', 'bodies-home']],
    weight: 0.25,
  },
  {
    id: 'us-fire-at-the-place',
    label: 'American fire at Deir ez-Zor',
    groups: [['anchor:place'], ['us-strikes', 'us-firepower', 'attacked-americans', 'no-us-fire-expected']],
    weight: 0.25,
  },
  {
    id: 'place-in-early-2018',
    label: 'Deir ez-Zor in early 2018',
    groups: [['anchor:place'], ['feb-2018', 'feb-7-8', 'early-2018']],
    weight: 0.25,
  },
  {
    id: 'reconnaissance-by-militia',
    label: '"reconnaissance" by Syrian militia (the Russian account)',
    groups: [['reconnaissance'], ['pro-government', 'volunteers']],
    weight: 1.5,
  },
  {
    id: '2018-recalled',
    label: '2018 recalled from a later year',
    groups: [['year-2018', 'feb-2018', 'early-2018'], ['other-year']],
    weight: 0.5,
  },
  {
    id: 'us-firepower-vs-contractors',
    label: 'American firepower against Russian contractors',
    groups: [['us-strikes', 'us-firepower', 'attacked-americans'], RUSSIAN_FIGHTERS],
    weight: 0.75,
  },
  {
    id: 'air-power-vs-tanks',
    label: 'gunships and bombers against T-72s',
    groups: [['us-firepower'], ['tanks']],
    weight: 1.25,
  },
  {
    id: 'tanks-against-americans',
    label: 'tanks sent against the Americans',
    groups: [['attacked-americans'], ['tanks', 'column']],
    weight: 1,
  },
  {
    id: 'four-hours-then-retreat',
    label: 'a four-hour battle, then the retreat',
    groups: [
      ['four-hour'],
      ['euphrates', 'column', 'retreat', 'bodies', 'bodies-home', 'tanks', 'us-firepower', 'no-us-losses'],
    ],
    weight: 1,
  },
  {
    id: 'bodies-after-us-strikes',
    label: 'Russian dead after American strikes',
    groups: [
      ['bodies', 'bodies-home'],
      ['us-strikes', 'us-firepower'],
      [...RUSSIAN_FIGHTERS, 'russians', 'volunteers'],
    ],
    weight: 1,
  },
  {
    id: 'date-and-year',
    label: '7–8 February 2018',
    groups: [['feb-7-8'], ['year-2018']],
    weight: 1,
  },
];
