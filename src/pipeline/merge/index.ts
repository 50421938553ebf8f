/** @module Merge: reports of many sources → incidents (follow-ups merged, victims of one vendor linked); pure. */
export { clusterReports } from "./cluster.js";
export { applyCorrections, carryCorrections, type PreviousIncident } from "./corrections.js";
export { type MergeResult, mergeCluster, mergeReports } from "./merge-cluster.js";
export { linkRelated } from "./related.js";
export type { ReportInput, ReportSource } from "./report-input.js";
