import { gsmSeptetCosts } from './gsm7.js';
import { GSM7_LIMITS, segment, UCS2_LIMITS } from './segments.js';
import { applySmartEncoding, type Replacement } from './smart-encoding.js';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface EncodeOptions {
  /** Replace Unicode lookalikes (curly quotes, dashes, …) with GSM-7 characters first. Off by default. */
  smartEncoding?: boolean;
}

export interface EncodedBody {
  encoding: SmsEncoding;
  /** 0 for an empty text. */
  segments: number;
  /** Unicode code points of `text` (an emoji is one character, though it costs two UCS-2 units). */
  characters: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) one segment carries: 160/153 or 70/67. */
  unitsPerSegment: number;
  /** The text to send: the input, after smart encoding when it was asked for. */
  text: string;
  /** What smart encoding replaced; empty when it was off or found nothing. */
  replaced: Replacement[];
}

/**
 * Chooses the encoding of an SMS body and counts its segments. GSM-7 when every character is in the
 * default alphabet or its extension table (extension characters cost two septets); otherwise the whole
 * message is UCS-2, where a character outside the Basic Multilingual Plane costs two code units.
 */
export function encode(input: string, options: EncodeOptions = {}): EncodedBody {
  const { text, replaced } = options.smartEncoding
    ? applySmartEncoding(input)
    : { text: input, replaced: [] };
  const chars = Array.from(text);
  const septets = gsmSeptetCosts(chars);
  const encoding: SmsEncoding = septets ? 'GSM-7' : 'UCS-2';
  const { segments, unitsPerSegment } = septets
    ? segment(septets, GSM7_LIMITS)
    : segment(
        chars.map((char) => char.length),
        UCS2_LIMITS,
      );
  return { encoding, segments, characters: chars.length, unitsPerSegment, text, replaced };
}
