/**
 * Test support: campaigns written the way approved TCR submissions are, one per common use case.
 * Brands, domains and numbers are invented (555-01xx numbers are reserved for fiction).
 */
import type { CampaignDraftForLint } from './types.js';

const standardFlags = {
  subscriberOptIn: true,
  subscriberOptOut: true,
  subscriberHelp: true,
  numberPool: false,
  directLending: false,
  embeddedLink: false,
  embeddedPhone: false,
  affiliateMarketing: false,
  ageGated: false,
};

const standardKeywords = {
  helpKeywords: ['HELP', 'INFO'],
  optOutKeywords: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'],
  optInKeywords: [],
  optInMessage: null,
};

export const approvedCampaigns: Record<string, CampaignDraftForLint> = {
  '2FA sign-in codes': {
    brandDisplayName: 'Ledgerly',
    brandLegalName: 'Ledgerly Technologies, Inc.',
    useCase: '2FA',
    description:
      'Ledgerly sends one-time passcodes by SMS to users who sign in to the Ledgerly web and mobile apps or ' +
      'confirm a new device, so they can verify their identity.',
    messageFlow:
      'Users enter their mobile number on the sign-in page at https://app.ledgerly.com/login or in the Ledgerly ' +
      'iOS and Android apps and tap "Text me a code" under the notice: "By requesting a code you agree to ' +
      'receive one-time passcodes from Ledgerly by SMS. Msg & data rates may apply. Reply STOP to opt out, HELP ' +
      'for help." Numbers are used only for sign-in codes and are not shared with third parties.',
    sampleMessages: [
      'Your Ledgerly verification code is {code}. It expires in 10 minutes. Never share this code.',
      "Ledgerly: {code} is your code to confirm a new device. If this wasn't you, reply HELP.",
    ],
    helpMessage:
      'Ledgerly: for help with sign-in codes visit https://ledgerly.com/support or email support@ledgerly.com. ' +
      'Reply STOP to opt out.',
    optOutMessage:
      'Ledgerly: you are unsubscribed from verification texts and will not receive further messages.',
    ...standardKeywords,
    flags: standardFlags,
  },
  'account notifications for residents': {
    brandDisplayName: 'Brightline Property Management',
    brandLegalName: 'Brightline Property Management LLC',
    useCase: 'ACCOUNT_NOTIFICATION',
    description:
      'Brightline Property Management texts residents who opted in about rent due dates, payment receipts, ' +
      'maintenance visits and building notices for the apartments we manage.',
    messageFlow:
      'Residents opt in in the resident portal at https://portal.brightlinepm.com/settings by checking the ' +
      'unchecked box "Send me account and maintenance texts from Brightline Property Management. Msg frequency ' +
      'varies. Msg & data rates may apply. Reply STOP to cancel, HELP for help." They can also opt in on the ' +
      'paper lease addendum they sign at move-in.',
    sampleMessages: [
      'Brightline Property Management: Hi {first_name}, rent of {amount} for unit {unit} is due {due_date}. ' +
        'Pay in the resident portal. Reply STOP to opt out.',
      'Brightline Property Management: a technician will visit unit {unit} on {date} between {window} for ' +
        'work order #{ticket}. Reply STOP to opt out.',
      'Brightline Property Management: payment received, thank you! Receipt {receipt_number} is in your portal.',
    ],
    helpMessage:
      'Brightline Property Management: call (312) 555-0148 or email residents@brightlinepm.com. Reply STOP to opt out.',
    optOutMessage:
      'Brightline Property Management: you have been unsubscribed and will receive no more texts.',
    ...standardKeywords,
    flags: standardFlags,
  },
  'grocery delivery updates': {
    brandDisplayName: 'Fresh Basket',
    brandLegalName: 'Fresh Basket Grocery Co.',
    useCase: 'DELIVERY_NOTIFICATION',
    description:
      'Fresh Basket texts customers about their grocery delivery orders: confirmation, driver on the way, ' +
      'delivered, and substitutions that need a reply.',
    messageFlow:
      'Customers opt in at checkout on https://freshbasket.com and in the Fresh Basket app by ticking an ' +
      'optional, unticked box: "Text me delivery updates from Fresh Basket. Msg frequency varies by order. Msg & ' +
      'data rates may apply. Reply STOP to cancel." Consent is not a condition of purchase.',
    sampleMessages: [
      'Fresh Basket: your order #{order_id} is on its way with {driver_name}. Track it at ' +
        'https://freshbasket.com/track/{order_id}. Reply STOP to opt out.',
      'Fresh Basket: {item} is out of stock. Reply 1 to accept {substitute} or 2 for a refund.',
      'Fresh Basket: your groceries were delivered at {time}. Enjoy! Reply STOP to opt out.',
    ],
    helpMessage:
      'Fresh Basket: for order help visit freshbasket.com/help or call 1-888-555-0163. Reply STOP to opt out.',
    optOutMessage: "Fresh Basket: you're opted out of delivery texts. No further messages will be sent.",
    ...standardKeywords,
    flags: { ...standardFlags, embeddedLink: true },
  },
  'customer care for a service business': {
    brandDisplayName: 'Summit Heating & Air',
    brandLegalName: 'Summit Heating and Air Conditioning, Inc.',
    useCase: 'CUSTOMER_CARE',
    description:
      'Summit Heating & Air answers customer questions by text and follows up on service requests: scheduling, ' +
      'technician arrival, estimates and warranty questions.',
    messageFlow:
      'Customers start the conversation by texting our service line, or opt in on the service request form at ' +
      'https://summithvac.com/service by checking an unchecked box agreeing to receive texts from Summit Heating ' +
      '& Air. Dispatchers also ask for verbal consent on calls and note it in the customer record.',
    sampleMessages: [
      'Summit Heating & Air: thanks for reaching out, {first_name}! A technician can come {date} between 8 and ' +
        '10am. Reply YES to book. Reply STOP to opt out.',
      'Summit Heating & Air: {tech_name} is on the way and should arrive in about 20 minutes.',
      'Hi {first_name}, this is Summit Heating & Air. Your furnace warranty covers the part; labor is {amount}. ' +
        'Questions? Just reply here.',
    ],
    helpMessage:
      'Summit Heating & Air: call (720) 555-0191 or visit summithvac.com/contact. Reply STOP to opt out.',
    optOutMessage: 'Summit Heating & Air: you are unsubscribed and will no longer receive texts from us.',
    ...standardKeywords,
    flags: standardFlags,
  },
  'marketing with opt-out': {
    brandDisplayName: 'Petal Street Flowers',
    brandLegalName: 'Petal Street Flowers LLC',
    useCase: 'MARKETING',
    description:
      'Petal Street Flowers sends promotional texts to subscribers: seasonal sales, new bouquet collections and ' +
      'holiday ordering reminders, up to 6 messages a month.',
    messageFlow:
      'Customers opt in by texting BLOOM to (503) 555-0172, as advertised on signs in our shop, or by ticking an ' +
      'unchecked box at checkout on https://petalstreetflowers.com: "Yes, send me marketing texts from Petal ' +
      'Street Flowers. Up to 6 msgs/month. Msg & data rates may apply. Consent is not a condition of purchase. ' +
      'Reply STOP to cancel, HELP for help."',
    sampleMessages: [
      "Petal Street Flowers: Mother's Day is {date}! Order by Thursday for 15% off with code MOM15 at " +
        'https://petalstreetflowers.com/mom. Reply STOP to opt out.',
      'Petal Street Flowers: our new peony collection just arrived. Shop now: ' +
        'https://petalstreetflowers.com/peonies Txt STOP to cancel',
    ],
    helpMessage:
      'Petal Street Flowers: questions? Call (503) 555-0172 or email hello@petalstreetflowers.com.',
    optOutMessage: 'Petal Street Flowers: you are unsubscribed and will receive no further marketing texts.',
    ...standardKeywords,
    optInKeywords: ['BLOOM', 'START'],
    optInMessage:
      'Petal Street Flowers: thanks for joining our VIP texts! Up to 6 msgs/month. Msg & data rates may apply. ' +
      'Reply HELP for help, STOP to cancel.',
    flags: { ...standardFlags, embeddedLink: true },
  },
  'mixed reminders, care and offers': {
    brandDisplayName: 'Riverside Veterinary Clinic',
    brandLegalName: 'Riverside Veterinary Clinic, P.C.',
    useCase: 'MIXED',
    subUseCases: ['ACCOUNT_NOTIFICATION', 'CUSTOMER_CARE', 'MARKETING'],
    description:
      'Riverside Veterinary Clinic texts pet owners appointment reminders, vaccine due dates, answers to their ' +
      'questions and occasional seasonal wellness offers.',
    messageFlow:
      'Clients opt in on the new-client intake form, on paper at the front desk or online at ' +
      'https://riversidevet.com/new-client, by checking a separate, unchecked box: "I agree to receive ' +
      'appointment reminders, care updates and occasional offers by text from Riverside Veterinary Clinic. Msg ' +
      'frequency varies. Msg & data rates may apply. Reply STOP to opt out, HELP for help."',
    sampleMessages: [
      'Riverside Veterinary Clinic: {pet_name} is due for a rabies booster on {date}. Book at ' +
        'https://riversidevet.com/book. Reply STOP to opt out.',
      "Riverside Veterinary Clinic: reminder, {pet_name}'s appointment is tomorrow at {time}. Reply C to confirm.",
      'Riverside Veterinary Clinic: dental month is here! Save 10% on pet dental cleanings booked in February. ' +
        'Reply STOP to opt out.',
    ],
    helpMessage:
      'Riverside Veterinary Clinic: call (608) 555-0119 or visit riversidevet.com. Reply STOP to opt out.',
    optOutMessage: 'Riverside Veterinary Clinic: you have opted out and will receive no further messages.',
    ...standardKeywords,
    flags: { ...standardFlags, embeddedLink: true },
  },
  'sole proprietor appointment reminders': {
    brandDisplayName: "Maria's Hair Studio",
    brandLegalName: 'Maria Lopez',
    useCase: 'SOLE_PROPRIETOR',
    description:
      "Maria's Hair Studio, a one-chair salon, texts clients who booked with me appointment confirmations and " +
      'reminders, and lets them reschedule by text.',
    messageFlow:
      'Clients opt in when booking at https://mariashairstudio.com/book by checking an unchecked box: "Text me ' +
      'appointment reminders from Maria\'s Hair Studio. Msg & data rates may apply. Reply STOP to opt out." ' +
      'Walk-in clients can also give verbal consent at the chair, which I note on their client card.',
    sampleMessages: [
      "Maria's Hair Studio: Hi {first_name}, you're booked for {service} on {date} at {time}. Reply STOP to opt out.",
      "Maria's Hair Studio: see you tomorrow at {time}! Need to reschedule? Just reply to this text.",
    ],
    helpMessage:
      "Maria's Hair Studio: text or call me at (210) 555-0187, or email maria@mariashairstudio.com. Reply STOP to opt out.",
    optOutMessage: "Maria's Hair Studio: you're unsubscribed and won't receive more texts.",
    ...standardKeywords,
    flags: standardFlags,
  },
  'card fraud alerts': {
    brandDisplayName: 'Cascade Community Credit Union',
    brandLegalName: 'Cascade Community Credit Union',
    useCase: 'FRAUD_ALERT',
    description:
      'Cascade Community Credit Union texts members to confirm card transactions that look unusual, so a ' +
      'member can approve or block them at once.',
    messageFlow:
      'Members opt in in online banking at https://cascadeccu.org/alerts or in the mobile app by turning on ' +
      '"Fraud alerts by text" and agreeing to the notice: "Cascade Community Credit Union will text you about ' +
      'suspicious card activity. Msg & data rates may apply. Reply STOP to cancel." Branch staff can enrol ' +
      'members who ask in person.',
    sampleMessages: [
      'Cascade Community Credit Union: did you try a {amount} purchase at {merchant} with card ending {last4}? ' +
        'Reply YES or NO. Reply STOP to opt out.',
      'Cascade Community Credit Union: thanks, we blocked card ending {last4}. A new card is on its way.',
    ],
    helpMessage:
      'Cascade Community Credit Union: call 1-800-555-0150 (24/7) or visit cascadeccu.org. Reply STOP to opt out.',
    optOutMessage:
      'Cascade Community Credit Union: fraud alerts by text are off. You will not receive further texts.',
    ...standardKeywords,
    flags: standardFlags,
  },
};
