/**
 * Unicode lookalikes and their GSM-7 replacements, taken from the table Twilio publishes for its
 * Smart Encoding ("List of characters replaced by Smart Encoding",
 * https://www.twilio.com/docs/messaging/services/smart-encoding-char-list), cross-checked against the
 * map in Twilio's own segment calculator (TwilioDevEd/message-segment-calculator,
 * src/libs/SmartEncodingMap.ts).
 *
 * This is the typographic part of that table: the characters word processors, CMSs and phone keyboards
 * slip into copy (quotes, apostrophes, dashes, ellipsis, bullet, Unicode spaces, invisible characters,
 * fractions). Left out on purpose: fullwidth and "small" presentation forms, small-capital letters,
 * ornamental asterisks, combining marks and C0/C1 control characters, which do not come from pasted
 * copy and would rewrite text a sender typed deliberately. Every replacement is GSM-7 (basic set or
 * extension table); nothing outside Twilio's table is added.
 *
 * Keys are written as escapes so that no invisible or lookalike character hides in the source.
 */
export const SMART_ENCODING_TABLE: ReadonlyMap<string, string> = new Map([
  // Double quotation marks → "
  ['\u00ab', '"'], // « left-pointing double angle quotation mark
  ['\u00bb', '"'], // » right-pointing double angle quotation mark
  ['\u201c', '"'], // “ left double quotation mark
  ['\u201d', '"'], // ” right double quotation mark
  ['\u201e', '"'], // „ double low-9 quotation mark
  ['\u201f', '"'], // ‟ double high-reversed-9 quotation mark
  ['\u02ba', '"'], // ʺ modifier letter double prime
  ['\u02ee', '"'], // ˮ modifier letter double apostrophe
  ['\u275d', '"'], // ❝ heavy double turned comma quotation mark ornament
  ['\u275e', '"'], // ❞ heavy double comma quotation mark ornament
  ['\u301d', '"'], // 〝 reversed double prime quotation mark
  ['\u301e', '"'], // 〞 double prime quotation mark
  ['\uff02', '"'], // ＂ fullwidth quotation mark
  // Single quotation marks, apostrophes and accents → '
  ['\u2018', "'"], // ‘ left single quotation mark
  ['\u2019', "'"], // ’ right single quotation mark
  ['\u201b', "'"], // ‛ single high-reversed-9 quotation mark
  ['\u02b9', "'"], // ʹ modifier letter prime
  ['\u02bb', "'"], // ʻ modifier letter turned comma
  ['\u02bc', "'"], // ʼ modifier letter apostrophe
  ['\u02bd', "'"], // ʽ modifier letter reversed comma
  ['\u02c8', "'"], // ˈ modifier letter vertical line
  ['\u02ca', "'"], // ˊ modifier letter acute accent
  ['\u02cb', "'"], // ˋ modifier letter grave accent
  ['\u00b4', "'"], // ´ acute accent
  ['\u0060', "'"], // ` grave accent
  ['\u275b', "'"], // ❛ heavy single turned comma quotation mark ornament
  ['\u275c', "'"], // ❜ heavy single comma quotation mark ornament
  ['\uff07', "'"], // ＇ fullwidth apostrophe
  ['\u201a', ','], // ‚ single low-9 quotation mark
  // Dashes and hyphens → -
  ['\u2010', '-'], // ‐ hyphen
  ['\u2013', '-'], // – en dash
  ['\u2014', '-'], // — em dash
  ['\u2015', '-'], // ― horizontal bar
  ['\u2043', '-'], // ⁃ hyphen bullet
  ['\u2022', '-'], // • bullet
  // Ellipsis, exclamation, fractions
  ['\u2026', '...'], // … horizontal ellipsis
  ['\u203c', '!!'], // ‼ double exclamation mark
  ['\u00bc', '1/4'], // ¼ vulgar fraction one quarter
  ['\u00bd', '1/2'], // ½ vulgar fraction one half
  ['\u00be', '3/4'], // ¾ vulgar fraction three quarters
  ['\u00f7', '/'], // ÷ division sign
  ['\u2044', '/'], // ⁄ fraction slash
  ['\u2215', '/'], // ∕ division slash
  // Unicode spaces → one space
  ['\u00a0', ' '], // no-break space
  ['\u2000', ' '], // en quad
  ['\u2001', ' '], // em quad
  ['\u2002', ' '], // en space
  ['\u2003', ' '], // em space
  ['\u2004', ' '], // three-per-em space
  ['\u2005', ' '], // four-per-em space
  ['\u2006', ' '], // six-per-em space
  ['\u2007', ' '], // figure space
  ['\u2008', ' '], // punctuation space
  ['\u2009', ' '], // thin space
  ['\u200a', ' '], // hair space
  ['\u202f', ' '], // narrow no-break space
  ['\u205f', ' '], // medium mathematical space
  ['\u3000', ' '], // ideographic space
  ['\u2028', ' '], // line separator
  ['\u2029', ' '], // paragraph separator
  // Invisible characters → removed
  ['\u200b', ''], // zero width space
  ['\u2060', ''], // word joiner
  ['\ufeff', ''], // zero width no-break space (byte order mark)
]);
