/** A number in [0, 1), the next of a seeded sequence. */
export type Random = () => number;

/**
 * One stream of SIM_SEED's numbers: the same seed and stream give the same sequence. Each kind of outcome
 * has its own stream, so changing one rate does not move the others' draws.
 */
export function seededRandom(seed: string, stream: string): Random {
  return mulberry32(fnv1a(`${seed}/${stream}`));
}

/** Mulberry32 (Tommy Ettinger): a small, fast 32-bit generator, plenty for simulated outcomes. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a, 32 bits, over the UTF-16 units of the text: a seed from a string. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
