/**
 * The rights a data-subject request exercises, and when a right does not apply to an
 * activity (LAW.md §7.2). Which legal bases open which right is data/law/rights.json
 * (src/law/rights.ts), shared with the notices and the Art. 30 record. A mismatch is
 * a warning, not an error: the request is recorded anyway and the controller answers it
 * (Art. 12(4): saying why no action is taken is an answer too).
 */
import { basesGrantingRight, basesLimitingErasure } from '../law/rights.js';
import { directMarketingBases, directMarketingWordIn } from '../law/legal-bases.js';
import type { Activity, LegalBasis, Purpose, RequestType, Text } from '../types/register.js';

export interface RightInfo {
  type: RequestType;
  article: string;
  label: string;
}

/** In the schema's order (request.schema.json `requestType`). */
export const RIGHTS: readonly RightInfo[] = [
  { type: 'access', article: 'Art. 15', label: 'access' },
  { type: 'rectification', article: 'Art. 16', label: 'rectification' },
  { type: 'erasure', article: 'Art. 17', label: 'erasure' },
  { type: 'restriction', article: 'Art. 18', label: 'restriction of processing' },
  { type: 'portability', article: 'Art. 20', label: 'data portability' },
  { type: 'objection', article: 'Art. 21', label: 'objection' },
  { type: 'withdraw-consent', article: 'Art. 7(3)', label: 'withdrawal of consent' },
  {
    type: 'automated-decision',
    article: 'Art. 22',
    label: 'not to be subject to an automated decision',
  },
];

export const REQUEST_TYPES: readonly RequestType[] = RIGHTS.map((right) => right.type);

export function rightInfo(type: RequestType): RightInfo {
  const info = RIGHTS.find((right) => right.type === type);
  if (info === undefined) throw new Error(`unknown request type ${type}`);
  return info;
}

function bases(activity: Activity): LegalBasis[] {
  return activity.purposes.flatMap((purpose) =>
    purpose.legal_basis === undefined ? [] : [purpose.legal_basis],
  );
}

function anyBasis(activity: Activity, wanted: readonly string[]): boolean {
  return bases(activity).some((basis) => wanted.includes(basis));
}

/**
 * Why the right may not apply to the activity: `processor` (Art. 28(3)(e): the controller
 * answers) or the request type whose condition the activity does not meet, with the legal bases
 * it relies on; undefined when nothing speaks against it. The feature words it, joining the bases
 * as its language does (locales/<lang>/wizard.json `request.report.applies.*`,
 * `request.report.bases_separator`).
 */
export interface RightObstacle {
  reason: 'processor' | RequestType;
  /** The legal bases of the activity, in the order recorded (one per purpose, repeats kept). */
  bases: readonly LegalBasis[];
}

export function rightApplicability(
  type: RequestType,
  activity: Activity,
): RightObstacle | undefined {
  const listed = bases(activity);
  // Art. 28(3)(e): a processor assists the controller, which answers the request.
  if ((activity.role ?? 'controller') === 'processor')
    return { reason: 'processor', bases: listed };
  // Without a recorded legal basis there is nothing to judge the right against.
  if (listed.length === 0) return undefined;
  const obstacle = { reason: type, bases: listed };
  switch (type) {
    case 'portability':
      // Art. 20(1)(a): consent (6(1)(a), 9(2)(a)) or contract (6(1)(b)) only; never public task (20(3)).
      return anyBasis(activity, basesGrantingRight('portability')) ? undefined : obstacle;
    case 'objection':
      // Art. 21(1): public task or legitimate interests; 21(2): direct marketing, whatever the basis.
      return anyBasis(activity, basesGrantingRight('objection')) ? undefined : obstacle;
    case 'withdraw-consent':
      return anyBasis(activity, basesGrantingRight('withdraw-consent')) ? undefined : obstacle;
    case 'automated-decision':
      // Art. 22(1): only a decision based solely on automated processing.
      return activity.automated_decisions?.used === true ? undefined : obstacle;
    case 'erasure':
      // Art. 17(3)(b): erasure does not apply where processing is needed for a legal obligation or a public task.
      return bases(activity).every((basis) => basesLimitingErasure().includes(basis))
        ? obstacle
        : undefined;
    default:
      return undefined;
  }
}

function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text).filter((v): v is string => typeof v === 'string');
}

/**
 * Whether a purpose looks like direct marketing (Art. 21(2)) although the register does not say
 * so: its legal basis is one marketing relies on (data/law/legal-bases.json) and the activity's
 * id, name or description, or the purpose's description, uses a word of
 * data/law/direct-marketing-words.json. Returns the word found, or undefined. It only ever
 * suggests: the notice follows `direct_marketing` alone.
 */
export function directMarketingHint(
  id: string,
  activity: Activity,
  purpose: Purpose,
): string | undefined {
  if (purpose.legal_basis === undefined) return undefined;
  if (!directMarketingBases().includes(purpose.legal_basis)) return undefined;
  return directMarketingWordIn([
    id,
    ...textValues(activity.name),
    ...textValues(activity.description),
    ...textValues(purpose.description),
  ]);
}
