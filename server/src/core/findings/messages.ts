/**
 * User-facing text of the findings, in Dutch (the default: notes are written in
 * Dutch) and English. Messages are for people only; tools read `code` and
 * `data`, never this text.
 */
export type Locale = 'nl' | 'en';

type Catalogue = Record<string, { nl: string; en: string }>;

const MESSAGES = {
  'frontmatter-missing': {
    nl: 'De nota heeft geen metadatablok: begin met een frontmatter tussen twee regels ‘---’.',
    en: 'The note has no metadata block: start it with frontmatter between two ‘---’ lines.',
  },
  'frontmatter-syntax': {
    nl: 'De frontmatter is geen geldige YAML: {detail}',
    en: 'The frontmatter is not valid YAML: {detail}',
  },
  'frontmatter-unclosed': {
    nl: 'De frontmatter wordt niet afgesloten: voeg een regel ‘---’ toe na de laatste sleutel.',
    en: 'The frontmatter is never closed: add a ‘---’ line after the last key.',
  },
  'frontmatter-not-mapping': {
    nl: 'De frontmatter moet uit sleutels met waarden bestaan (bijvoorbeeld ‘onderwerp: …’).',
    en: 'The frontmatter must consist of keys with values (for example ‘onderwerp: …’).',
  },
  // {field} is a key as fieldPhrase.ts names it (‘postadres’ van ‘afzender’);
  // {subject} a value as the subject of the sentence (Het derde item van ‘aan’).
  'field-missing': {
    nl: 'Het verplichte veld {field} ontbreekt.',
    en: 'The required field {field} is missing.',
  },
  'field-invalid.empty': {
    nl: '{subject} is leeg.',
    en: '{subject} is empty.',
  },
  'field-invalid.placeholder': {
    nl: 'Nog in te vullen: {object} (nu ‘{value}’).',
    en: 'Still to fill in: {object} (now ‘{value}’).',
  },
  'field-invalid.type': {
    nl: '{subject} moet {expected} zijn.',
    en: '{subject} must be {expected}.',
  },
  'field-invalid.allowed': {
    nl: '{subject} heeft een waarde die niet is toegestaan; toegestaan: {allowed}.',
    en: '{subject} has a value that is not allowed; allowed: {allowed}.',
  },
  'field-invalid.minimum': {
    nl: '{subject} moet minstens {limit} zijn.',
    en: '{subject} must be at least {limit}.',
  },
  'field-invalid.maximum': {
    nl: '{subject} mag hoogstens {limit} zijn.',
    en: '{subject} must be at most {limit}.',
  },
  'field-invalid.minItems': {
    nl: '{subject} moet minstens {limit} item(s) bevatten.',
    en: '{subject} must hold at least {limit} item(s).',
  },
  'field-invalid.maxItems': {
    nl: '{subject} mag hoogstens {limit} item(s) bevatten.',
    en: '{subject} must hold at most {limit} item(s).',
  },
  'field-invalid.minLength': {
    nl: '{subject} moet minstens {limit} teken(s) lang zijn.',
    en: '{subject} must be at least {limit} character(s) long.',
  },
  'field-invalid.maxLength': {
    nl: '{subject} mag hoogstens {limit} teken(s) lang zijn.',
    en: '{subject} must be at most {limit} character(s) long.',
  },
  'field-invalid.uniqueItems': {
    nl: '{subject} noemt hetzelfde item twee keer (het {first} en het {second}).',
    en: '{subject} lists the same item twice (the {first} and the {second}).',
  },
  'field-invalid.pattern': {
    nl: '{subject} heeft niet de vorm {pattern}.',
    en: '{subject} does not have the form {pattern}.',
  },
  'field-invalid.other': {
    nl: '{subject} heeft een ongeldige waarde ({detail}).',
    en: '{subject} has an invalid value ({detail}).',
  },
  'field-unknown': {
    nl: 'Onbekend veld {field}: een {noteType} kent dit veld niet.',
    en: 'Unknown field {field}: a {noteType} does not define it.',
  },
  'date-invalid': {
    nl: '‘{value}’ is geen geldige datum. Schrijf een bestaande datum als ‘19 maart 2026’ of ‘2026-03-19’.',
    en: '‘{value}’ is not a valid date. Write a real date as ‘19 maart 2026’ or ‘2026-03-19’.',
  },
  'date-invalid.suggestion': {
    nl: '‘{value}’ is geen geldige datumnotatie; bedoelt u ‘{suggestion}’?',
    en: '‘{value}’ is not an accepted date form; did you mean ‘{suggestion}’?',
  },
  'reference-invalid': {
    nl: 'De referentie ‘{value}’ heeft niet de vorm {hint}.',
    en: 'The reference ‘{value}’ does not have the form {hint}.',
  },
  'reference-duplicate': {
    nl: 'De referentie ‘{value}’ staat ook in {others}: elke nota heeft een eigen referentie.',
    en: 'The reference ‘{value}’ is also used by {others}: each note needs a reference of its own.',
  },
  'list.and': { nl: 'en', en: 'and' },
  'list.more': { nl: '{count} andere nota(’s)', en: '{count} other note(s)' },
  'section-missing': {
    nl: 'De verplichte sectie ‘{number}. {title}’ ontbreekt.',
    en: 'The required section ‘{number}. {title}’ is missing.',
  },
  // Where it belongs, by the headings as the note has them: the finding stands where the section would go.
  'section-missing.between': {
    nl: 'De verplichte sectie ‘{number}. {title}’ ontbreekt: die hoort tussen ‘{after}’ en ‘{before}’.',
    en: 'The required section ‘{number}. {title}’ is missing: it belongs between ‘{after}’ and ‘{before}’.',
  },
  'section-missing.before': {
    nl: 'De verplichte sectie ‘{number}. {title}’ ontbreekt: die hoort vóór ‘{before}’.',
    en: 'The required section ‘{number}. {title}’ is missing: it belongs before ‘{before}’.',
  },
  'section-missing.after': {
    nl: 'De verplichte sectie ‘{number}. {title}’ ontbreekt: die hoort na ‘{after}’.',
    en: 'The required section ‘{number}. {title}’ is missing: it belongs after ‘{after}’.',
  },
  'section-order': {
    nl: 'De sectie ‘{title}’ staat voor ‘{shouldPrecede}’, maar hoort daarna te komen.',
    en: 'The section ‘{title}’ stands before ‘{shouldPrecede}’, but belongs after it.',
  },
  'section-order.after': {
    nl: 'De sectie ‘{title}’ staat na ‘{shouldFollow}’, maar hoort daarvoor te komen.',
    en: 'The section ‘{title}’ stands after ‘{shouldFollow}’, but belongs before it.',
  },
  'section-numbering': {
    nl: 'Het nummer {actual} klopt niet: verwacht {expected}.',
    en: 'The number {actual} is out of sequence: expected {expected}.',
  },
  'section-numbering.unnumbered': {
    nl: 'De sectie ‘{title}’ heeft geen nummer: verwacht {expected}.',
    en: 'The section ‘{title}’ has no number: expected {expected}.',
  },
  'section-numbering.parent': {
    nl: 'Het nummer {actual} past niet bij sectie {parent}: verwacht {expected}.',
    en: 'The number {actual} does not belong to section {parent}: expected {expected}.',
  },
  'section-empty': {
    nl: 'De sectie ‘{title}’ is leeg.',
    en: 'The section ‘{title}’ is empty.',
  },
  'section-empty.placeholder': {
    nl: 'Nog te schrijven: de sectie ‘{title}’.',
    en: 'Still to write: the section ‘{title}’.',
  },
  'portfolio-holder-missing': {
    nl: '‘{holder}’ staat in ‘{field}’, maar wordt niet genoemd in ‘{section}’.',
    en: '‘{holder}’ is addressed in ‘{field}’, but not named in ‘{section}’.',
  },
  'portfolio-holder-missing.shared': {
    nl: '‘{holder}’ staat in ‘{field}’, maar wordt niet genoemd in ‘{section}’. ‘{base}’ alleen is niet genoeg, want ‘{field}’ noemt ook {others}: de portefeuille is nodig om hen te onderscheiden.',
    en: '‘{holder}’ is addressed in ‘{field}’, but not named in ‘{section}’. ‘{base}’ alone is not enough, as ‘{field}’ also lists {others}: the portfolio is needed to tell them apart.',
  },
  'portfolio-holder-missing.pronoun': {
    nl: '‘{holder}’ staat in ‘{field}’, maar wordt niet genoemd in ‘{section}’. ‘{word}’ is niet genoeg bij meer geadresseerden: noem elk van hen.',
    en: '‘{holder}’ is addressed in ‘{field}’, but not named in ‘{section}’. ‘{word}’ is not enough with more than one addressee: name each of them.',
  },
  'portfolio-holder-missing.shared-pronoun': {
    nl: '‘{holder}’ staat in ‘{field}’, maar wordt niet genoemd in ‘{section}’. ‘{base}’ alleen is niet genoeg, want ‘{field}’ noemt ook {others}: de portefeuille is nodig om hen te onderscheiden. En ‘{word}’ is niet genoeg bij meer geadresseerden.',
    en: '‘{holder}’ is addressed in ‘{field}’, but not named in ‘{section}’. ‘{base}’ alone is not enough, as ‘{field}’ also lists {others}: the portfolio is needed to tell them apart. And ‘{word}’ is not enough with more than one addressee.',
  },
  'portfolio-holder-unknown': {
    nl: 'Onbekende bewindspersoon ‘{holder}’: niet in het register van portefeuilles.',
    en: 'Unknown portfolio holder ‘{holder}’: not in the portfolio registry.',
  },
  'portfolio-holder-unknown.portfolio': {
    nl: 'Onbekende portefeuille ‘{portfolio}’ in ‘{holder}’: het register kent voor de {base} alleen {known}.',
    en: 'Unknown portfolio ‘{portfolio}’ in ‘{holder}’: for the {base} the registry knows only {known}.',
  },
  'personal-data.email': {
    nl: 'Het e-mailadres ‘{text}’ is een persoonsgegeven dat niet openbaar wordt gemaakt (Woo 5.1.2e); lak het.',
    en: 'The e-mail address ‘{text}’ is personal data that is not made public (Woo 5.1.2e); redact it.',
  },
  'personal-data.phone': {
    nl: 'Het telefoonnummer ‘{text}’ is een persoonsgegeven dat niet openbaar wordt gemaakt (Woo 5.1.2e); lak het.',
    en: 'The phone number ‘{text}’ is personal data that is not made public (Woo 5.1.2e); redact it.',
  },
  'woo-ground-unknown': {
    nl: '‘{text}’ is geen weigeringsgrond van de Woo (bijvoorbeeld 5.1.2e of 5.2).',
    en: '‘{text}’ is not a ground of the Woo (for example 5.1.2e or 5.2).',
  },
  'fix.redact': { nl: 'Lakken als ‘{marker}’', en: 'Redact as ‘{marker}’' },
  'config-invalid': {
    nl: 'Nota-configuratie overgeslagen: {detail}',
    en: 'Nota configuration skipped: {detail}',
  },
  'note-too-large': {
    nl: 'Deze nota is groter dan {limit} tekens en wordt niet live gecontroleerd; gebruik ‘nota check’.',
    en: 'This note is larger than {limit} characters and is not checked live; use ‘nota check’.',
  },
  'woo.kind.absolute': { nl: 'absolute weigeringsgrond', en: 'absolute ground' },
  'woo.kind.weighed': { nl: 'relatieve weigeringsgrond, na afweging', en: 'relative ground, weighed' },
  'woo.kind.exceptional': { nl: 'uitzonderlijke grond', en: 'exceptional ground' },
  'woo.kind.policy-views': { nl: 'persoonlijke beleidsopvattingen', en: 'personal policy views' },
  'fix.insertSection': { nl: 'Sectie ‘{number}. {title}’ invoegen', en: 'Insert section ‘{number}. {title}’' },
  'fix.renumber': { nl: 'Alle secties hernummeren', en: 'Renumber all sections' },
  'fix.addField': { nl: 'Veld ‘{field}’ toevoegen', en: 'Add field ‘{field}’' },
  'fix.date': { nl: 'Datum schrijven als ‘{suggestion}’', en: 'Write the date as ‘{suggestion}’' },
  'fix.dateLongForm': { nl: 'Datum voluit schrijven: ‘{suggestion}’', en: 'Write the date in full: ‘{suggestion}’' },
  'fix.nameHolder': { nl: '‘{holder}’ noemen in het geadviseerd besluit', en: 'Name ‘{holder}’ in the advised decision' },
  'fix.openOther': { nl: '‘{name}’ openen (zelfde referentie)', en: 'Open ‘{name}’ (same reference)' },
  'fix.all': { nl: 'Alle veilige Nota-correcties toepassen', en: 'Apply all safe Nota fixes' },
  // Written into the note, which is Dutch whatever the editor's language.
  'placeholder.section': { nl: 'Nog in te vullen', en: 'Nog in te vullen' },
  'placeholder.holder': { nl: 'Ter beslissing voorgelegd aan de {holder}.', en: 'Ter beslissing voorgelegd aan de {holder}.' },
  'placeholder.holderShortForm': { nl: 'Ter beslissing voorgelegd aan {holder}.', en: 'Ter beslissing voorgelegd aan {holder}.' },
  'hover.portfolio': { nl: 'portefeuille', en: 'portfolio' },
  'hover.portfolioUnlisted': { nl: 'niet in het register', en: 'not in the registry' },
  'hover.portfoliosListed': { nl: 'portefeuilles in het register', en: 'portfolios in the registry' },
  'progress.scan': { nl: 'Nota: nota’s controleren', en: 'Nota: checking notes' },
  'progress.count': { nl: '{done} van {total} bestanden', en: '{done} of {total} files' },
  'preview.banner': { nl: 'Deze nota bevat {count} fout(en).', en: 'This note has {count} error(s).' },
  'preview.showFindings': { nl: 'Meldingen bekijken', en: 'Show the findings' },
  'preview.missing': { nl: 'Deze verplichte sectie ontbreekt.', en: 'This required section is missing.' },
  'preview.missingField': { nl: 'ontbreekt', en: 'missing' },
  'completion.required': { nl: '{type}, verplicht', en: '{type}, required' },
  'completion.requiredSection': { nl: '{type}: verplichte sectie', en: '{type}: required section' },
  'completion.optionalSection': { nl: '{type}: optionele sectie', en: '{type}: optional section' },
  'completion.today': { nl: 'vandaag', en: 'today' },
  'completion.todayIso': { nl: 'vandaag (ISO)', en: 'today (ISO)' },
  'completion.newNote': { nl: 'Nieuwe {type}', en: 'New {type}' },
  'preview.remoteImage': { nl: 'Externe afbeelding (niet geladen)', en: 'Remote image (not loaded)' },
  'outline.metadata': { nl: 'Metadata', en: 'Metadata' },
  'type.string': { nl: 'tekst', en: 'text' },
  'type.integer': { nl: 'een geheel getal', en: 'a whole number' },
  'type.number': { nl: 'een getal', en: 'a number' },
  'type.array': { nl: 'een lijst', en: 'a list' },
  'type.object': { nl: 'een blok met sleutels', en: 'a block of keys' },
  'type.boolean': { nl: 'ja of nee (true/false)', en: 'true or false' },
} satisfies Catalogue;

export type MessageId = keyof typeof MESSAGES;

export type MessageArgs = Record<string, string | number>;

export function formatMessage(locale: Locale, id: MessageId, args: MessageArgs = {}): string {
  const template = MESSAGES[id][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(args, name) ? String(args[name]) : whole,
  );
}

/** Accepts any BCP 47 tag ("en-US", "nl", "en_GB.UTF-8"); Dutch unless it is English. */
export function toLocale(tag: string | undefined | null): Locale {
  return tag && /^en\b|^en[-_]/i.test(tag.trim()) ? 'en' : 'nl';
}
