/**
 * @module One incident → every classification roei makes of it, in one record: organization type and industry, the
 * JNSA and 東京商工リサーチ cause categories, the VERIS action, the route (媒体・経路), the sensitivity of the leaked
 * items and the review flags. Pure; `roei show` and `roei review` print it.
 */
import type { OrganizationType } from "../../domain/store.js";
import { classifyOrganization } from "../../pipeline/fields/organization-type.js";
import { type JnsaCause, type TsrCause, toJnsaCause, toTsrCause } from "./cause-category.js";
import { type CheckedIncident, type ReviewFlag, toReviewFlags } from "./consistency.js";
import { type Industry, toIndustry } from "./industry.js";
import { type Route, toRoute } from "./route.js";
import { type Sensitivity, toSensitivity } from "./sensitivity.js";
import { toVerisAction, type VerisActionMapping } from "./veris-action.js";

export type IncidentClassification = {
  readonly organization_type: OrganizationType;
  readonly industry: Industry;
  readonly jnsa_cause: JnsaCause;
  readonly tsr_cause: TsrCause;
  readonly veris_action: VerisActionMapping;
  readonly route: Route;
  /** Every route the incident's words name, the counted one first. */
  readonly routes_mentioned: readonly Route[];
  readonly sensitivity: Sensitivity;
  readonly review_flags: readonly ReviewFlag[];
};

/** The incident as classifiers read it: a stored incident brings its organization type and candidates. */
export type ClassifiableIncident = CheckedIncident & { readonly organizationType?: OrganizationType };

export function classifyIncident(incident: ClassifiableIncident): IncidentClassification {
  // A stored type may be "unknown" when it was merged before the classifier learned a suffix: ask the name again.
  const stored = incident.organizationType;
  const type = stored === undefined || stored === "unknown" ? classifyOrganization(incident.organization).type : stored;
  const route = toRoute(incident);
  return {
    organization_type: type,
    industry: toIndustry(incident.organization, type),
    jnsa_cause: toJnsaCause(incident),
    tsr_cause: toTsrCause(incident),
    veris_action: toVerisAction(incident.cause),
    route: route.route,
    routes_mentioned: route.mentioned,
    sensitivity: toSensitivity(incident.data_items),
    review_flags: toReviewFlags(incident),
  };
}
