// The Russian government's stated position, in en, ru, uk, ar, de, fr, es, tr.
// A stance phrase ("declined to comment", "не было известно", "wollte sich nicht
// äußern", "رفض التعليق") counts only with a Russian official actor (Moscow, the
// Kremlin, Peskov, Минобороны, der Kreml, le ministère russe, Moskova, الكرملين...)
// in the same sentence; the claim spans actor and stance. Every regex uses
// bounded repetition ({1,3}, {0,80}) or a single \p{L}* after a literal, so
// matching stays linear.

import { sentenceAround } from './text';
import type { PageClaim, RussianStance } from './types';
import { lazy } from './lazy';

type PositionClaim = Extract<PageClaim, { point: 'russian-position' }>;

const S = String.raw`\s{1,3}`;
const L = String.raw`\p{L}*`;

// Start of a word. Arabic attaches the conjunctions و and ف to the next word
// ("ونفى", "فرفض"); the stance starts after them, so the claim stays the word.
const WORD_START = String.raw`(?:(?<![\p{L}\d])|(?<=(?<![\p{L}\d])[وف]))`;
// Arabic actors also take the prepositions ب and ل ("لموسكو", "بالكرملين").
const ACTOR_START = String.raw`(?:(?<![\p{L}\d])|(?<=(?<![\p{L}\d])[وفبل]))`;

// "Five" and "four" in each language, for 'citizens-may-have-died'.
const FIVE = ['five', 'пять', 'пятеро', "п'ять", "п'ятеро", 'fünf', 'cinq', 'cinco', 'beş', 'خمسة', 'خمس'];
const FOUR = ['four', 'четыре', 'четверо', 'чотири', 'четверо', 'vier', 'quatre', 'cuatro', 'dört', 'أربعة', 'أربع'];
const CITIZEN_COUNTS = new Map<string, number>([
  ...FIVE.map((w) => [w, 5] as const),
  ...FOUR.map((w) => [w, 4] as const),
]);
const N = [String.raw`\d{1,3}`, ...[...FIVE, ...FOUR].sort((a, b) => b.length - a.length)].join('|');
// Each citizens pattern names its number group n0, n1...; the regex may not repeat a name.
let groups = 0;
const n = (): string => `(?<n${groups++}>${N})`;

// Per stance, one pattern per language (en, ru, uk, ar, de, fr, es, tr). Order
// matters where two start at one place: "denied any knowledge" is did-not-know,
// "se negó a comentar" is no-comment.
const STANCES: [RussianStance, string[]][] = [
  [
    'did-not-know',
    [
      String.raw`(?:was|were)${S}not${S}known${S}to|did${S}not${S}know|didn't${S}know|had${S}no${S}(?:knowledge|information)|` +
        String.raw`(?:was|were)${S}(?:not${S}aware|unaware)|den(?:ied|ies|ying)${S}(?:any${S})?knowledge`,
      String.raw`не${S}(?:было${S}известно|знал${L}|располага${L}${S}(?:информаци|данны)${L})|нет${S}(?:информации|данных)|не${S}(?:знаем|знает|знают)`,
      String.raw`не${S}(?:було${S}відомо|знав|знає|знаємо|знають|(?:мала|мали|мав|має|мають)${S}(?:жодної${S})?(?:інформації|даних))|немає${S}(?:жодної${S})?інформації`,
      String.raw`لم${S}(?:تكن|يكن|يكونوا|نكن)${S}(?:على${S}(?:علم|دراية)|تعلم|يعلم|يعلمون|نعلم|(?:لديها|لديه|لديهم|لدينا)${S}(?:أي${S})?معلومات)|` +
        String.raw`(?:لا|لم)${S}(?:تعلم|يعلم|يعلمون|نعلم|(?:تملك|يملك|نملك)${S}(?:أي${S})?معلومات)|(?:ليس|ليست)${S}(?:لديها|لديه|لديهم|لدينا)${S}(?:أي${S})?معلومات|` +
        String.raw`(?:نفى|نفت|نفوا)${S}(?:أي${S})?(?:علم|معرفة)${L}`,
      String.raw`nichts${S}(?:davon${S}|darüber${S})?(?:gewusst|gewußt|wusste${L}|wisse${L}|weiß|wissen)|(?:wusste${L}|wisse${L}|weiß)${S}(?:davon${S}|darüber${S})?nichts|` +
        String.raw`(?:sei|seien|war|waren|wäre|ist|sind)${S}(?:davon${S}|darüber${S}|ihm${S}|ihr${S}|ihnen${S}|dies${S}|das${S})?nichts?${S}bekannt|` +
        String.raw`keine${S}(?:Kenntnis${L}|Informationen|Erkenntnisse)|nicht${S}(?:informiert|unterrichtet|in${S}Kenntnis${S}gesetzt)|` +
        String.raw`bestr(?:itt|eit)${L},?${S}(?:davon${S}|etwas${S}davon${S})?(?:gewusst|Kenntnis${L})`,
      String.raw`pas${S}(?:avoir${S}|être${S})?(?:été${S})?(?:informée?s?|au${S}courant)|(?:pas${S}(?:eu${S})?|aucune${S})(?:connaissance|informations?)|` +
        String.raw`(?:n'en|ne)${S}(?:savai${L}|sait|savions|savent)${S}(?:rien|pas)|ni(?:é|ait|aient|ent|er)${S}(?:avoir${S}été${S}informée?s?|toute${S}connaissance)`,
      String.raw`no${S}(?:tener|ten[ií]a${L}|tiene${L}|tuvo|tuvieron)${S}(?:ningún${S}|ninguna${S})?(?:conocimiento|información|constancia)|desconoc(?:ía|ían|e|en|er)|` +
        String.raw`no${S}(?:sab[ií]a${L}|sabe${L}|saber)|no${S}(?:estaba${L}|estar|está${L})${S}(?:al${S}tanto|al${S}corriente|informad[oa]s?)|` +
        String.raw`no${S}(?:había${L}${S}sido|haber${S}sido|fue|fueron)${S}informad[oa]s?|neg(?:ó|aron|aba)${S}(?:tener|haber${S}tenido)${S}(?:conocimiento|información)`,
      String.raw`haberdar${S}(?:olmadı${L}|değil${L})|haber(?:i|leri)${S}(?:olmadı${L}|yok${L})|bilgi(?:si|leri)${S}(?:olmadı${L}|yok${L}|bulunmadı${L})|bilmedi${L}|bilmiyor${L}`,
    ],
  ],
  [
    'not-servicemen',
    [
      String.raw`(?:were|was)${S}not${S}(?:Russian${S})?(?:servicemen|soldiers|troops|military${S}personnel)|(?:not|no)${S}Russian${S}(?:servicemen|soldiers|troops|military${S}personnel)|` +
        String.raw`Russian${S}(?:servicemen|soldiers|troops)${S}(?:(?:were|was)${S}not${S}(?:involved|present|there|among)|did${S}not${S}(?:take${S}part|participate))`,
      String.raw`не${S}(?:являлись${S}|являются${S}|были${S})?(?:российскими${S})?военнослужащ${L}|(?:российских${S})?военнослужащ${L}${S}(?:ВС${S}РФ${S}|российской${S}армии${S})?(?:там${S})?не${S}(?:было|участвовал${L}|находил${L})`,
      String.raw`не${S}(?:були${S}|є${S})?(?:російськими${S})?(?:військовослужбов${L}|військовими)|(?:російських${S})?(?:військовослужбовців|військових)${S}(?:там${S})?не${S}(?:було|брали${S}участі)`,
      String.raw`(?:ليسوا|ليس|لم${S}يكونوا|لم${S}يكن|لا${S}يوجد|ليس${S}هناك)${S}(?:من${S})?(?:عسكريين|عسكريون|جنودا|جنود|العسكريين|أفراد${S}(?:ال)?جيش|الجيش${S}الروسي|القوات${S}الروسية)(?:${S}(?:روس|روسا|الروس|روسيين|روسيون))?`,
      String.raw`(?:keine|nicht${S}um|nicht)${S}(?:regulären${S})?(?:russischen?${S})?(?:Soldaten|Militärangehörige${L}|Armeeangehörige${L}|Militärs|Angehörige${S}der${S}(?:russischen${S})?(?:Streitkräfte|Armee))`,
      String.raw`(?:pas${S}(?:des|de)${S}|aucuns?${S})(?:militaires?|soldats?|membres${S}de${S}l'armée)(?:${S}russes?)?`,
      String.raw`(?:no${S}(?:eran|son|era|es|fueron|se${S}trataba${S}de|se${S}trata${S}de)|ningún)${S}(?:militar(?:es)?|soldados?|efectivos|tropas|miembros${S}de${S}las${S}Fuerzas${S}Armadas)(?:${S}rus[oa]s?)?`,
      String.raw`(?:Rus${S})?(?:asker${L}|ordu${S}mensub${L}|ordu${S}mensupları${L}|ordu${S}personeli${L})${S}(?:değil${L}|olmadı${L}|olmayan${L})`,
    ],
  ],
  [
    'citizens-may-have-died',
    [
      String.raw`${n()}${S}Russian${S}citizens${S}(?:may|might|could)${S}have${S}(?:died|been${S}killed)`,
      String.raw`${n()}${S}(?:граждан${L}${S}(?:России|РФ)|российских${S}граждан|россиян)` +
        String.raw`(?:${S}(?:могли|могло)${S}погибнуть|,?${S}(?:возможно|предположительно),?${S}погибли)`,
      String.raw`${n()}${S}(?:громадян${L}${S}(?:Росії|РФ)|російських${S}громадян)(?:${S}(?:могли|могло)${S}загинути|,?${S}(?:ймовірно|можливо),?${S}загинули)`,
      String.raw`(?:قد${S}يكون|ربما|يحتمل${S}أن${S}يكون|من${S}المحتمل${S}أن${S}يكون)${S}${n()}${S}مواطن(?:ين|ون)${S}(?:روس|روسيين|روسيون)${S}(?:قد${S})?(?:قتلوا|ماتوا|لقوا${S}(?:حتفهم|مصرعهم))|` +
        String.raw`${n()}${S}مواطن(?:ين|ون)${S}(?:روس|روسيين|روسيون)${S}(?:ربما|قد)${S}(?:قتلوا|ماتوا|لقوا${S}(?:حتفهم|مصرعهم))|` +
        String.raw`(?:ربما|قد)${S}(?:قتل|مات|لقي${S}(?:حتفهم|مصرعهم))${S}${n()}${S}مواطن(?:ين|ون)${S}(?:روس|روسيين|روسيون)`,
      String.raw`${n()}${S}(?:russische${L}${S}(?:Staatsbürger${L}|Bürger${L}|Staatsangehörige${L})|(?:Staatsbürger${L}|Bürger${L}|Staatsangehörige${L})${S}Russlands)${S}` +
        String.raw`(?:könnten|seien${S}möglicherweise|sind${S}möglicherweise|wurden${S}möglicherweise|dürften|seien${S}vermutlich|sind${S}vermutlich)${S}(?:getötet|ums${S}Leben${S}gekommen|gestorben|umgekommen)`,
      String.raw`${n()}${S}(?:citoyens|ressortissants)${S}russes${S}(?:pourraient|auraient${S}pu|ont${S}peut-être)${S}(?:avoir${S}|être${S})?` +
        String.raw`(?:été${S}tués|tués|morts|péri|périr|mourir|trouvé${S}la${S}mort|trouver${S}la${S}mort)`,
      String.raw`${n()}${S}ciudadanos${S}rusos${S}(?:(?:podrían|pudieron|pueden)${S}haber${S}(?:muerto|fallecido|sido${S}(?:asesinados|abatidos))|habrían${S}(?:muerto|fallecido)|(?:posiblemente|probablemente)${S}(?:murieron|fallecieron))`,
      String.raw`${n()}${S}(?:Rus|Rusya)${S}vatandaş${L}${S}(?:ölmüş|öldürülmüş|hayatını${S}kaybetmiş|hayatlarını${S}kaybetmiş)${S}olabil${L}`,
    ],
  ],
  [
    'reconnaissance',
    [
      // French "reconnaissance" is also "acknowledgement" ("la reconnaissance par Moscou de...").
      String.raw`reconnaissance(?!${S}(?:par|officielle|de${S}(?:la${S}mort|leur|sa|ses|l'implication)|du${S}(?:rôle|décès)|des${S}(?:morts|victimes|pertes|faits)))`,
      String.raw`разведывательно-поисков${L}|разведывательн${L}|разведк${L}|рекогносцировк${L}`,
      String.raw`розвідк${L}|розвідувальн${L}`,
      // Arabic "استطلاع الرأي" is an opinion poll.
      String.raw`(?:ب|ل|ال|بال|لل)?(?:استطلاع|استكشاف)${L}(?!${S}(?:ال)?رأي)`,
      // "Aufklärung" alone is also "clarification" ("Moskau fordert Aufklärung").
      String.raw`Aufklärungs(?:einsatz|einsätz|mission|operation|aktion|maßnahm|tätigkeit|patrouill|trupp|flug|flüg)${L}|Erkundung${L}`,
      // The bare French noun is the English one above; "en reconnaissance" needs no more.
      String.raw`(?:opération|mission|patrouille|vol)s?${S}de${S}reconnaissance`,
      // "reconocimiento" alone is also "acknowledgement".
      String.raw`(?:operaci[oó]n|operaciones|misi[oó]n|misiones|tareas|labores|patrullas?|vuelos?|maniobras?|actividades|unidad|grupo)${S}de${S}reconocimiento|reconocimiento${S}(?:del${S}terreno|de${S}la${S}zona|armado)`,
      String.raw`keşif${S}(?:operasyon|görev|faaliyet|harekât|harekat|amaç|amac|birli|devriye|uçuş|çalışma|yap|misyon)${L}`,
    ],
  ],
  [
    'no-comment',
    [
      String.raw`(?:declined|refused)${S}to${S}comment|would${S}not${S}comment|no${S}comment`,
      String.raw`отказал${L}${S}(?:от${S})?коммент${L}|не${S}стал${L}${S}комментировать|воздержал${L}${S}от${S}комментари${L}`,
      String.raw`відмови${L}${S}(?:від${S})?комент${L}|не${S}став${L}${S}коментувати|утрима${L}${S}від${S}коментар${L}|не${S}(?:коментув${L}|коментує${L})`,
      // "رفض الكرملين التعليق": the verb, when "التعليق" follows in the sentence.
      String.raw`(?:رفض|رفضت|رفضوا|يرفض|ترفض)${S}(?:التعليق|الإدلاء${S}بأي${S}تعليق|التعقيب)|(?:امتنع|امتنعت|امتنعوا|يمتنع|تمتنع)${S}عن${S}(?:التعليق|الإدلاء|التعقيب)|` +
        String.raw`(?:رفض|رفضت|رفضوا|امتنع|امتنعت|امتنعوا)(?=[^.!?؛\n]{0,80}(?:التعليق|التعقيب))|لم${S}(?:يعلق|تعلق|يعلقوا)|(?:لا|دون|بدون)${S}تعليق`,
      String.raw`(?:wollte${L}|will|wollen)${S}sich${S}(?:dazu${S}|zunächst${S}|bisher${S})?nicht${S}(?:dazu${S})?äußern|äußerte${L}${S}sich${S}(?:dazu${S}|zunächst${S})?nicht|` +
        String.raw`(?:lehnte${L}|verweigerte${L})${S}(?:jeden|jeglichen|einen)${S}Kommentar|(?:kein${L}|nicht)${S}(?:Kommentar${L}|kommentieren|kommentiert)`,
      String.raw`refus${L}${S}(?:à|de)${S}(?:tout${S}commentaire|commenter)|(?:pas|aucun|sans)${S}(?:de${S})?commentaires?|` +
        String.raw`pas${S}(?:souhaité|voulu)${S}(?:commenter|s'exprimer|réagir)|pas${S}(?:commenté|réagi)`,
      String.raw`(?:declin${L}|rehus${L}|evit${L}|rechaz${L})${S}(?:hacer${S})?(?:comentarios?|comentar|pronunciarse)|neg${L}${S}a${S}(?:hacer${S})?(?:comentarios?|comentar|pronunciarse)|` +
        String.raw`no${S}(?:quiso|quisieron|hizo|hicieron|ha${S}querido)${S}(?:hacer${S})?(?:comentarios?|comentar|pronunciarse)|sin${S}comentarios`,
      String.raw`(?:yorum${L}|açıklama)${S}(?:yapmayı${S}reddet${L}|yapmaktan${S}kaçın${L}|yapmadı${L}|yapmak${S}istemedi${L}|bulunmadı${L}|bulunmayı${S}reddet${L})`,
    ],
  ],
  [
    'operating-independently',
    [
      String.raw`operating${S}independently|acting${S}(?:independently|on${S}their${S}own)|(?:private|own)${S}initiative`,
      String.raw`(?:действовали|действуют)${S}(?:самостоятельно|независимо)|по${S}собственной${S}инициативе`,
      String.raw`(?:діяли|діють|діяв)${S}(?:самостійно|незалежно|на${S}власний${S}розсуд)|з${S}власної${S}(?:ініціативи|волі)|за${S}власною${S}ініціативою`,
      String.raw`(?:بشكل|بصورة)${S}(?:مستقل|مستقلة|منفرد|فردي)|بمبادرة${S}(?:شخصية|خاصة|فردية|منهم)|بمفردهم|من${S}تلقاء${S}أنفسهم|على${S}مسؤوليتهم${S}الخاصة`,
      String.raw`auf${S}eigene${S}(?:Faust|Initiative|Rechnung|Verantwortung)|aus${S}eigener${S}Initiative|eigenmächtig${L}|` +
        String.raw`(?:unabhängig|selbstständig|selbständig)${S}(?:gehandelt|agiert|operiert|handel${L}|agier${L}|operier${L})`,
      String.raw`de${S}(?:leur|sa|son)${S}propre${S}(?:initiative|chef)|de${S}(?:manière|façon)${S}(?:indépendante|autonome)|(?:agi${L}|opér${L})${S}indépendamment|à${S}titre${S}privé`,
      String.raw`por${S}su${S}(?:propia${S})?cuenta|por${S}(?:iniciativa${S}propia|su${S}propia${S}iniciativa)|de${S}(?:forma|manera|modo)${S}(?:independiente|autónoma)|a${S}título${S}privado`,
      String.raw`kendi${S}(?:başlarına|başına|inisiyatif${L}|insiyatif${L}|istekleriyle|iradeleriyle)|bağımsız${S}(?:olarak|hareket${S}et${L})`,
    ],
  ],
  [
    'denied',
    [
      String.raw`denied|denies|denying|dismissed|rejected`,
      String.raw`отрица${L}|опроверг${L}|опровер${L}`,
      String.raw`заперечу${L}|заперечи${L}|заперечив${L}|спростову${L}|спростува${L}`,
      String.raw`نفى|نفت|نفوا|نفاه|نفته|ينفي|تنفي|ينفون|نفي|أنكر|أنكرت|أنكروا|ينكر|تنكر`,
      String.raw`bestr(?:itt|eit)${L}|dementier${L}|dementi|leugne${L}|zurückgewiesen|zurückweis${L}|abgestritten|` +
        String.raw`wies${S}(?:dies|das|die${S}(?:Berichte|Vorwürfe|Angaben))${S}zurück|stritt${S}(?:dies|das|jede${S}Beteiligung)${S}ab`,
      // German "nie" is "never": French present-tense "nie" only before its object.
      String.raw`dément${L}|démenti${L}|ni(?:é|ée|és|ait|aient|ent|er)|nie(?=${S}(?:toute?|avoir|que|qu'|l'|les?|la|catégoriquement|formellement))|rejet${L}`,
      String.raw`neg(?:ó|aron|aba|aban|ar|ado)|niega${L}|desmint${L}|desmient${L}|desmentido|rechaz${L}`,
      String.raw`yalanla${L}|yalanlı${L}|reddet${L}|reddedi${L}|inkâr${S}et${L}|inkar${S}et${L}`,
    ],
  ],
];

const STANCE = lazy(
  () => new RegExp(STANCES.map(([, ps], i) => `(?<s${i}>${WORD_START}(?:${ps.join('|')})(?!\\p{L}))`).join('|'), 'giu'),
);

// Actors per language: en, ru, uk, ar, de, fr, es, tr.
const ACTORS = [
  String.raw`Russia(?:'s)?(?![\p{L}-])|Moscow|(?:the${S}|der${S}|le${S}|el${S})?Kreml${L}|Peskov|Lavrov|Zakharova|Shoigu|Putin${L}|` +
    String.raw`Russian${S}(?:government|officials?|authorities|foreign${S}ministry|defen[cs]e${S}ministry|ministry|embassy)`,
  String.raw`Россия|России|Москв${L}|Кремл${L}|Песков${L}|Лавров${L}|Захаров${L}|Шойгу|Путин${L}|(?:Минобороны|МИД)(?:${S}(?:России|РФ))?|` +
    String.raw`российск${L}${S}(?:власт|МИД|правительств|министерств|военн|ведомств)${L}`,
  String.raw`(?:Міноборони|МЗС|Міністерство${S}(?:оборони|закордонних${S}справ))(?:${S}(?:Росії|РФ))?|Росія|Росії|Пєсков${L}|Путін${L}|російськ${L}${S}(?:влад|уряд|міністерств)${L}`,
  String.raw`(?:ال)?كرملين|موسكو|بيسكوف|زاخاروفا|لافروف|شويغو|بوتين|روسيا|` +
    String.raw`(?:وزارة${S})?(?:ال)?(?:حكومة|خارجية|دفاع|سلطات|سفارة|رئاسة)${S}الروسية|(?:ال)?مسؤول(?:ين|ون)${S}الروس`,
  String.raw`Moskau|Peskow|Sacharowa|Lawrow|Schoigu|Russland${L}|` +
    String.raw`russische${L}${S}(?:Regierung|Außenministerium${L}|Verteidigungsministerium${L}|Ministerium${L}|Behörden|Botschaft|Regierungsvertreter${L}|Führung)`,
  String.raw`Moscou|Poutine|Choïgou|Russie|(?:gouvernement|ministère|autorités|diplomatie|ambassade|responsables|officiels)${S}russes?`,
  String.raw`Moscú|Zajárova|Zajarova|Shoigú|Rusia|` +
    String.raw`(?:Gobierno|Ministerio|Ministerio${S}de${S}(?:Defensa|Exteriores|Asuntos${S}Exteriores)|autoridades|Cancillería|diplomacia|embajada|funcionarios)${S}rus[oa]s?`,
  String.raw`Moskova|Zaharova|Şoygu|Rusya|Rus${S}(?:hükümet${L}|yetkili${L}|makamlar${L}|Dışişleri${L}|Savunma${S}Bakanlığı${L}|Büyükelçiliği${L})`,
];
const ACTOR = lazy(() => new RegExp(`${ACTOR_START}(?:${ACTORS.join('|')})(?!\\p{L})`, 'giu'));

/** The number a 'citizens-may-have-died' match names, if any. */
function citizensOf(m: RegExpMatchArray): number | undefined {
  for (let i = 0; i < groups; i++) {
    const word = m.groups?.[`n${i}`];
    if (word === undefined) continue;
    return /^\d/.test(word) ? Number(word) : CITIZEN_COUNTS.get(word.toLowerCase());
  }
  return undefined;
}

/** The Russian government's stated position in `text` (normalized, same length as `passage`). */
export function extractRussianPosition(text: string, passage: string): PositionClaim[] {
  const claims: PositionClaim[] = [];
  for (const m of text.matchAll(STANCE())) {
    const index = STANCES.findIndex((_, i) => m.groups?.[`s${i}`] !== undefined);
    const stance = STANCES[index]?.[0];
    if (stance === undefined) continue;
    const stanceStart = m.index;
    const stanceEnd = stanceStart + m[0].length;
    const sentence = sentenceAround(text, stanceStart, stanceEnd, 160);
    const region = text.slice(sentence.start, sentence.end);
    // The nearest actor outside the stance phrase: up to 120 characters before it, or 60 after.
    let best: { start: number; end: number; distance: number } | null = null;
    for (const a of region.matchAll(ACTOR())) {
      const start = sentence.start + a.index;
      const end = start + a[0].length;
      const distance = end <= stanceStart ? stanceStart - end : start >= stanceEnd ? start - stanceEnd : -1;
      const inReach = distance >= 0 && (end <= stanceStart ? distance <= 120 : distance <= 60);
      if (inReach && (best === null || distance < best.distance)) best = { start, end, distance };
    }
    if (best === null) continue;
    const start = Math.min(best.start, stanceStart);
    const end = Math.max(best.end, stanceEnd);
    const citizens = stance === 'citizens-may-have-died' ? citizensOf(m) : undefined;
    const value = citizens === undefined ? { stance } : { stance, citizens };
    claims.push({ point: 'russian-position', start, end, text: passage.slice(start, end), value });
  }
  return claims;
}
