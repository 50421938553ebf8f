/** @module Classification of incidents (pure): survey categories, route, organization type, sensitivity, review flags. */

export { classifyOrganization, toOrganizationTypeOf } from "../../pipeline/fields/organization-type.js";
export { JNSA_CAUSES, type JnsaCause, TSR_CAUSES, type TsrCause, toJnsaCause, toTsrCause } from "./cause-category.js";
export { type ReviewFlag, type ReviewFlagCode, toReviewFlags } from "./consistency.js";
export { INDUSTRIES, type Industry, toIndustry } from "./industry.js";
export { CAUSE_JA, DATA_ITEM_JA, ORGANIZATION_TYPE_JA, toCountJa } from "./labels.js";
export { toProductKey, toProducts } from "./product.js";
export { ROUTE_JA, ROUTES, type Route, toRoute } from "./route.js";
export { SENSITIVITY_JA, type Sensitivity, toSensitivity } from "./sensitivity.js";
