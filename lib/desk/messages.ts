/**
 * Every message a desk form shows says what to do, in plain words. The rules of what is valid live with the schemas
 * (lib/domain/limits.ts, the payload schemas), whose messages are written for every reader of the data (seed files,
 * imports); here they are turned into instructions for a person at a form. Tests feed each rule the message the real
 * schema produces, so a reworded schema message shows up as a failing test rather than as jargon on a form. Pure.
 */
type Rule = [RegExp, (m: RegExpExecArray, field: string) => string];

const RULES: Rule[] = [
  [/^must not be empty$/, (_m, field) => `Fill in ${field}.`],
  [/^Give a reason\.?$/, () => 'Give a reason: it is recorded with the change.'],
  [/^must be at most ([\d,]+) characters$/, (m) => `Shorten it to at most ${m[1]} characters.`],
  [/^must have at most ([\d,]+) (entries|passages)$/, (m) => `List at most ${m[1]} ${m[2] === 'passages' ? 'passages' : 'entries'}; remove the rest.`],
  [/^must be a real date written YYYY, YYYY-MM or YYYY-MM-DD$/, () => 'Write a date that exists, as YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-11-08).'],
  [/^must be an absolute http\(s\) URL$/, () => 'Enter the whole address, starting with https:// (or http://).'],
  [/^must be an http\(s\) URL \(got "(.*):"\)$/, (m) => `Enter an address starting with https:// or http:// (this one starts with “${m[1]}:”).`],
  [
    /^must not contain spaces, quotes, angle brackets or backslashes/,
    () =>
      'Remove the spaces, quotes, angle brackets and backslashes from the address (copy it from the browser’s address bar, which writes them as %20 and so on).',
  ],
  [/^must not carry a user name or password$/, () => 'Remove the user name and password from the address.'],
  [/^must be a single line/, () => 'Write it on one line: remove the line breaks and tabs.'],
  [
    /^contains a control character \((U\+[0-9A-F]+)\) at position (\d+)$/,
    (m) => `Remove the invisible character ${m[1]} at position ${m[2]} (often pasted from a PDF).`,
  ],
  [/^contains U\+FFFD/, () => 'Copy the text again from the document: it contains “�”, the mark of text that was garbled on the way.'],
  [/^contains a lone surrogate/, () => 'Copy the text again from the document: it contains a broken character.'],
  [/^must be a lower-case slug/, () => 'Use only lower-case letters a–z, digits and single hyphens, for example cote-d-ivoire.'],
  [/^must be three capital letters$/, () => 'Enter the three-letter ISO 3166 code, for example ISL for Iceland.'],
  [/^a State needs an ISO3 code$/, () => 'Enter the State’s three-letter ISO 3166 code, for example ISL for Iceland.'],
  [/^must be an ISO 639 code$/, () => 'Enter a two- or three-letter language code, for example en, fr or es.'],
  [/^Invalid (option|input)/, () => 'Choose one of the options in the list.'],
  [/^a coded document needs a confidence/, () => 'Choose a confidence (high, medium or low): a coded document needs one.'],
  [
    /^applicability is required whenever anything is coded$/,
    () => 'Choose a value for Applicability: it is needed whenever anything is coded (choose “Silent” if the document says nothing on it).',
  ],
  [/^a coding needs at least one quoted passage$/, () => 'Add at least one passage (the quote and where it stands): a coding needs the actor’s words.'],
  [/^must not repeat the actor$/, () => 'Remove the actor the document is filed under from the co-authors.'],
  [/^must not list an actor twice$/, () => 'Choose each co-author once.'],
  [/^unknown actor "(.*)"$/, (m) => `Choose an actor from the list: “${m[1]}” is not tracked (to add it, fill in “New actor”).`],
  [/^must be one of (.*?)( \(or not coded\))?$/, () => 'Choose one of the values in the list.'],
];

/** A field's label as it reads inside a sentence: "Fill in the title." */
export function inSentence(label: string): string {
  const lower = /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  return `the ${lower}`;
}

/** The message rewritten as an instruction; an unknown message is kept, as a sentence. */
export function plainMessage(message: string, fieldLabel: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return say(m, inSentence(fieldLabel));
  }
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
