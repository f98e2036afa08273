/** How many units (septets or UTF-16 code units) one segment carries. */
export interface SegmentLimits {
  /** A message sent as a single segment. */
  single: number;
  /** Each part of a concatenated message, after its user data header. */
  concatenated: number;
}

/** GSM-7: 140 octets carry 160 septets; the concatenation header leaves 153. */
export const GSM7_LIMITS: SegmentLimits = { single: 160, concatenated: 153 };

/** UCS-2: 140 octets carry 70 code units; the concatenation header leaves 67. */
export const UCS2_LIMITS: SegmentLimits = { single: 70, concatenated: 67 };

export interface Segmentation {
  segments: number;
  /** The capacity that applied: `single` for a one-segment message, `concatenated` otherwise. */
  unitsPerSegment: number;
}

/**
 * Segments needed for characters costing `costs` units each. A character is never split: an escape
 * pair (GSM-7 extension character) or a surrogate pair (UCS-2 emoji) that would straddle a boundary
 * moves whole to the next segment. An empty message needs no segment.
 */
export function segment(costs: readonly number[], limits: SegmentLimits): Segmentation {
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  if (total === 0) return { segments: 0, unitsPerSegment: limits.single };
  if (total <= limits.single) return { segments: 1, unitsPerSegment: limits.single };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > limits.concatenated) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { segments, unitsPerSegment: limits.concatenated };
}
