/**
 * Art. 33(3)(c) in a draft: the recorded risk's reasoning (Art. 33(5)) and the ENISA score,
 * recomputed from the recorded facts in the draft's language.
 */
import type { Register } from '../register/load.js';
import { localise } from '../render/words.js';
import type { Incident } from '../types/register.js';
import { assessBreach, sameDecision } from './assess.js';
import { reasonTexts } from './reasons.js';
import { assessmentInput } from './record.js';
import { assessSeverity } from './severity.js';
import { severityFormula, severityReasonTexts } from './severity-words.js';

/**
 * The Art. 33(5) reasoning as the draft shows it. A person's override is their own text, kept
 * verbatim. Otherwise the reasons are recomputed from the recorded facts in the draft's
 * language — a French notification must not carry the English sentences the wizard recorded
 * in an English register — as long as the facts still give the recorded decision; if they no
 * longer do (facts edited since), recomputed reasons would contradict the severity the draft
 * states, so the recorded rationale is shown as it stands.
 */
export function rationaleIn(incident: Incident, register: Register, lang: string): string | null {
  const assessment = incident.assessment;
  if (!assessment) return null;
  if (assessment.overridden === true) return assessment.rationale ?? null;
  // The reasons do not depend on the clock: `now` only sets `hours_left`, which is not used here.
  const input = assessmentInput(incident, register, new Date(incident.discovered_at));
  // A letter names the data as section 5 does, not by their register ids.
  const defaultLanguage = register.config?.data.languages?.[0] ?? lang;
  input.data_categories = input.data_categories.map((c) => {
    const name = register.catalogs['data-categories'].get(c.id)?.data.name;
    return name === undefined
      ? c
      : {
          ...c,
          label: { [lang]: localise(name, lang, defaultLanguage) },
        };
  });
  const decision = assessBreach(input);
  if (!sameDecision(assessment, decision)) return assessment.rationale ?? null;
  return reasonTexts(decision.reasons, lang).join(' ');
}

/** The ENISA 2013 severity the recorded facts give, in the draft's language (supporting evidence, Art. 33(3)(c)). */
export function severityIn(
  incident: Incident,
  register: Register,
  lang: string,
): { formula: string; reasons: string } {
  // The score does not depend on the clock.
  const severity = assessSeverity(
    assessmentInput(incident, register, new Date(incident.discovered_at)),
  );
  return {
    formula: severityFormula(severity, lang),
    reasons: severityReasonTexts(severity, lang).join(' '),
  };
}
