// What the demo pages should get, shared by the Chromium and Firefox suites.

/** The marks on demo/khasham-retrospective.html, in document order. */
export const RETROSPECTIVE_MARKS = [
  'Wagner', // the headline: no place named, the subject cue is marked
  'Deir ez-Zor',
  'since the Cold War', // "one of the deadliest clashes between Russians and Americans since the Cold War"
  'Khasham',
  'Deir ez-Zor', // in the pull quote's open shadow root
  'Conoco',
  'Deir ez-Zor', // split across "Deir <em>ez-Zor</em>"
  'self-defence', // the official account, in a paragraph about the battle
  'contractors', // "the episode as a warning about deniable forces: contractors allow a government …"
  'Khasham', // in the comments
];

/** Index of the first "Khasham" mark, the one the dismissal tests hide. */
export const FIRST_KHASHAM = RETROSPECTIVE_MARKS.indexOf('Khasham');
