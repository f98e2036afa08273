/**
 * Content categories carriers treat specially, as whole-word, case-insensitive term lists. They stay
 * specific on purpose: "gun" would catch glue guns and "weed" lawn care, so neither is listed.
 */

export type AgeGatedCategory =
  | 'alcohol'
  | 'tobacco or vape'
  | 'firearms'
  | 'cannabis'
  | 'gambling'
  | 'age limit';

const terms = (...list: string[]): RegExp => new RegExp(String.raw`\b(?:${list.join('|')})\b`, 'i');

const ageGatedTerms: Record<AgeGatedCategory, RegExp> = {
  alcohol: terms(
    'alcohol(?:ic)?',
    'beers?',
    'wines?',
    'winery',
    'brewery',
    'brewpub',
    'taproom',
    'liquors?',
    'vodka',
    'whiske?y',
    'bourbon',
    'tequila',
    'champagne',
    'cocktails?',
    'hard seltzers?',
  ),
  'tobacco or vape': terms(
    'tobacco',
    'cigarettes?',
    'cigars?',
    'cigarillos?',
    'vapes?',
    'vaping',
    'e-?cigs?',
    'e-?cigarettes?',
    'e-?liquids?',
    'e-?juices?',
    'nicotine',
    'hookah',
    'juul',
    'smoke shop',
  ),
  firearms: terms(
    'firearms?',
    'handguns?',
    'rifles?',
    'shotguns?',
    'pistols?',
    'ammo',
    'ammunition',
    'gun (?:shop|store|show|range)s?',
    'shooting range',
    'concealed carry',
    'ar-15',
  ),
  cannabis: terms(
    'cannabis',
    'marijuana',
    'cbd',
    'thc',
    'dispensary',
    'dispensaries',
    'delta[- ]?[89]',
    'pre-?rolls?',
    'kratom',
  ),
  gambling: terms(
    'casinos?',
    'sportsbooks?',
    'sports betting',
    'betting',
    'wagers?',
    'poker',
    'blackjack',
    'roulette',
    'slot machines?',
    'lottery',
    'lotto',
    'parlays?',
  ),
  'age limit': /\b21\+|\bmust be 21\b/i,
};

/** Categories that carriers refuse outright, age gate or not (Twilio 30878; cannabis is illegal federally). */
const forbiddenCategories: ReadonlySet<AgeGatedCategory> = new Set(['tobacco or vape', 'cannabis']);

export interface FoundTerm<Category> {
  category: Category;
  term: string;
}

export function findAgeGatedTerms(text: string): FoundTerm<AgeGatedCategory>[] {
  return Object.entries(ageGatedTerms).flatMap(([category, pattern]) => {
    const term = pattern.exec(text)?.[0];
    return term ? [{ category: category as AgeGatedCategory, term }] : [];
  });
}

export function isForbiddenCategory(category: AgeGatedCategory): boolean {
  return forbiddenCategories.has(category);
}

const lendingTerms = terms(
  'loans?',
  'lenders?',
  'lending',
  'payday',
  'cash advances?',
  'lines? of credit',
  'pre-?approved',
  'pre-?qualified',
  String.raw`\d+(?:\.\d+)?%\s?apr`,
  'refinanc(?:e|ed|ing)',
  'refi',
  'mortgages?',
  'financing',
);

export function findLendingTerm(text: string): string | undefined {
  return lendingTerms.exec(text)?.[0];
}

/** Wording of offers: what makes a message marketing whatever campaign it is registered under. */
const promotionalTerms =
  /\b\d{1,2}\s?% off\b|\$\d+ off\b|\b(?:sale|flash sale|discount(?:s|ed)?|coupons?|promo(?: code)?|bogo|buy one,? get one|shop now|buy now|limited[- ]time (?:offer|only)|exclusive offer|special offer|free shipping|free gift)\b/i;

export function findPromotionalTerm(text: string): string | undefined {
  return promotionalTerms.exec(text)?.[0];
}
