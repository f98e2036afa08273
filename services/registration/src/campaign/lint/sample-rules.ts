/** Checks on the set of samples and on each sample's form. Sources: the list at the top of codes.ts. */
import { finding, sampleFinding } from './codes.js';
import { unbracketedPlaceholder, words } from './text.js';
import type { LintRule } from './types.js';
import { minimumSamples } from './use-cases.js';

const maxSamples = 5;
const minSampleLength = 20;
const maxSampleLength = 1024;

const length = (text: string): number => [...text.trim()].length;
const sameWords = (text: string): string => words(text).join(' ');

function distinctSampleCount(samples: string[]): number {
  return new Set(samples.map(sameWords).filter((key) => key.length > 0)).size;
}

const tooFewSamples: LintRule = (draft) => {
  const distinct = distinctSampleCount(draft.sampleMessages);
  const minimum = minimumSamples(draft);
  if (distinct >= minimum) return [];
  return [
    finding(
      'TOO_FEW_SAMPLES',
      'sampleMessages',
      `${draft.useCase} campaigns need at least ${minimum} distinct samples, one per kind of message; found ${distinct}.`,
    ),
  ];
};

const tooManySamples: LintRule = ({ sampleMessages }) =>
  sampleMessages.length > maxSamples
    ? [
        finding(
          'TOO_MANY_SAMPLES',
          'sampleMessages',
          `TCR takes at most ${maxSamples} samples; found ${sampleMessages.length}.`,
        ),
      ]
    : [];

const samplesBelowRecommended: LintRule = (draft) =>
  minimumSamples(draft) === 1 && distinctSampleCount(draft.sampleMessages) === 1
    ? [
        finding(
          'SAMPLES_BELOW_RECOMMENDED',
          'sampleMessages',
          'Only one sample: Twilio and Plivo require two, and a second kind of message helps the reviewer.',
        ),
      ]
    : [];

const duplicateSamples: LintRule = ({ sampleMessages }) => {
  const keys = sampleMessages.map(sameWords);
  return keys.flatMap((key, index) => {
    const first = keys.indexOf(key);
    return key.length > 0 && first !== index
      ? [sampleFinding('SAMPLE_DUPLICATE', index, `Sample ${index + 1} repeats sample ${first + 1}.`)]
      : [];
  });
};

const sampleLength: LintRule = ({ sampleMessages }) =>
  sampleMessages.flatMap((sample, index) => {
    const characters = length(sample);
    if (characters < minSampleLength) {
      return [
        sampleFinding(
          'SAMPLE_TOO_SHORT',
          index,
          `Sample ${index + 1} has ${characters} characters; write the whole message (at least ${minSampleLength}).`,
        ),
      ];
    }
    if (characters > maxSampleLength) {
      return [
        sampleFinding(
          'SAMPLE_TOO_LONG',
          index,
          `Sample ${index + 1} has ${characters} characters; the limit is ${maxSampleLength}.`,
        ),
      ];
    }
    return [];
  });

const unbracketedPlaceholders: LintRule = ({ sampleMessages }) =>
  sampleMessages.flatMap((sample, index) => {
    const placeholder = unbracketedPlaceholder(sample);
    return placeholder
      ? [
          sampleFinding(
            'SAMPLE_PLACEHOLDER_UNBRACKETED',
            index,
            `Sample ${index + 1} has "${placeholder.found}", ${placeholder.looksLike}; write template fields in brackets, e.g. {first_name}.`,
          ),
        ]
      : [];
  });

export const sampleRules: LintRule[] = [
  tooFewSamples,
  tooManySamples,
  samplesBelowRecommended,
  duplicateSamples,
  sampleLength,
  unbracketedPlaceholders,
];
