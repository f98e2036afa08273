import { SMART_ENCODING_TABLE } from './smart-encoding-table.js';

/** One kind of character smart encoding replaced, and how many times. */
export interface Replacement {
  from: string;
  to: string;
  count: number;
}

export interface SmartEncoded {
  text: string;
  /** In order of first appearance in the original text. */
  replaced: Replacement[];
}

/**
 * Replaces every character that has an entry in the smart-encoding table, whether or not the message
 * ends up GSM-7: a message that keeps an emoji still gets its curly quotes straightened. This follows
 * the behaviour of Twilio's segment calculator (it maps character by character, unconditionally).
 * Twilio's 2017 announcement of Smart Encoding describes it as applying only when no unconvertible
 * character remains; we follow the calculator, so the replaced text is predictable from the text alone.
 */
export function applySmartEncoding(text: string): SmartEncoded {
  const counts = new Map<string, number>();
  let out = '';
  for (const char of text) {
    const to = SMART_ENCODING_TABLE.get(char);
    if (to === undefined) {
      out += char;
      continue;
    }
    out += to;
    counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const replaced = [...counts].map(([from, count]) => ({
    from,
    to: SMART_ENCODING_TABLE.get(from) ?? '',
    count,
  }));
  return { text: out, replaced };
}
