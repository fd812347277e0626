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
}

// Optional separator between name parts: "Deir ez-Zor", "Deir ezZor", "Deir Ez Zor".
const SEP = "[-' ]?";
// A few letters of inflection (Дейр-эз-Зоре, Хашама, Wagner's).
const INFL = '\\p{L}{0,4}';

export const LEXICON: readonly LexiconEntry[] = [
  // ── Places ──────────────────────────────────────────────────────────────
  {
    id: 'place-latin',
    label: 'Deir ez-Zor',
    kind: 'place',
    weight: 0,
    // deir ez-zor, deir ezzor, deir el-zor, deir al-zour, der ezor, dayr az-zawr,
    // deyrizor, deir es-sor, deir al zur, deir-ez-zor
    pattern: `d(?:ei|ey|ay|e|a)r${SEP}(?:[ae][lzsr]?${SEP}|i${SEP})?(?:z{1,2}(?:o|ou|aw|u)r|s{1,2}or)`,
  },
  {
    id: 'place-cyrillic',
    label: 'Дейр-эз-Зор',
    kind: 'place',
    weight: 0,
    pattern: `д(?:е|э)ир${SEP}(?:[эе]з|аз|эль|ель)?${SEP}з(?:о|а|у)у?р${INFL}`,
  },
  { id: 'place-arabic', label: 'دير الزور', kind: 'place', weight: 0, pattern: 'دير ?الزور' },

  // ── The battle's own names ─────────────────────────────────────────────
  {
    id: 'battle-khasham',
    label: 'Khasham',
    kind: 'battle',
    weight: 3,
    pattern: `(?:kh|h)asham|hasam|хашам${INFL}|хишам${INFL}|خشام`,
  },
  {
    id: 'battle-conoco',
    label: 'Conoco gas field',
    kind: 'battle',
    weight: 1.5,
    pattern: `conoco(?!${SEP}phil)|коноко|كونوكو|konoko`,
  },
  {
    id: 'battle-tabiyeh',
    label: 'al-Tabiyeh',
    kind: 'battle',
    weight: 1.5,
    pattern: `(?:al|el|at)${SEP}tabiy[ae]h?|табия|табии|الطابيه`,
  },

  // ── Cues ────────────────────────────────────────────────────────────────
  {
    id: 'wagner',
    label: 'Wagner',
    kind: 'cue',
    weight: 2,
    subject: true,
    pattern: `wagner${INFL}|vagner${INFL}|вагнер${INFL}|фагнер${INFL}|فاغنر|فاجنر|فاغنير`,
  },
  {
    id: 'russian-contractors',
    label: 'Russian contractors or mercenaries',
    kind: 'cue',
    weight: 2,
    subject: true,
    pattern: [
      `russian (?:private )?(?:military )?(?:contractors?|mercenar(?:y|ies)|pmcs?|fighters)`,
      `(?:private military|paramilitary) (?:company|contractors?|group)`,
      `pmcs?`,
      `чвк`,
      `(?:россииск|русск|росiиськ|росіиськ)\\p{L}{0,4} (?:наемник|наемн|наиманц|наиманц|контрактник)\\p{L}{0,4}`,
      `наемник\\p{L}{0,4}`,
      `наиманц\\p{L}{0,4}|наиманц\\p{L}{0,4}|наиманц`,
      `مرتزقه (?:روس|الروس)|المرتزقه الروس|متعاقدين روس|شركه عسكريه خاصه`,
      `russische[nr]? (?:soldner|sold?ner|sicherheitsleute|kampfer)`,
      `mercenaires? russes?|russes? mercenaires?`,
      `mercenarios? rusos?|contratistas rusos?`,
      `rus (?:paral[ıi] askerler\\p{L}{0,3}|parali askerler\\p{L}{0,3}|paral[ıi]|s[oö]zle[sş]meli)`,
      `parali asker\\p{L}{0,5}`,
    ].join('|'),
  },
  {
    id: 'feb-7-8',
    label: 'February 7–8',
    kind: 'cue',
    weight: 2,
    pattern: [
      `feb(?:ruary|\\.)? ?[78](?:th)?(?: ?(?:-|and|to) ?(?:feb(?:ruary|\\.)? )?8(?:th)?)?`,
      `[78](?:th)?(?: ?(?:-|and|to) ?8(?:th)?)? (?:of )?feb(?:ruary|\\.)?`,
      `[78](?: ?(?:-|и|і) ?8)? (?:февраля|лютого)`,
      `[78](?: ?(?:-|و) ?8)? (?:شباط|فبراير)`,
      `[78]\\.(?: ?(?:-|und) ?8\\.)? feb(?:ruar|\\.)?`,
      `[78](?: ?(?:-|et|au) ?8)? fevrier`,
      `[78](?: ?(?:-|y|al) ?8)? de febrero`,
      `[78](?: ?(?:-|ve) ?8)? subat`,
    ].join('|'),
  },
  {
    id: 'feb-2018',
    label: 'February 2018',
    kind: 'cue',
    weight: 1.5,
    pattern: [
      `feb(?:ruary|\\.)? (?:of )?2018`,
      `(?:феврал|лют)\\p{L}{0,3} 2018`,
      `(?:شباط|فبراير)(?: ?/ ?(?:شباط|فبراير))? ?(?:عام )?2018`,
      `februar 2018|fevrier 2018|febrero de 2018|subat 2018`,
    ].join('|'),
  },
  { id: 'year-2018', label: '2018', kind: 'cue', weight: 0.75, pattern: `2018` },
  {
    id: 'us-strikes',
    label: 'US or coalition strikes',
    kind: 'cue',
    weight: 1.5,
    pattern: [
      `(?:us|u\\.s\\.|american|coalition|us-led|pentagon)(?:-led)? (?:air ?|artillery |drone |precision )?(?:strikes?|airstrikes?|air power|bombardment|bombers|warplanes|aircraft|gunships?|firepower|artillery|response)`,
      `(?:us|u\\.s\\.|american) (?:forces|troops|military|jets|aircraft) (?:struck|strike|bombed|pounded|responded|killed|repelled|hit)`,
      `(?:удар|авиаудар|бомбардировк)\\p{L}{0,4} (?:сша|американ\\p{L}{0,6}|коалици\\p{L}{0,3})`,
      `(?:американ|амерiкан|америка)\\p{L}{0,6} (?:удар|авиаудар|авиаци|авиац|авіаці|авиаудар|артиллери|атак|бомб)\\p{L}{0,6}`,
      `(?:удар|авіаудар)\\p{L}{0,4} (?:сша|коаліці\\p{L}{0,3})`,
      `(?:غارات?|ضربات?|قصف)(?: جويه)? (?:امريكيه|اميركيه|التحالف|الولايات المتحده)`,
      `(?:us|amerikanische[nr]?) ?-?(?:luftangriff\\p{L}{0,3}|angriff\\p{L}{0,3})|luftangriff\\p{L}{0,3} der (?:usa|koalition|us-)`,
      `frappes? (?:aeriennes? )?(?:americaines?|de la coalition|des etats-unis|us)`,
      `(?:ataques?|bombardeos?) (?:aereos? )?(?:estadounidenses?|de (?:la coalicion|ee\\.? ?uu\\.?|estados unidos))`,
      `abd(?:'nin)? (?:hava |topcu )?(?:saldiri\\p{L}{0,4}|ucaklari|bombard\\p{L}{0,4}|vurdu|vurus\\p{L}{0,4})`,
      `koalisyon (?:hava )?saldiri\\p{L}{0,4}`,
    ].join('|'),
  },
  {
    id: 'pro-government',
    label: 'pro-government forces attacked',
    kind: 'cue',
    weight: 1.25,
    pattern: [
      `pro-(?:syrian[- ])?(?:government|regime|assad)`,
      `(?:syrian )?government-backed (?:forces|militias?|fighters)`,
      `проправительствен\\p{L}{0,4}|провласт\\p{L}{0,4}|проурядов\\p{L}{0,4}|просирииск\\p{L}{0,4}|ополченц\\p{L}{0,4}`,
      `الموالي\\p{L}{0,2} (?:للنظام|للحكومه)|القوات الشعبيه|قوات موالي\\p{L}{0,2}`,
      `regierungstreue\\p{L}{0,2}|regimetreue\\p{L}{0,2}|assad-treue\\p{L}{0,2}`,
      `pro-?gouvernementa\\p{L}{0,3}|pro-?regime|pro-?gubernamental\\p{L}{0,2}|progubernamental\\p{L}{0,2}|pro-?regimen`,
      `(?:hukumet|rejim|esad) yanlisi`,
    ].join('|'),
  },
  {
    id: 'sdf-base',
    label: 'SDF headquarters with US advisers',
    kind: 'cue',
    weight: 1.25,
    pattern: [
      `sdf|syrian democratic forces|kurdish-led (?:forces|fighters)`,
      `(?:us|american|u\\.s\\.) (?:advisers|advisors|special (?:operations )?forces|commandos|troops|personnel|soldiers)`,
      `сдс|силы демократическои сирии|сили демократичноі сиріі|демократическ\\p{L}{0,3} сил\\p{L}{0,3} сирии`,
      `قسد|سوريا الديمقراطيه`,
      `demokratische[nr]? krafte syriens|sdf`,
      `forces democratiques syriennes|fds`,
      `fuerzas democraticas sirias|fds`,
      `suriye demokratik gucleri|sdg`,
    ].join('|'),
  },
  {
    id: 'headquarters',
    label: 'headquarters or outpost',
    kind: 'cue',
    weight: 0.5,
    pattern: `headquarters|outpost|command post|штаб\\p{L}{0,3}|мiсi[яи]|مقر|hauptquartier|stutzpunkt|quartier general|cuartel general|karargah\\p{L}{0,3}|us-basis|base americaine`,
  },
  {
    id: 'euphrates',
    label: 'Euphrates crossing',
    kind: 'cue',
    weight: 0.75,
    pattern: `euphrates|евфрат\\p{L}{0,2}|єфрат\\p{L}{0,2}|الفرات|euphrat|euphrate|eufrates|f[ıi]rat`,
  },
  {
    id: 'gas-field',
    label: 'gas plant or oil fields',
    kind: 'cue',
    weight: 1,
    pattern: [
      `gas (?:field|plant|facility|processing plant)|oil ?fields?|oil and gas fields`,
      `газов\\p{L}{0,4} (?:месторожден|завод|промысл|родовищ)\\p{L}{0,4}|нефт\\p{L}{0,4} (?:месторожден|пром)\\p{L}{0,4}|нафтов\\p{L}{0,4} родовищ\\p{L}{0,4}`,
      `حقل (?:غاز|الغاز|كونوكو)|معمل (?:غاز|الغاز)|حقول النفط|حقول (?:نفط|الغاز)`,
      `gasfeld\\p{L}{0,2}|olfeld\\p{L}{0,2}|gasanlage|erdgasanlage`,
      `(?:champ|gisement|site|usine) (?:gazier|de gaz|petrolier)|champs petroliers`,
      `(?:campo|yacimiento|planta) (?:de gas|gasifer\\p{L}{0,2}|petrol\\p{L}{0,3})|campos petrol\\p{L}{0,4}`,
      `gaz (?:sahas\\p{L}{0,3}|tesis\\p{L}{0,3})|petrol (?:sahas\\p{L}{0,3}|kuyu\\p{L}{0,3})`,
    ].join('|'),
  },
  {
    id: 'weapons',
    label: 'T-72, F-22, AC-130, HIMARS',
    kind: 'cue',
    weight: 0.5,
    pattern: `t-?72|f-?22|ac-?130|himars|mq-?9|reapers?|apaches?|ah-?64|b-?52|f-?15e?|т-?72|ф-?22|ас-?130`,
  },
  {
    id: 'casualties',
    label: 'casualty figures',
    kind: 'cue',
    weight: 0.75,
    pattern: [
      `(?:dozens|scores|hundreds|\\d{2,3}) (?:of )?(?:russians?|russian (?:citizens|nationals|contractors|mercenaries|fighters)|mercenaries|contractors|fighters|attackers|pro-government (?:fighters|troops))(?: \\p{L}+)? (?:were |had been |was )?(?:killed|dead|died|perished)`,
      `(?:killed|kill) (?:as many as |up to |about |around |more than |nearly |some |roughly )?(?:\\d{2,3}|dozens|scores|hundreds)`,
      `(?:десятк|сотн)\\p{L}{0,3} (?:россииск|русск|росiиськ|росіиськ|погибш|убит)\\p{L}{0,4}|(?:погибл|убит|загинул|загибл)\\p{L}{0,4} (?:до |около |более |понад |близько |)(?:\\d{2,3}|десятк|сотн)\\p{L}{0,4}`,
      `(?:عشرات|مئات|مقتل \\d+|مقتل عشرات|مقتل مئات)`,
      `(?:dutzende|hunderte) (?:russ|tote|getotet)\\p{L}{0,4}|\\d{2,3} (?:tote|getotete)`,
      `(?:des dizaines|des centaines) de (?:russes|morts|tues)|\\d{2,3} (?:morts|tues)`,
      `(?:decenas|cientos) de (?:rusos|muertos)|\\d{2,3} muertos`,
      `(?:onlarca|yuzlerce) (?:rus|[oö]l[uü])\\p{L}{0,4}|\\d{2,3} (?:kisi|ki[sş]i )?(?:[oö]ld[uü]|hayat\\p{L}{0,3})`,
    ].join('|'),
  },
  {
    id: 'four-hour',
    label: 'four-hour battle',
    kind: 'cue',
    weight: 0.75,
    pattern: `four-hour|four hours|3 ?(?:1/2|½)? hours|three hours|четыре часа|чотири години|اربع ساعات|vier stunden|quatre heures|cuatro horas|dort saat`,
  },
  {
    id: 'russians',
    label: 'Russians',
    kind: 'cue',
    weight: 0.5,
    pattern: `russians?|russes?|russen|russische\\p{L}{0,2}|rusos?|ruslar\\p{L}{0,3}|россиян\\p{L}{0,3}|росiян\\p{L}{0,3}|росіян\\p{L}{0,3}|граждан рф|الروس|روس|روسي\\p{L}{0,2}|rus(?= )`,
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
    weight: 1,
    pattern: [
      `unprovoked attack|self-defen[cs]e|acted in self|in defense of (?:coalition|partner)`,
      `reconnaissance (?:and search )?(?:operation|activities|mission)|разведывательно-поисков\\p{L}{0,4}|разведк\\p{L}{0,3}`,
      `не (?:являлись|были) (?:военнослужащими|россиискими военными)|военнослужащие вс рф (?:не|в)|граждан россии`,
      `هجوم غير مبرر|عدوان امريكي`,
      `unprovozierte\\p{L}{0,2}|attaque non provoquee|ataque no provocado|provokasyonsuz`,
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
    pattern: `siege|besieged|blockade|осад\\p{L}{0,3}|блокад\\p{L}{0,3}|облог\\p{L}{0,3}|حصار|محاصر\\p{L}{0,2}|belagerung|belagert|siege|sitio|asedio|kusatma|ku[sş]atma`,
  },
  {
    id: 'isis-attack',
    label: 'an ISIS attack',
    kind: 'counter',
    weight: -1,
    pattern: `(?:isis|isil|islamic state|daesh|игил|иг|داعش|is-miliz|ei|eiil|deas|deaş)(?:-led)? (?:attack|ambush|offensive|assault|militants (?:attacked|killed))\\p{L}{0,3}|(?:killed|ambushed) by (?:isis|isil|the islamic state|daesh)`,
  },
  {
    id: 'iran-backed',
    label: 'Iran-backed militias',
    kind: 'counter',
    weight: -2,
    pattern: `iran(?:ian)?[- ](?:backed|aligned|linked|supported)|irgc|revolutionary guard|kata'?ib|hezbollah|islamic resistance in iraq|проиран\\p{L}{0,4}|иранск\\p{L}{0,4}|іранськ\\p{L}{0,4}|المدعوم\\p{L}{0,2} من ايران|الايراني\\p{L}{0,2}|الحرس الثوري|iran-?(?:nahe|treue|gestutzt)\\p{L}{0,3}|pro-?iraniens?|proiran\\p{L}{0,3}|iran destekli|pro-?irani\\p{L}{0,3}`,
  },
  {
    id: 'tower-22',
    label: 'Tower 22',
    kind: 'counter',
    weight: -3,
    pattern: `tower 22|башн\\p{L}{0,3} 22|البرج 22|برج 22|tour 22|torre 22|kule 22`,
  },
  {
    id: 'palmyra',
    label: 'Palmyra',
    kind: 'counter',
    weight: -1,
    pattern: `palmyr\\p{L}{0,2}|пальмир\\p{L}{0,2}|пальмір\\p{L}{0,2}|تدمر|palmira|palmyre`,
  },
  {
    id: 'september-2016',
    label: 'September 2016 strike on Syrian troops',
    kind: 'counter',
    weight: -2,
    pattern: `jabal (?:al-)?thard[ae]h?|thardah|ثرده|тарда|ceasefire|truce|перемири\\p{L}{0,3}|هدنه|waffenruhe|cessez-le-feu|alto el fuego|ateskes|september|sept\\.|сентябр\\p{L}{0,3}|вересн\\p{L}{0,3}|ايلول|سبتمبر|septembre|septiembre|eylul|airport|аэропорт\\p{L}{0,3}|المطار|flughafen|aeroport|aeropuerto|havaliman\\p{L}{0,3}`,
  },
  {
    id: 'wagner-elsewhere',
    label: 'Wagner elsewhere',
    kind: 'counter',
    weight: -2,
    pattern: `libya|libyan|mali|malian|central african|sudan|mozambique|bakhmut|soledar|mutiny|march on moscow|prigozhin'?s (?:death|plane)|plane crash|ливи\\p{L}{0,2}|мали|цар|центральноафрикан\\p{L}{0,4}|бахмут\\p{L}{0,2}|мятеж\\p{L}{0,2}|заколот\\p{L}{0,2}|ليبيا|مالي|افريقيا الوسطى|تمرد|libyen|zentralafrikan\\p{L}{0,4}|meuterei|libye|centrafrique|mutinerie|libia|centroafricana|motin|libya|orta afrika|isyan\\p{L}{0,3}|ukraine|украин\\p{L}{0,3}|украін\\p{L}{0,3}|اوكرانيا|ucrania|ukrayna`,
  },
  {
    id: 'composer',
    label: 'Richard Wagner, the composer',
    kind: 'counter',
    weight: -4,
    pattern: `richard wagner|рихард\\p{L}{0,2} вагнер\\p{L}{0,2}|ріхард\\p{L}{0,2} вагнер\\p{L}{0,2}|ريتشارد فاغنر|opera\\p{L}{0,2}|опер\\p{L}{0,2}|الاوبرا|oper|composer|композитор\\p{L}{0,2}|komponist\\p{L}{0,2}|compositeur|compositor|besteci|bayreuth|баироит|nibelung\\p{L}{0,3}|tannhauser|lohengrin|parsifal|walkure|tristan`,
  },
  {
    id: 'conocophillips',
    label: 'ConocoPhillips, the company',
    kind: 'counter',
    weight: -3,
    pattern: `conoco ?phillips|коноко ?филлипс|كونوكو ?فيليبس|shares|quarterly|earnings|dividend|nyse|акци\\p{L}{0,2} компании|aktie\\p{L}{0,2}|bourse|acciones|hisse\\p{L}{0,3}|arbitration|pdvsa|venezuela\\p{L}{0,2}`,
  },
  {
    id: 'feb-10',
    label: 'the February 10 strikes',
    kind: 'counter',
    weight: -1.5,
    pattern: `feb(?:ruary|\\.)? 10(?:th)?|10(?:th)? (?:of )?feb(?:ruary|\\.)?|10 (?:февраля|лютого|شباط|فبراير|fevrier|de febrero|subat)|10\\. februar|israel\\p{L}{0,4}|израил\\p{L}{0,2}|ізраіл\\p{L}{0,2}|اسرائيل|israël|f-16|iranian drone`,
  },
  {
    id: 'civilians',
    label: 'civilian casualties in ISIS-held villages',
    kind: 'counter',
    weight: -1.5,
    pattern: `civilians?|hajin|al-shafa|mirkadah|мирн\\p{L}{0,2} жител\\p{L}{0,3}|мирн\\p{L}{0,2} мешкан\\p{L}{0,3}|цивильн\\p{L}{0,3}|مدنيين|المدنيين|هجين|zivilist\\p{L}{0,3}|civils?|civiles|sivil\\p{L}{0,3}`,
  },
];
