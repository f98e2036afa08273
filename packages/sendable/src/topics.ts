import { topics } from '@longcode/contracts';

/** The topics "what may send" is projected from: campaigns (registration) and their numbers (numbers). */
export const sendableTopics = [topics.registrationCampaign, topics.numbersNumber] as const;
