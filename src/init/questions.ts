/**
 * The questions of `gdpr init`, asked through an `Asker` so that the terminal, `--answers FILE`,
 * flags and tests share one flow. Every question is asked before anything is written, so an
 * interrupted run leaves nothing behind.
 */
import {
  defaultAuthorityFor,
  hasRegionalAuthorities,
  listAuthorities,
} from '../law/authorities.js';
import { countryName } from '../render/words.js';
import { FALLBACK_LANGUAGE, localeLanguages, message } from '../locale/index.js';
import { canonicalCountryCode } from '../law/eea.js';
import { isCountryCode } from '../register/country.js';
import type { Asker, Choice } from '../prompts/asker.js';
import { listSectors } from './scaffold-data.js';

export const LANGUAGE_CHOICES = ['fr', 'en', 'de', 'es', 'it', 'nl'] as const;
export const CI_PROVIDERS = ['none', 'github', 'gitlab'] as const;
export type CiProvider = (typeof CI_PROVIDERS)[number];

/** Written by `--yes` where no real default exists; the summary lists them as things to complete. */
export const ADDRESS_PLACEHOLDER = '(to be completed)';

export interface InitAnswers {
  organisation: {
    name: string;
    address: string;
    country: string;
    email: string;
    phone?: string;
    website?: string;
    headcount?: number;
    dpo?: { name?: string; email: string; external: boolean };
  };
  rightsContact: string;
  languages: string[];
  supervisoryAuthority: string;
  sectors: string[];
  ci: CiProvider;
}

/** A value written as a stand-in, to be replaced by the user (path inside gdpr.yaml). */
export interface Placeholder {
  path: string;
  value: string;
}

export interface FlowOptions {
  /**
   * Offer defaults. Off for a run with no terminal and no `--yes`: a question that assumes a fact
   * about the organisation (its country, its DPO, its activities) must then be answered. Questions
   * whose default adds nothing (phone, website, CI job) keep their default either way.
   */
  defaults: boolean;
  /** `--yes`: write placeholders for the address and e-mail, which have no real default. */
  placeholders: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const required = (what: string) => (value: string) =>
  value.trim() !== '' ? true : `${what} is required`;
const email = (value: string) =>
  EMAIL.test(value.trim()) ? true : 'expected an e-mail address, e.g. contact@exemple.example';
const optionalUrl = (value: string) =>
  value.trim() === '' || isUrl(value.trim())
    ? true
    : 'expected an absolute URL, e.g. https://exemple.example';
const optionalCount = (value: string) =>
  /^\s*\d*\s*$/.test(value) ? true : 'expected a whole number';
const country = (value: string) =>
  isCountryCode(canonicalCountryCode(value))
    ? true
    : 'expected an ISO 3166-1 alpha-2 country code, e.g. FR';
const contact = (value: string) =>
  EMAIL.test(value.trim()) || isUrl(value.trim()) ? true : 'expected an e-mail address or a URL';

/** `Atelier Durand & Fils` → `atelier-durand-fils`: the domain of the placeholder e-mail. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'organisation' : slug;
}

export function placeholderEmail(orgName: string): string {
  return `contact@${slugOf(orgName)}.example`;
}

/**
 * The languages a register of that country starts with: those whose locale lists the country
 * (`countries` of locales/<lang>/meta.json), then English.
 */
export function defaultLanguages(countryCode: string): string[] {
  const national = localeLanguages().filter((lang) =>
    message(lang, 'meta', 'countries').split(',').includes(countryCode),
  );
  return [...national.filter((lang) => lang !== FALLBACK_LANGUAGE), FALLBACK_LANGUAGE];
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export async function askInitQuestions(
  asker: Asker,
  options: FlowOptions,
): Promise<{ answers: InitAnswers; placeholders: Placeholder[] }> {
  const offer = <T>(value: T | undefined): T | undefined => (options.defaults ? value : undefined);
  const placeholder = <T>(value: T): T | undefined => (options.placeholders ? value : undefined);

  const name = (
    await asker.input({
      name: 'org_name',
      message: 'Organisation name (legal name)',
      validate: required('The name'),
    })
  ).trim();
  const address = (
    await asker.input({
      name: 'address',
      message: 'Postal address of the main establishment',
      default: placeholder(ADDRESS_PLACEHOLDER),
      validate: required('The address'),
    })
  ).trim();
  const countryCode = canonicalCountryCode(
    await asker.input({
      name: 'country',
      message: 'Country of the main establishment (ISO 3166-1 code, e.g. FR)',
      default: offer('FR'),
      validate: country,
    }),
  );
  const orgEmail = (
    await asker.input({
      name: 'email',
      message: 'Contact e-mail address of the organisation',
      default: placeholder(placeholderEmail(name)),
      validate: email,
    })
  ).trim();
  const phone = optional(
    await asker.input({ name: 'phone', message: 'Phone number (optional)', default: '' }),
  );
  const website = optional(
    await asker.input({
      name: 'website',
      message: 'Website (optional, e.g. https://exemple.example)',
      default: '',
      validate: optionalUrl,
    }),
  );
  const headcountText = optional(
    await asker.input({
      name: 'headcount',
      message: 'Number of persons employed (optional)',
      default: '',
      validate: optionalCount,
    }),
  );

  // Art. 37–39: the DPO's contact details go to notices (Art. 13(1)(b)) and to the authority.
  const hasDpo = await asker.confirm({
    name: 'has_dpo',
    message: 'Has the organisation designated a data protection officer (DPO)?',
    default: offer(false),
  });
  let dpo: InitAnswers['organisation']['dpo'];
  if (hasDpo) {
    const dpoName = optional(
      await asker.input({
        name: 'dpo_name',
        message: 'DPO name, person or firm (optional)',
        default: '',
      }),
    );
    const dpoEmail = (
      await asker.input({ name: 'dpo_email', message: 'DPO e-mail address', validate: email })
    ).trim();
    const external = await asker.confirm({
      name: 'dpo_external',
      message: 'Is the DPO external (service contract, Art. 37(6))?',
      default: false,
    });
    dpo = { ...(dpoName ? { name: dpoName } : {}), email: dpoEmail, external };
  }

  const rightsContact = (
    await asker.input({
      name: 'rights_contact',
      message: 'Where do people exercise their data protection rights (e-mail or URL)?',
      default: offer(dpo?.email ?? orgEmail),
      validate: contact,
    })
  ).trim();

  const languages = await asker.checkbox({
    name: 'languages',
    message: 'Languages of the register (the first is the default language)',
    choices: LANGUAGE_CHOICES.map((value) => ({ value, name: value })),
    default: offer(defaultLanguages(countryCode)),
    validate: (value) => (value.length > 0 ? true : 'choose at least one language'),
  });

  const authorities = listAuthorities();
  const authorityChoices: Choice<string>[] = authorities.map((a) => ({
    value: a.id,
    name: `${a.short} (${a.id})`,
    description: a.name.en,
  }));
  // Where the law data has regional authorities (Germany's Länder), there is no single default:
  // most private bodies answer to the authority of their Land.
  const supervisoryAuthority = await asker.select({
    name: 'supervisory_authority',
    message: hasRegionalAuthorities(countryCode)
      ? `Lead supervisory authority (in ${countryName(countryCode, 'en')}, usually the authority of your Land)`
      : 'Lead supervisory authority',
    choices: authorityChoices,
    default: offer(defaultAuthorityFor(countryCode)?.id),
  });

  const sectors = await asker.checkbox({
    name: 'sectors',
    message: 'Which processing activities should be scaffolded?',
    choices: listSectors().map((s) => ({ value: s.id, name: s.label.en, description: s.hint.en })),
    default: offer(['hr-payroll', 'customers', 'suppliers']),
  });

  const ci = await asker.select({
    name: 'ci',
    message: 'Add a CI job that runs `gdpr check`?',
    choices: [
      { value: 'none', name: 'No' },
      { value: 'github', name: 'GitHub Actions (.github/workflows/gdpr.yml)' },
      { value: 'gitlab', name: 'GitLab CI (.gitlab-ci.yml)' },
    ],
    default: 'none',
  });

  const answers: InitAnswers = {
    organisation: {
      name,
      address,
      country: countryCode,
      email: orgEmail,
      ...(phone ? { phone } : {}),
      ...(website ? { website } : {}),
      ...(headcountText ? { headcount: Number(headcountText) } : {}),
      ...(dpo ? { dpo } : {}),
    },
    rightsContact,
    languages: [...languages],
    supervisoryAuthority,
    sectors: [...sectors],
    ci,
  };

  const placeholders: Placeholder[] = [];
  if (address === ADDRESS_PLACEHOLDER)
    placeholders.push({ path: 'organisation.address', value: address });
  if (orgEmail === placeholderEmail(name))
    placeholders.push({ path: 'organisation.email', value: orgEmail });
  if (rightsContact === placeholderEmail(name))
    placeholders.push({ path: 'rights_contact', value: rightsContact });
  return { answers, placeholders };
}
