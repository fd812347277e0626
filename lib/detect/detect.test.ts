import { describe, expect, it, vi } from 'vitest';
import { collectCandidates, detect, mayMention, scoreTerms } from './detect';

// Sentences written for these tests (not taken from eval/corpus.jsonl).
const POSITIVES: Record<string, string> = {
  en: 'Five years on, veterans of the night of February 7, 2018 near Deir ez-Zor still argue over how many Russian contractors died under U.S. air strikes.',
  ru: 'В ночь на 8 февраля 2018 года под Дейр-эз-Зором американская авиация разгромила колонну, в которой были бойцы ЧВК «Вагнер».',
  uk: 'Під Дейр-ез-Зором у лютому 2018 року американські удари знищили колону, де були найманці ПВК «Вагнер».',
  ar: 'في 7 شباط/فبراير 2018 قصفت الطائرات الأمريكية رتلاً يضم مرتزقة روساً من فاغنر قرب دير الزور.',
  de: 'Bei Deir ez-Zor starben im Februar 2018 Dutzende russische Söldner der Gruppe Wagner durch US-Luftangriffe.',
  fr: 'Près de Deir ez-Zor, en février 2018, des frappes américaines ont décimé une colonne de mercenaires russes du groupe Wagner.',
  es: 'Cerca de Deir ez Zor, en febrero de 2018, bombardeos estadounidenses mataron a decenas de mercenarios rusos del grupo Wagner.',
  tr: 'Deyrizor yakınlarında Şubat 2018’de ABD hava saldırıları, Wagner’e bağlı Rus paralı askerlerin bulunduğu konvoyu vurdu.',
};

describe('detect: the engagement in each language', () => {
  for (const [lang, text] of Object.entries(POSITIVES)) {
    it(`finds it in ${lang}`, () => {
      const result = detect(text);
      expect(result.mentionsEvent).toBe(true);
      expect(result.mentions[0]!.cues.length).toBeGreaterThan(1);
    });
  }

  it('finds the battle by name alone', () => {
    expect(detect('A new book retells the Battle of Khasham from the survivors’ side.').mentionsEvent).toBe(true);
    expect(detect('Бой при Хашаме до сих пор замалчивают.').mentionsEvent).toBe(true);
  });

  it('marks the name in the original text, whatever its spelling', () => {
    const text = 'Reports from DEIR\u00a0EZ‑ZOR: U.S. strikes killed dozens of Russian mercenaries on Feb. 7, 2018.';
    const [mention] = detect(text).mentions;
    expect(text.slice(mention!.start, mention!.end)).toBe('DEIR\u00a0EZ‑ZOR');
  });

  it('uses the page context at half strength', () => {
    const text = 'The column was destroyed near Deir ez-Zor.';
    const bare = detect(text);
    const withContext = detect(text, { context: 'Wagner mercenaries killed by US strikes, February 7–8, 2018' });
    expect(withContext.score).toBeGreaterThan(bare.score);
  });
});

describe('detect: named distractors', () => {
  const DISTRACTORS: Record<string, string> = {
    'the September 2016 strike':
      'In September 2016 coalition jets mistakenly hit Syrian army positions on Jabal Tharda near Deir ez-Zor airport, killing dozens of soldiers.',
    'the February 2024 strikes':
      'On February 2, 2024 U.S. bombers struck Iran-backed militias near Deir ez-Zor in retaliation for the Tower 22 attack.',
    'the 2014–2017 siege':
      'For three years Islamic State besieged the government-held districts of Deir ez-Zor, and food came only by airdrop.',
    'Wagner the composer':
      'The festival opened with Richard Wagner’s Lohengrin, four hours of music that the audience cheered.',
    'ConocoPhillips the company': 'ConocoPhillips raised its quarterly dividend in February 2018 as oil prices rose.',
  };
  for (const [name, text] of Object.entries(DISTRACTORS)) {
    it(`does not take ${name} for the engagement`, () => {
      const result = detect(text);
      expect(result.mentionsEvent).toBe(false);
    });
  }

  it('does not mark a bare mention of the city', () => {
    expect(detect('Deir ez-Zor is a city on the Euphrates.').mentionsEvent).toBe(false);
  });

  it('returns nothing for empty or unrelated text', () => {
    expect(detect('')).toEqual({ mentionsEvent: false, score: 0, mentions: [] });
    expect(detect('The weather in Lyon was mild on Tuesday.').mentions).toEqual([]);
  });
});

describe('detect: the weighted terms behind a score', () => {
  it('lists what a candidate is weighed by, including the place-and-evidence combinations', () => {
    const [candidate] = collectCandidates('Wagner fighters died near Deir ez-Zor.');
    const ids = candidate!.terms.map((t) => t.id);
    expect(ids).toContain('bias:place');
    expect(ids).toContain('wagner');
    expect(ids).toContain('combo:fighters-at-the-place');
    expect(detect('Wagner fighters died near Deir ez-Zor.').mentions[0]!.cues).toContain(
      'Russian contractors at Deir ez-Zor',
    );
  });

  it('weighs evidence in the sentence and its neighbours, and nothing farther away', () => {
    const filler = 'The council met on Tuesday. '.repeat(3);
    const presenceOf = (text: string, id: string) =>
      collectCandidates(text)[0]!.terms.find((t) => t.id === id)?.presence ?? 0;
    const anchor = 'Fighting was reported near Deir ez-Zor.';
    expect(presenceOf(`${filler}T-72 tanks rolled. ${anchor} ${filler}`, 'tanks')).toBe(0.6);
    expect(presenceOf(`${filler}${anchor} T-72 tanks rolled. ${filler}`, 'tanks')).toBe(0.6);
    expect(presenceOf(`${filler}T-72 tanks rolled. Rain fell. ${anchor} ${filler}`, 'tanks')).toBe(0);
    expect(presenceOf(`${filler}${anchor} Rain fell. T-72 tanks rolled. ${filler}`, 'tanks')).toBe(0);
    // Two anchors in neighbouring sentences: each still sees the other's evidence.
    const two = collectCandidates(`${filler}Deir ez-Zor again. Rain fell. ${anchor} T-72 tanks rolled.`);
    expect(two.map((c) => c.terms.find((t) => t.id === 'tanks')?.presence ?? 0)).toEqual([0, 0.6]);
  });

  it('copes with a sentence holding hundreds of thousands of cues', () => {
    const text = `Deir ez-Zor. ${'tanks '.repeat(200_000)}`;
    expect(collectCandidates(text)[0]!.terms.find((t) => t.id === 'tanks')?.presence).toBe(0.6);
  });

  it('scores terms with the weights it is given, so a fit can be measured before it is saved', () => {
    const terms = [
      { id: 'bias:place', label: 'the kind of name', presence: 1 },
      { id: 'wagner', label: 'Wagner', presence: 0.6 },
    ];
    expect(scoreTerms(terms, { 'bias:place': 0, wagner: 0 }).score).toBeCloseTo(0.5);
    expect(scoreTerms(terms, { 'bias:place': -1, wagner: 5 }).score).toBeCloseTo(1 / (1 + Math.exp(-2)));
    // The anchor's own bias is never shown as a cue.
    expect(scoreTerms(terms, { 'bias:place': 3, wagner: 1 }).cues).toEqual(['Wagner']);
    expect(scoreTerms(terms, { 'bias:place': -3, wagner: -1 }).against).toEqual(['Wagner']);
  });
});

describe('warming up and the quick check', () => {
  it('compiles the candidate patterns first, and the evidence only when asked for all', async () => {
    vi.resetModules();
    const fresh = await import('./detect');
    expect(fresh.warmUpDetector(0)).toBe(false);
    while (!fresh.warmUpDetector(50, 'candidates'));
    expect(fresh.warmUpDetector(0, 'candidates')).toBe(true);
    expect(fresh.warmUpDetector(0)).toBe(false); // the evidence patterns are still to do
    while (!fresh.warmUpDetector(50));
    expect(fresh.warmUpDetector(0)).toBe(true);
  });

  it('tells whether a text may hold a mention, by its candidate names only', () => {
    expect(mayMention('Fighting near Deir ez-Zor.')).toBe(true);
    expect(mayMention('Wagner fighters died.')).toBe(true);
    expect(mayMention('The council met on Tuesday; T-72 tanks were on parade.')).toBe(false);
    expect(mayMention('')).toBe(false);
    // Not inside a word, as in detection.
    expect(mayMention('xwagner')).toBe(false);
  });
});
