import type { Deal, EpochMs, Lang } from '../model';
import { formatSlot } from './format-slot';
import { splitName } from './split-name';
import { TEMPLATE_VARIABLES, type TemplateValues } from './variables';

export interface DealValueOptions {
  senderName: string;
  /** The template's language, for the slot's wording. */
  lang: Lang;
  /** The rep's resolved IANA time zone (never ''). */
  timeZone: string;
  /**
   * When the template is rendered: a slot in another year than this one shows its year. A caller
   * that does not pass it yet gets the slot without its year, as before the rule.
   */
  now?: EpochMs;
}

/** The values a deal gives its templates. A blank value is left out, so rendering reports it as missing. */
export function templateValuesForDeal(
  deal: Pick<Deal, 'contact' | 'company' | 'offer' | 'nextStep' | 'templateValues'> & {
    companyGuessed?: boolean;
  },
  opts: DealValueOptions,
): TemplateValues {
  const { firstName, lastName } = splitName(deal.contact.name);
  const candidates: TemplateValues = {
    firstName,
    lastName,
    // A company guessed from the email domain is not written into an email until the rep confirms it.
    company: deal.companyGuessed ? undefined : deal.company,
    offer: deal.offer,
    slot: deal.nextStep
      ? formatSlot(deal.nextStep.at, opts.lang, opts.timeZone, opts.now ?? deal.nextStep.at)
      : undefined,
    senderName: opts.senderName,
  };
  const values: TemplateValues = {};
  for (const name of TEMPLATE_VARIABLES) {
    // What the deal knows first; else what the rep typed for this deal's templates.
    const value = candidates[name]?.trim() || deal.templateValues?.[name]?.trim();
    if (value) values[name] = value;
  }
  return values;
}
