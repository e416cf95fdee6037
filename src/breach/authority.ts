/** The supervisory authority a breach is notified to (Art. 33(1), 55–56): gdpr.yaml's, or the country's. */
import { authorityById, defaultAuthorityFor } from '../law/authorities.js';
import { localise } from '../render/words.js';
import type { GdprConfig } from '../types/register.js';
import { breachWord } from './words.js';

export interface NotifiedAuthority {
  id?: string;
  /** Short name for messages: `CNIL`. */
  short: string;
  name: string;
  address?: string;
  /** Where breaches are notified online, when known. */
  breachUrl?: string;
  website?: string;
}

export function notifiedAuthority(
  config: GdprConfig | undefined,
  lang: string,
  idOverride?: string,
): NotifiedAuthority {
  const configured = idOverride ?? config?.supervisory_authority;
  if (configured !== undefined && typeof configured !== 'string') {
    const name = localise(configured.name, lang, config?.languages?.[0] ?? lang);
    const inline: NotifiedAuthority = { short: name, name };
    if (configured.address) inline.address = configured.address;
    if (configured.url) inline.website = configured.url;
    return inline;
  }
  const builtIn =
    configured !== undefined
      ? authorityById(configured)
      : config
        ? defaultAuthorityFor(config.organisation.country)
        : undefined;
  if (!builtIn) {
    const generic = breachWord(lang, 'authority.generic');
    return { short: generic, name: generic };
  }
  // The authority's own name is the one its readers (and its forms) recognise, in any language.
  const found: NotifiedAuthority = {
    id: builtIn.id,
    short: builtIn.short,
    name: builtIn.name.local,
    address: builtIn.address,
    website: builtIn.website,
  };
  if (builtIn.breach_notification_url) found.breachUrl = builtIn.breach_notification_url;
  return found;
}
