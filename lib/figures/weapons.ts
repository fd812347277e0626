// Aircraft and weapons named on the page, one claim per mention. A full name is
// one mention: "MQ-9 Reaper drones" is mq-9 (not also drones), "High Mobility
// Artillery Rocket System (HIMARS)" is himars (not also artillery).

import type { PageClaim, WeaponId } from './types';
import { lazy } from './lazy';

type WeaponClaim = Extract<PageClaim, { point: 'weapons' }>;

const S = String.raw`\s{1,3}`;
const S0 = String.raw`\s{0,3}`;
const L = String.raw`\p{L}*`;

// [id, Latin/Cyrillic forms (matched as whole words), Arabic forms (which take
// attached prefixes such as و and ال, so no word boundary)].
const WEAPONS: [WeaponId, string, string?][] = [
  ['f-22', String.raw`F-?22A?s?(?:${S}Raptors?)?|Raptors?`, String.raw`[إا]ف${S0}-?${S0}22`],
  ['f-15e', String.raw`F-?15E?s?(?:${S}Strike${S}Eagles?)?|Strike${S}Eagles?`],
  [
    'mq-9',
    String.raw`MQ-?9A?s?(?:${S}Reapers?)?(?:${S}(?:drones?|UAVs?))?|Reapers?${S}(?:drones?|UAVs?)|(?:Reaper|Рипер)`,
  ],
  ['ac-130', String.raw`[AА][CС]-?130[A-Z]?s?(?:${S}(?:Spectre|Spooky|Ghostrider))?(?:${S}gunships?)?`],
  ['ah-64', String.raw`AH-?64[A-Z]?s?(?:${S}Apaches?)?|Apaches?(?:${S}(?:helicopters?|gunships?))?|Апач${L}`, 'أباتشي'],
  ['b-52', String.raw`[BБ]-?52[A-Z]?s?(?:${S}(?:Stratofortress(?:es)?|bombers?))?`],
  [
    'himars',
    String.raw`High${S}Mobility${S}Artillery${S}Rocket${S}Systems?(?:${S}\(HIMARS\))?|HIMARS|M142|ХАЙМАРС|хаймарс`,
    'هيمارس',
  ],
  [
    'artillery',
    String.raw`artillery|артиллери${L}|артилері${L}|Artillerie${L}|artillerie|artiller[ií]a|topçu${L}`,
    'مدفعي[ةه]',
  ],
  [
    'drones',
    String.raw`drones?|drohnen?|drons?|UAVs?|unmanned${S}aerial${S}vehicles?|беспилотник${L}|безпілотник${L}|дрон${L}|İHA|SİHA|insansız${S}hava${S}araç${L}`,
    String.raw`طائرات?${S}(?:ال)?(?:مسيّ?رة|بدون${S}طيار|من${S}دون${S}طيار)`,
  ],
  [
    'airstrike',
    String.raw`air${S0}strikes?|air${S}raids?|авиаудар${L}|авиационн${L}${S}удар${L}|удар${L}${S}авиации|авіаудар${L}|Luftangriff${L}|Luftschl[äa]g${L}|` +
      String.raw`frappes?${S}aériennes?|raids?${S}aériens?|bombardements?${S}aériens?|ataques?${S}aéreos?|bombardeos?${S}aéreos?|hava${S}(?:saldırı|harekât|harekat|operasyon)${L}`,
    String.raw`(?:غارات?|ضربات?|الغارات|الضربات)${S}(?:ال)?جوية`,
  ],
];

const WEAPON = lazy(
  () =>
    new RegExp(
      WEAPONS.map(([, latin, arabic], i) => {
        const forms = `(?<![\\p{L}\\d-])(?:${latin})(?![\\p{L}\\d])` + (arabic === undefined ? '' : `|${arabic}`);
        return `(?<w${i}>${forms})`;
      }).join('|'),
      'giu',
    ),
);

/** Weapons named in `text` (normalized, same length as `passage`). */
export function extractWeapons(text: string, passage: string): WeaponClaim[] {
  const claims: WeaponClaim[] = [];
  for (const m of text.matchAll(WEAPON())) {
    const index = WEAPONS.findIndex((_, i) => m.groups?.[`w${i}`] !== undefined);
    const weapon = WEAPONS[index]?.[0];
    if (weapon === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    claims.push({ point: 'weapons', start, end, text: passage.slice(start, end), value: { weapon } });
  }
  return claims;
}
