/**
 * Which TCR use cases quiet hours and the state frequency caps apply to.
 *
 * The rules restrict solicitations, not every text: 47 CFR 64.1200(c)(1) bars "telephone solicitation"
 * before 8 a.m. or after 9 p.m. at the called party's location (a text is a call under the TCPA), and
 * the state laws restrict "commercial telephone solicitation" (Fla. Stat. § 501.616(6)), "commercial
 * telephonic sales calls" (Okla. Stat. tit. 15, § 775C.1 ff., the Telephone Solicitation Act of 2022) and
 * "telephone solicitation" (Md. Code, Com. Law § 14-4501 ff., the Stop the Spam Calls Act of 2023, whose
 * definition also takes in polls and surveys). A use case names what a campaign was registered for, not
 * what one message says, so:
 * - Exempt: the five purely transactional use cases a brand cannot register promotional content under
 *   (2FA, ACCOUNT_NOTIFICATION, DELIVERY_NOTIFICATION, FRAUD_ALERT, SECURITY_ALERT), and EMERGENCY (TCR's
 *   special use case for public-safety alerts: the TCPA exempts calls "made for emergency purposes",
 *   and an alert held until 8 a.m. defeats its purpose).
 * - Restricted: everything else, unknown strings included. MARKETING obviously; MIXED and LOW_VOLUME
 *   because their sub-use cases may include MARKETING (and this check sees only the top-level use case);
 *   SOLE_PROPRIETOR because it is a catch-all for small senders' promotions; POLLING_VOTING because
 *   Maryland counts polls as solicitation; CUSTOMER_CARE, HIGHER_EDUCATION, PUBLIC_SERVICE_ANNOUNCEMENT,
 *   CHARITY, POLITICAL and the rest because their messages can solicit (enrolment, donations, offers) and
 *   the charitable/political exemptions differ from state to state. Holding such a message until
 *   morning costs little; sending a solicitation at night costs $500–$1,500 a message.
 */
const EXEMPT_USE_CASES: ReadonlySet<string> = new Set([
  '2FA',
  'ACCOUNT_NOTIFICATION',
  'DELIVERY_NOTIFICATION',
  'FRAUD_ALERT',
  'SECURITY_ALERT',
  'EMERGENCY',
]);

/** Whether messages of this use case keep quiet hours and the state frequency caps. */
export function isRestrictedUseCase(useCase: string): boolean {
  return !EXEMPT_USE_CASES.has(useCase.trim().toUpperCase());
}
