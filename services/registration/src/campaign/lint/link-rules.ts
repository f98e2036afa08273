/** Links and phone numbers in samples against the embedded-link and embedded-phone flags. Sources: codes.ts. */
import { finding, sampleFinding } from './codes.js';
import { findLinks, isInsecure, isPublicShortener } from './links.js';
import { findPhoneNumbers } from './phones.js';
import type { LintRule } from './types.js';

const linkWithoutFlag: LintRule = ({ sampleMessages, flags }) =>
  flags.embeddedLink
    ? []
    : sampleMessages.flatMap((sample, index) => {
        const [link] = findLinks(sample);
        return link
          ? [
              sampleFinding(
                'SAMPLE_LINK_WITHOUT_FLAG',
                index,
                `Sample ${index + 1} contains the link ${link.text} but embeddedLink is off; turn it on or remove the link.`,
              ),
            ]
          : [];
      });

const publicShortener: LintRule = ({ sampleMessages }) =>
  sampleMessages.flatMap((sample, index) =>
    findLinks(sample)
      .filter((link) => isPublicShortener(link.host))
      .map((link) =>
        sampleFinding(
          'SAMPLE_PUBLIC_URL_SHORTENER',
          index,
          `Sample ${index + 1} links through the public shortener ${link.host}, which carriers filter; use a domain the brand owns.`,
        ),
      ),
  );

const insecureLink: LintRule = ({ sampleMessages }) =>
  sampleMessages.flatMap((sample, index) =>
    findLinks(sample)
      .filter(isInsecure)
      .map((link) =>
        sampleFinding(
          'SAMPLE_INSECURE_LINK',
          index,
          `Sample ${index + 1} links over plain http: ${link.text}; use https.`,
        ),
      ),
  );

const linkFlagWithoutSample: LintRule = ({ sampleMessages, flags }) =>
  flags.embeddedLink && !sampleMessages.some((sample) => findLinks(sample).length > 0)
    ? [
        finding(
          'EMBEDDED_LINK_FLAG_WITHOUT_SAMPLE',
          'flags.embeddedLink',
          'embeddedLink is on but no sample has a link; show one (on the brand’s own domain) or turn the flag off.',
        ),
      ]
    : [];

const phoneWithoutFlag: LintRule = ({ sampleMessages, flags }) =>
  flags.embeddedPhone
    ? []
    : sampleMessages.flatMap((sample, index) => {
        const [phone] = findPhoneNumbers(sample);
        return phone
          ? [
              sampleFinding(
                'SAMPLE_PHONE_WITHOUT_FLAG',
                index,
                `Sample ${index + 1} contains the phone number ${phone} but embeddedPhone is off; turn it on or remove the number.`,
              ),
            ]
          : [];
      });

const phoneFlagWithoutSample: LintRule = ({ sampleMessages, flags }) =>
  flags.embeddedPhone && !sampleMessages.some((sample) => findPhoneNumbers(sample).length > 0)
    ? [
        finding(
          'EMBEDDED_PHONE_FLAG_WITHOUT_SAMPLE',
          'flags.embeddedPhone',
          'embeddedPhone is on but no sample has a phone number; show one or turn the flag off.',
        ),
      ]
    : [];

export const linkRules: LintRule[] = [
  linkWithoutFlag,
  publicShortener,
  insecureLink,
  linkFlagWithoutSample,
  phoneWithoutFlag,
  phoneFlagWithoutSample,
];
