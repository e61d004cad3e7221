/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Scalar for BigDecimal */
  BigDecimal: { input: number | string; output: number | string; }
  /** Scalar for BigInteger */
  BigInteger: { input: number; output: number; }
  /** Scalar for Date */
  Date: { input: string; output: string; }
  /** Scalar for DateTime */
  DateTime: { input: string; output: string; }
};

/** Turns an action item into something in the register, in one step, linked both ways. Give exactly one of risk, riskUpdate, gate and investment. The register's own rules and roles apply. */
export type ActionItemBecomeInput = {
  /** A new quality gate on a milestone of the project. */
  gate?: InputMaybe<QualityGateCreateInput>;
  /** The action item. */
  id: Scalars['ID']['input'];
  /** A new investment proposal for the project. */
  investment?: InputMaybe<InvestmentProposeInput>;
  /** A new risk in the incident's project. */
  risk?: InputMaybe<RiskCreateInput>;
  /** A new estimate of a risk of the project, typically the one the incident materialized. */
  riskUpdate?: InputMaybe<RiskUpdateInput>;
  /** The action item version you read. */
  version: Scalars['Int']['input'];
};

/** An action item from an incident's post-mortem (the project's manager). It starts OPEN and proposed unless committed. */
export type ActionItemCreateInput = {
  /** Whether the team committed to it (false: only proposed). */
  committed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Due date. (ISO-8601) */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** Owner's username; a member of the project. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The risk whose recurrence it should prevent (one the incident materialized, or any of the project's). */
  targetRiskId?: InputMaybe<Scalars['ID']['input']>;
  /** What will be done, concretely. */
  title: Scalars['String']['input'];
};

/** Where an action item stands. */
export type ActionItemStatus =
  /** Done. */
  | 'DONE'
  /** Not done, with a reason. */
  | 'DROPPED'
  /** To do. */
  | 'OPEN';

/** Changes an action item: complete it (DONE), drop it with a reason, commit to it, re-plan it (the manager; a contributor may mark an item it owns DONE). */
export type ActionItemUpdateInput = {
  /** Whether the team committed to it. */
  committed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why it is dropped. */
  dropReason?: InputMaybe<Scalars['String']['input']>;
  /** Due date. (ISO-8601) */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The action item. */
  id: Scalars['ID']['input'];
  /** Owner's username. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** New status; DROPPED needs dropReason. */
  status?: InputMaybe<ActionItemStatus>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** What a quality gate checks. */
export type GateKind =
  /** A usable, recent enough backup or restore point exists. */
  | 'BACKUP_VERIFIED'
  /** The change window avoids peaks. */
  | 'CHANGE_WINDOW'
  /** A checklist was signed off. */
  | 'CHECKLIST_SIGNOFF'
  /** Anything else. */
  | 'CUSTOM'
  /** Source and target data agree (counts, checksums, sampled fields, source confirmed). */
  | 'DATA_RECONCILIATION'
  /** Rehearsed under production-like load. */
  | 'LOAD_REHEARSAL'
  /** A peer reviewed it. */
  | 'PEER_REVIEW'
  /** The way back has been rehearsed. */
  | 'ROLLBACK_REHEARSED'
  /** The target environment has been confirmed by a second person. */
  | 'TARGET_CONFIRMED';

/** The outcome of one recorded gate result. */
export type GateOutcome =
  /** The criteria are not met. */
  | 'FAILED'
  /** The criteria are met. */
  | 'PASSED';

/** Where a gate stands: the outcome of its latest result, or a sponsor's waiver. */
export type GateStatus =
  /** The latest result failed. */
  | 'FAILED'
  /** The latest result passed. */
  | 'PASSED'
  /** No result yet. */
  | 'PENDING'
  /** A sponsor waived it, with a reason. */
  | 'WAIVED';

/** What a history entry records. */
export type HistoryOperation =
  /** The object was created; every change lists its initial value as `after`. */
  | 'CREATED'
  /** The object was changed; only changed fields are listed. */
  | 'UPDATED';

/** A loss of an incident, added as it becomes known. LABOR takes hours and the hourly rate (kept with the item); every other type an amount. */
export type IncidentAddLossInput = {
  /** Amount; not for LABOR (computed). */
  amount?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** LABOR only: cost of an hour. */
  hourlyRate?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** LABOR only: hours spent. */
  hours?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** What it is. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Type of loss. */
  type: LossType;
};

/** An incident (contributors and up). The risks it materialized become MATERIALIZED; a DRAFT post-mortem is opened. */
export type IncidentReportInput = {
  /** Minutes of history lost (e.g. 90 after restoring an old snapshot). */
  dataLostMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Records lost. */
  dataLostRecords?: InputMaybe<Scalars['BigInteger']['input']>;
  /** What happened. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When someone noticed; not before occurredAt. (ISO-8601) */
  detectedAt: Scalars['DateTime']['input'];
  /** Estimated loss avoided by luck; only for near-misses. */
  lossAvoidedByLuck?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** The milestone it happened at, if any. */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether luck kept it from costing (much) more. */
  nearMiss?: InputMaybe<Scalars['Boolean']['input']>;
  /** When it started. (ISO-8601) */
  occurredAt: Scalars['DateTime']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** When service was restored; not before detectedAt. (ISO-8601) */
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Ids of the project's risks it materialized. */
  riskIds?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  /** Severity. */
  severity: Severity;
  /** Short title. */
  title: Scalars['String']['input'];
};

/** Changes to an incident as more becomes known (contributors and up). Absent fields stay as they are. */
export type IncidentUpdateInput = {
  /** Minutes of history lost. */
  dataLostMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Records lost. */
  dataLostRecords?: InputMaybe<Scalars['BigInteger']['input']>;
  /** What happened. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When someone noticed. (ISO-8601) */
  detectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The incident. */
  id: Scalars['ID']['input'];
  /** Estimated loss avoided by luck. */
  lossAvoidedByLuck?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** Whether luck kept it from costing more. */
  nearMiss?: InputMaybe<Scalars['Boolean']['input']>;
  /** When it started, corrected (the earlier value stays in the history). (ISO-8601) */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When service was restored. (ISO-8601) */
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Severity. */
  severity?: InputMaybe<Severity>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** The sponsor's decision on a PROPOSED investment. Only the project's sponsor decides, not even an admin. */
export type InvestmentDecideInput = {
  /** APPROVED or REJECTED. */
  decision: InvestmentDecision;
  /** The investment. */
  id: Scalars['ID']['input'];
  /** Why, for the record; required, at most 4000 characters. */
  rationale: Scalars['String']['input'];
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The sponsor's decision on a proposed investment. */
export type InvestmentDecision =
  /** Fund it; its mitigations start counting towards residual loss. */
  | 'APPROVED'
  /** Do not fund it; it stays on record with what it would have avoided. */
  | 'REJECTED';

/** What kind of prevention an investment buys. */
export type InvestmentKind =
  /** Machines, environments or capacity, e.g. a load-realistic staging. */
  | 'INFRASTRUCTURE'
  /** A way of working, e.g. a restore drill or a checklist. */
  | 'PROCESS'
  /** People's time, e.g. a second engineer on cut-over night. */
  | 'STAFFING'
  /** Software or a service, e.g. a data-comparison tool. */
  | 'TOOL'
  /** Teaching people, e.g. a course on safe schema changes. */
  | 'TRAINING';

/** A risk a proposed investment mitigates, and by how much. */
export type InvestmentMitigationInput = {
  /** Fraction of the loss of one occurrence it removes, 0-1, at most 6 decimals. */
  lossReduction: Scalars['BigDecimal']['input'];
  /** Fraction of the probability it removes, 0-1, at most 6 decimals. */
  probabilityReduction: Scalars['BigDecimal']['input'];
  /** The risk; it must belong to the investment's project. */
  riskId: Scalars['ID']['input'];
};

/** The statuses investmentStatusSet moves an approved investment through. */
export type InvestmentOperatingStatus =
  /** In operation; only from APPROVED. */
  | 'ACTIVE'
  /** Out of operation; from APPROVED or ACTIVE. */
  | 'RETIRED';

/** A new investment proposal for a project (its manager, or an admin), with the risks it mitigates. */
export type InvestmentProposeInput = {
  /** Cost paid every year, at least 0, at most 2 decimals. */
  annualCost: Scalars['BigDecimal']['input'];
  /** What it is and how it prevents loss, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What kind of prevention it buys. */
  kind: InvestmentKind;
  /** The risks of the same project it mitigates, each at most once; may be empty. */
  mitigations: Array<InvestmentMitigationInput>;
  /** Short name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Cost paid once, at least 0, at most 2 decimals. */
  oneTimeCost: Scalars['BigDecimal']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** Who supplies it, at most 200 characters. */
  vendor?: InputMaybe<Scalars['String']['input']>;
};

/** Where an investment stands. Only APPROVED and ACTIVE investments reduce residual loss. */
export type InvestmentStatus =
  /** Approved and in operation; counts as in force. */
  | 'ACTIVE'
  /** Approved by the sponsor; counts as in force. */
  | 'APPROVED'
  /** Proposed by the manager, waiting for the sponsor's decision. */
  | 'PROPOSED'
  /** Rejected by the sponsor; its return is the what-if of having adopted it. */
  | 'REJECTED'
  /** No longer in operation; no longer reduces residual loss. */
  | 'RETIRED';

/** Puts an approved investment into operation or retires it (the project's manager or sponsor, or an admin). */
export type InvestmentStatusSetInput = {
  /** The investment. */
  id: Scalars['ID']['input'];
  /** ACTIVE (from APPROVED) or RETIRED (from APPROVED or ACTIVE). */
  status: InvestmentOperatingStatus;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What kind of money an incident cost. */
export type LossType =
  /** Credits and refunds to customers. */
  | 'CUSTOMER_CREDIT'
  /** Cost of data lost or re-created. */
  | 'DATA_LOSS'
  /** People's time: hours x the rate recorded with the item. */
  | 'LABOR'
  /** Anything else. */
  | 'OTHER'
  /** Fines and contractual penalties. */
  | 'PENALTY'
  /** Recovery costs (vendors, tools, overtime other than labor). */
  | 'RECOVERY'
  /** Revenue lost. */
  | 'REVENUE';

/** A measured value, e.g. {name: "source rows", value: 2500000, unit: "rows"}. */
export type MeasurementInput = {
  /** What was measured. */
  name: Scalars['String']['input'];
  /** Unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The value; at most 6 decimals. */
  value: Scalars['BigDecimal']['input'];
};

/** Completes a milestone; refused with GATES_NOT_PASSED while a blocking gate is not PASSED or WAIVED. */
export type MilestoneCompleteInput = {
  /** The milestone. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** A new milestone (the project's manager). It starts PLANNED, with the template gates of its kind. */
export type MilestoneCreateInput = {
  /** What it delivers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Due date. (ISO-8601) */
  dueDate: Scalars['Date']['input'];
  /** What kind of milestone; decides its starting gates. */
  kind: MilestoneKind;
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** Whether to add the template gates of its kind; true when absent. */
  withTemplateGates?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a milestone delivers; it decides which quality gates the milestone starts with. */
export type MilestoneKind =
  /** Moving or loading data into production. */
  | 'DATA_MIGRATION'
  /** Anything else; starts without gates. */
  | 'OTHER'
  /** Shipping a release. */
  | 'RELEASE'
  /** Restoring data or failing over. */
  | 'RESTORE_OR_FAILOVER'
  /** Changing a production database schema. */
  | 'SCHEMA_CHANGE';

/** Where a milestone stands. DONE is reached only through milestoneComplete. */
export type MilestoneStatus =
  /** Cannot go on until something else happens. */
  | 'BLOCKED'
  /** Completed (with every blocking gate passed or waived). */
  | 'DONE'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Its due date passed without completion. */
  | 'MISSED'
  /** Not started. */
  | 'PLANNED';

/** Changes to a milestone. Absent fields stay as they are. DONE is reached only with milestoneComplete. */
export type MilestoneUpdateInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Due date; the project's milestones are listed by it. (ISO-8601) */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The milestone. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** PLANNED, IN_PROGRESS, BLOCKED or MISSED; reopening a DONE milestone clears its completion. */
  status?: InputMaybe<MilestoneStatus>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Links an investment to a risk of its project, or changes the reductions of the existing link (the project's manager, or an admin). */
export type MitigationLinkInput = {
  /** The investment. */
  investmentId: Scalars['ID']['input'];
  /** Fraction of the loss of one occurrence it removes, 0-1, at most 6 decimals. */
  lossReduction: Scalars['BigDecimal']['input'];
  /** Fraction of the probability it removes, 0-1, at most 6 decimals. */
  probabilityReduction: Scalars['BigDecimal']['input'];
  /** The risk; it must belong to the investment's project. */
  riskId: Scalars['ID']['input'];
  /** Required when changing an existing link: the version you read; a stale one is refused with CONFLICT. Absent for a new link. Changing the mitigations of a decided investment sends it back to PROPOSED for a new decision. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Where a post-mortem stands. */
export type PostmortemStatus =
  /** Being written. */
  | 'DRAFT'
  /** Ready for review. */
  | 'IN_REVIEW'
  /** Published: needs an impact statement and an action item or a reason for none. */
  | 'PUBLISHED';

/** Edits an incident's blameless post-mortem and moves it DRAFT -> IN_REVIEW -> PUBLISHED, or reopens it (the project's manager). Absent fields stay. */
export type PostmortemUpdateInput = {
  /** Contributing factors. */
  contributingFactors?: InputMaybe<Scalars['String']['input']>;
  /** What it cost the business and its users. Required to publish. */
  impact?: InputMaybe<Scalars['String']['input']>;
  /** The incident whose post-mortem it is. */
  incidentId: Scalars['ID']['input'];
  /** Why no action item is needed; publishing needs this or an action item. */
  noActionReason?: InputMaybe<Scalars['String']['input']>;
  /** Root causes: conditions, not people. */
  rootCauses?: InputMaybe<Scalars['String']['input']>;
  /** New status. */
  status?: InputMaybe<PostmortemStatus>;
  /** What happened, in a few sentences. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The post-mortem version you read. */
  version: Scalars['Int']['input'];
  /** What went well. */
  whatWentWell?: InputMaybe<Scalars['String']['input']>;
  /** Where we got lucky. */
  whereWeGotLucky?: InputMaybe<Scalars['String']['input']>;
};

/** A new project. Its creator becomes its manager unless it is an admin. */
export type ProjectCreateInput = {
  /** ISO 4217 currency code of every amount in the project. */
  currency: Scalars['String']['input'];
  /** Description, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Short unique code: 2-10 capital letters or digits, starting with a letter. */
  key: Scalars['String']['input'];
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Start date. (ISO-8601) */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Initial status; PLANNED when absent. */
  status?: InputMaybe<ProjectStatus>;
  /** Target date, not before the start date. (ISO-8601) */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Adds a member to a project or changes its role or name. */
export type ProjectMemberSetInput = {
  /** Name to show; the username when absent for a new member. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** Role in the project. SPONSOR and MANAGER are named by admins only; naming a new sponsor makes the former one a viewer. */
  role: ProjectRole;
  /** The user's stable subject (the token's `sub`), when known: then only that user is this member, even if the username is later given to someone else. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Username as the sign-in provider names it. */
  username: Scalars['String']['input'];
};

/** A member's role in one project (PRODUCT.md section 2). It counts only while the member's token grants the same role. */
export type ProjectRole =
  /** Records gate evidence, reports incidents, completes action items. */
  | 'CONTRIBUTOR'
  /** Keeps the risk register, milestones and gates; proposes investments; writes post-mortems. */
  | 'MANAGER'
  /** Reads the money; approves or rejects investments; may waive a gate with a reason. */
  | 'SPONSOR'
  /** Reads what the project holds. */
  | 'VIEWER';

/** Where a project stands. */
export type ProjectStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Finished or stopped; kept for its history. */
  | 'CLOSED'
  /** Paused. */
  | 'ON_HOLD'
  /** Not started yet. */
  | 'PLANNED';

/** Changes to a project. Absent fields stay as they are. Key and currency never change. */
export type ProjectUpdateInput = {
  /** Description, at most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The project. */
  id: Scalars['ID']['input'];
  /** Name, at most 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Start date. (ISO-8601) */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Status. */
  status?: InputMaybe<ProjectStatus>;
  /** Target date, not before the start date. (ISO-8601) */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A new gate on a milestone (the project's manager). It starts PENDING. */
export type QualityGateCreateInput = {
  /** The investment (tool or process) that automates this gate, if any. */
  automatedByInvestmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether it blocks completion; true when absent. */
  blocking?: InputMaybe<Scalars['Boolean']['input']>;
  /** What must be true to pass. */
  criteria?: InputMaybe<Scalars['String']['input']>;
  /** What it checks. */
  kind: GateKind;
  /** The milestone. */
  milestoneId: Scalars['ID']['input'];
  /** Name. */
  name: Scalars['String']['input'];
};

/** A result for a gate, with its evidence (contributors and managers, people or pipelines). Every result is kept. */
export type QualityGateRecordResultInput = {
  /** Hours spent checking: the gate's appraisal cost. */
  effortHours?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** The gate. */
  gateId: Scalars['ID']['input'];
  /** Cost of an hour; required with hours. */
  hourlyRate?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** Link to the evidence. */
  link?: InputMaybe<Scalars['String']['input']>;
  /** Measured values, at most 50. */
  measurements?: InputMaybe<Array<InputMaybe<MeasurementInput>>>;
  /** What was checked and found. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Passed or failed. */
  outcome: GateOutcome;
  /** FAILED only: hours of rework the failure caused (internal failure cost). */
  reworkHours?: InputMaybe<Scalars['BigDecimal']['input']>;
};

/** Removes a gate from its milestone (the project's manager). The gate and its results stay on record. */
export type QualityGateRemoveInput = {
  /** The gate. */
  id: Scalars['ID']['input'];
  /** Why the gate does not apply. */
  reason: Scalars['String']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Waives a gate: the project's sponsor only, with a reason. */
export type QualityGateWaiveInput = {
  /** The gate. */
  id: Scalars['ID']['input'];
  /** Why the sponsor accepts the milestone without this gate passing. Required. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** What kind of harm a risk threatens. */
export type RiskCategory =
  /** Outages and degraded service. */
  | 'AVAILABILITY'
  /** Legal and regulatory breaches. */
  | 'COMPLIANCE'
  /** Overspend. */
  | 'COST'
  /** Wrong, lost or corrupted data. */
  | 'DATA_INTEGRITY'
  /** Anything else. */
  | 'OTHER'
  /** Staffing, skills and key people. */
  | 'PEOPLE'
  /** Delays. */
  | 'SCHEDULE'
  /** Breaches and exposure. */
  | 'SECURITY'
  /** Suppliers and their products. */
  | 'VENDOR';

/** Closes a risk. It stays in the register, with its history, as CLOSED. */
export type RiskCloseInput = {
  /** The risk. */
  id: Scalars['ID']['input'];
  /** Why it is no longer a risk. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** A new risk for a project's register (its manager, or an admin). */
export type RiskCreateInput = {
  /** What kind of harm. */
  category: RiskCategory;
  /** At most 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Ordinal impact, 1-5. */
  impact: Scalars['Int']['input'];
  /** Ordinal likelihood, 1-5. */
  likelihood: Scalars['Int']['input'];
  /** 95th percentile of the loss of one occurrence; at least lossLow. */
  lossHigh: Scalars['BigDecimal']['input'];
  /** 5th percentile of the loss of one occurrence; more than 0. */
  lossLow: Scalars['BigDecimal']['input'];
  /** The milestone of the same project the risk belongs to, if any. */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  /** When the risk is next reviewed. (ISO-8601) */
  nextReviewOn?: InputMaybe<Scalars['Date']['input']>;
  /** Username of the owner; must be a member of the project. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Chance it happens, 0-1, at most 6 decimals. */
  probability: Scalars['BigDecimal']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** The chosen response. */
  response: RiskResponse;
  /** IDENTIFIED (default), MITIGATING or ACCEPTED. */
  status?: InputMaybe<RiskStatus>;
  /** Short statement, at most 200 characters. */
  title: Scalars['String']['input'];
};

/** Narrows the register. Absent fields do not filter; all present ones must match. */
export type RiskFilter = {
  /** Any of these categories. */
  category?: InputMaybe<Array<InputMaybe<RiskCategory>>>;
  /** Ordinal impact 1-5, as on the heat map. */
  impact?: InputMaybe<Scalars['Int']['input']>;
  /** Ordinal likelihood 1-5, as on the heat map. */
  likelihood?: InputMaybe<Scalars['Int']['input']>;
  /** The milestone the risks belong to. */
  milestone?: InputMaybe<Scalars['ID']['input']>;
  /** Owner's username. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Residual impact 1-5 (Risk.residualRating), as on the residual heat map. */
  residualImpact?: InputMaybe<Scalars['Int']['input']>;
  /** Residual likelihood 1-5 (Risk.residualRating), as on the residual heat map. */
  residualLikelihood?: InputMaybe<Scalars['Int']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<InputMaybe<RiskStatus>>>;
  /** Words in the title or description, case-insensitive. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of the register. */
export type RiskOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: RiskOrderField;
};

/** What the register can be sorted by. Ties are broken by id, so paging is stable. */
export type RiskOrderField =
  /** Inherent expected loss. */
  | 'EXPECTED_LOSS'
  /** Next review date; risks without one come last in ascending order. */
  | 'NEXT_REVIEW'
  /** likelihood x impact. */
  | 'SCORE'
  /** Last change. */
  | 'UPDATED';

/** What an import does with one row of the file. */
export type RiskRegisterImportAction =
  /** Adds a new risk (no id, and no risk of the project has the row's title). */
  | 'CREATE'
  /** Nothing: the row has errors (see rowErrors), and while any row has one the import writes nothing. */
  | 'INVALID'
  /** Nothing: the risk already has the row's values. */
  | 'UNCHANGED'
  /** Changes the risk the row's id (or, without an id, its exact title) names. */
  | 'UPDATE';

/** A CSV file of risks for a project's register (its manager, or an admin): first a dry run (commit false) to see what would happen, then the same file with commit true. At most 5 MB (UTF-8) and 10,000 rows. */
export type RiskRegisterImportInput = {
  /** False: only check and report, nothing is written. True: check again and write every row, or nothing when any row is invalid. */
  commit: Scalars['Boolean']['input'];
  /** The file's text: a header row naming the columns (those of Project.riskRegisterCsv), then one row per risk; comma or semicolon separated, optionally starting with a byte order mark. */
  csv: Scalars['String']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
};

/** The chosen response to a risk. */
export type RiskResponse =
  /** Live with it. */
  | 'ACCEPT'
  /** Change the plan so the risk cannot occur. */
  | 'AVOID'
  /** Reduce its probability or its loss. */
  | 'MITIGATE'
  /** Shift the loss to someone else (insurance, contract). */
  | 'TRANSFER';

/** Where a risk stands. */
export type RiskStatus =
  /** Knowingly accepted as it is. */
  | 'ACCEPTED'
  /** No longer a risk (set by riskClose). */
  | 'CLOSED'
  /** Recorded, no response under way yet. */
  | 'IDENTIFIED'
  /** It happened: an incident materialized it. */
  | 'MATERIALIZED'
  /** A response is under way. */
  | 'MITIGATING';

/** Changes to a risk. Absent fields stay as they are; the version must be the one you read. */
export type RiskUpdateInput = {
  /** What kind of harm. */
  category?: InputMaybe<RiskCategory>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The risk. */
  id: Scalars['ID']['input'];
  /** Ordinal impact, 1-5. */
  impact?: InputMaybe<Scalars['Int']['input']>;
  /** Ordinal likelihood, 1-5. */
  likelihood?: InputMaybe<Scalars['Int']['input']>;
  /** 95th percentile of the loss. */
  lossHigh?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** 5th percentile of the loss. */
  lossLow?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** Moves the risk to this milestone of the same project. */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  /** When the risk is next reviewed. (ISO-8601) */
  nextReviewOn?: InputMaybe<Scalars['Date']['input']>;
  /** Username of the owner; must be a member of the project. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Chance it happens, 0-1. */
  probability?: InputMaybe<Scalars['BigDecimal']['input']>;
  /** The chosen response. */
  response?: InputMaybe<RiskResponse>;
  /** IDENTIFIED, MITIGATING or ACCEPTED (close with riskClose). */
  status?: InputMaybe<RiskStatus>;
  /** Short statement. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is refused with CONFLICT and nothing is overwritten. */
  version: Scalars['Int']['input'];
};

/** How bad an incident was. */
export type Severity =
  /** Critical: outage or data loss for many users. */
  | 'SEV1'
  /** Major: a key function degraded. */
  | 'SEV2'
  /** Minor: limited impact. */
  | 'SEV3'
  /** Negligible, or a near-miss. */
  | 'SEV4';

/** A timeline entry of a post-mortem: when, and what happened (contributors and up). */
export type TimelineEntryAddInput = {
  /** When it happened. (ISO-8601) */
  at: Scalars['DateTime']['input'];
  /** What happened. */
  description: Scalars['String']['input'];
  /** The incident. */
  incidentId: Scalars['ID']['input'];
};

/** Why a mutation refused its input. Nothing was changed when any user error is returned. */
export type UserErrorCode =
  /** Someone changed the object after you read it: reload and apply your change again. */
  | 'CONFLICT'
  /** A milestone cannot complete: this blocking gate is not PASSED or WAIVED (one error per gate in the way). */
  | 'GATES_NOT_PASSED'
  /** The value is not acceptable (wrong format, or contradicts another field). */
  | 'INVALID'
  /** No such object, or you are not a member of its project. */
  | 'NOT_FOUND'
  /** The number is outside its allowed range. */
  | 'OUT_OF_RANGE'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** Only the project's sponsor may do this (e.g. let a blocking gate that has not passed go: the sponsor waives it, with a reason). */
  | 'SPONSOR_REQUIRED'
  /** The value must be unique and is already taken. */
  | 'TAKEN'
  /** The text is longer than allowed. */
  | 'TOO_LONG';

/** What a what-if simulation assumes. */
export type WhatIfInput = {
  /** Investments of the project to count as in force whatever their status (e.g. PROPOSED or REJECTED); ids of no investment of the project change nothing. */
  investmentIds: Array<InputMaybe<Scalars['ID']['input']>>;
};

export type AwaitingDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AwaitingDecisionsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', nodes: Array<{ __typename?: 'Project', id: string, key: string, name: string, investments: { __typename?: 'InvestmentConnection', nodes: Array<{ __typename?: 'Investment', id: string, name: string, proposedBy: string, returnOnInvestment?: number | string | null, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string } }> } }> } };

export type EconomicsFieldsFragment = { __typename?: 'Economics', returnOnPrevention?: number | string | null, preventionCost: { __typename?: 'PreventionCost', investments: Array<{ __typename?: 'Investment', id: string, name: string, returnOnInvestment?: number | string | null, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string } }>, annualized: { __typename?: 'Money', amount: number | string, currency: string }, spendToDate: { __typename?: 'Money', amount: number | string, currency: string } }, incidentLoss: { __typename?: 'IncidentLoss', total: { __typename?: 'Money', amount: number | string, currency: string } }, expectedLossInherent: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossResidual: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string }, declinedPrevention: Array<{ __typename?: 'DeclinedPrevention', investment: { __typename?: 'Investment', id: string, name: string, vendor?: string | null, decidedBy?: string | null, decisionRationale?: string | null }, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, lossOnMitigatedRisks: { __typename?: 'Money', amount: number | string, currency: string }, incidents: Array<{ __typename?: 'Incident', id: string, title: string, occurredAt: string }> }>, costOfQuality: Array<{ __typename?: 'CostOfQualityMonth', month: string, prevention: { __typename?: 'Money', amount: number | string, currency: string }, appraisal: { __typename?: 'Money', amount: number | string, currency: string }, internalFailure: { __typename?: 'Money', amount: number | string, currency: string }, externalFailure: { __typename?: 'Money', amount: number | string, currency: string } }> };

export type PortfolioEconomicsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioEconomicsQuery = { __typename?: 'Query', portfolio: { __typename?: 'Portfolio', currencies: Array<{ __typename?: 'PortfolioCurrency', currency: string, projects: Array<{ __typename?: 'Project', id: string, key: string, name: string }>, economics: { __typename?: 'Economics', returnOnPrevention?: number | string | null, preventionCost: { __typename?: 'PreventionCost', investments: Array<{ __typename?: 'Investment', id: string, name: string, returnOnInvestment?: number | string | null, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string } }>, annualized: { __typename?: 'Money', amount: number | string, currency: string }, spendToDate: { __typename?: 'Money', amount: number | string, currency: string } }, incidentLoss: { __typename?: 'IncidentLoss', total: { __typename?: 'Money', amount: number | string, currency: string } }, expectedLossInherent: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossResidual: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string }, declinedPrevention: Array<{ __typename?: 'DeclinedPrevention', investment: { __typename?: 'Investment', id: string, name: string, vendor?: string | null, decidedBy?: string | null, decisionRationale?: string | null }, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, lossOnMitigatedRisks: { __typename?: 'Money', amount: number | string, currency: string }, incidents: Array<{ __typename?: 'Incident', id: string, title: string, occurredAt: string }> }>, costOfQuality: Array<{ __typename?: 'CostOfQualityMonth', month: string, prevention: { __typename?: 'Money', amount: number | string, currency: string }, appraisal: { __typename?: 'Money', amount: number | string, currency: string }, internalFailure: { __typename?: 'Money', amount: number | string, currency: string }, externalFailure: { __typename?: 'Money', amount: number | string, currency: string } }> } }> } };

export type ProjectEconomicsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  trials: Scalars['Int']['input'];
  seed: Scalars['BigInteger']['input'];
}>;


export type ProjectEconomicsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, key: string, name: string, currency: string, economics: { __typename?: 'Economics', returnOnPrevention?: number | string | null, preventionCost: { __typename?: 'PreventionCost', investments: Array<{ __typename?: 'Investment', id: string, name: string, returnOnInvestment?: number | string | null, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string } }>, annualized: { __typename?: 'Money', amount: number | string, currency: string }, spendToDate: { __typename?: 'Money', amount: number | string, currency: string } }, incidentLoss: { __typename?: 'IncidentLoss', total: { __typename?: 'Money', amount: number | string, currency: string } }, expectedLossInherent: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossResidual: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string }, declinedPrevention: Array<{ __typename?: 'DeclinedPrevention', investment: { __typename?: 'Investment', id: string, name: string, vendor?: string | null, decidedBy?: string | null, decisionRationale?: string | null }, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, lossOnMitigatedRisks: { __typename?: 'Money', amount: number | string, currency: string }, incidents: Array<{ __typename?: 'Incident', id: string, title: string, occurredAt: string }> }>, costOfQuality: Array<{ __typename?: 'CostOfQualityMonth', month: string, prevention: { __typename?: 'Money', amount: number | string, currency: string }, appraisal: { __typename?: 'Money', amount: number | string, currency: string }, internalFailure: { __typename?: 'Money', amount: number | string, currency: string }, externalFailure: { __typename?: 'Money', amount: number | string, currency: string } }> }, lossSimulation?: { __typename?: 'LossSimulation', trials: number, inherent: { __typename?: 'LossDistribution', probabilityOfAnyLoss: number | string, mean: { __typename?: 'Money', amount: number | string, currency: string }, p50: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, p95: { __typename?: 'Money', amount: number | string, currency: string }, p99: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> }, residual: { __typename?: 'LossDistribution', probabilityOfAnyLoss: number | string, mean: { __typename?: 'Money', amount: number | string, currency: string }, p50: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, p95: { __typename?: 'Money', amount: number | string, currency: string }, p99: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> } } | null } | null };

export type LossDistributionFieldsFragment = { __typename?: 'LossDistribution', probabilityOfAnyLoss: number | string, mean: { __typename?: 'Money', amount: number | string, currency: string }, p50: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, p95: { __typename?: 'Money', amount: number | string, currency: string }, p99: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> };

export type PortfolioLossSimulationQueryVariables = Exact<{
  trials: Scalars['Int']['input'];
  seed: Scalars['BigInteger']['input'];
}>;


export type PortfolioLossSimulationQuery = { __typename?: 'Query', portfolio: { __typename?: 'Portfolio', currencies: Array<{ __typename?: 'PortfolioCurrency', currency: string, lossSimulation?: { __typename?: 'LossSimulation', trials: number, inherent: { __typename?: 'LossDistribution', probabilityOfAnyLoss: number | string, mean: { __typename?: 'Money', amount: number | string, currency: string }, p50: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, p95: { __typename?: 'Money', amount: number | string, currency: string }, p99: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> }, residual: { __typename?: 'LossDistribution', probabilityOfAnyLoss: number | string, mean: { __typename?: 'Money', amount: number | string, currency: string }, p50: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, p95: { __typename?: 'Money', amount: number | string, currency: string }, p99: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> } } | null }> } };

export type IncidentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IncidentQuery = { __typename?: 'Query', incident?: { __typename?: 'Incident', id: string, title: string, description?: string | null, severity: Severity, version: number, occurredAt: string, detectedAt: string, resolvedAt?: string | null, reportedBy: string, timeToDetectMinutes: number, timeToResolveMinutes?: number | null, nearMiss: boolean, dataLostMinutes?: number | null, dataLostRecords?: number | null, recurrence: boolean, lossAvoidedByLuck?: { __typename?: 'Money', amount: number | string, currency: string } | null, recurrenceOf: Array<{ __typename?: 'ActionItem', id: string, title: string, completedAt?: string | null }>, totalLoss: { __typename?: 'Money', amount: number | string, currency: string }, lossByType: Array<{ __typename?: 'LossByType', type: LossType, amount: { __typename?: 'Money', amount: number | string, currency: string } }>, losses: Array<{ __typename?: 'LossItem', id: string, type: LossType, note?: string | null, hours?: number | string | null, recordedBy: string, createdAt: string, hourlyRate?: { __typename?: 'Money', amount: number | string, currency: string } | null, amount: { __typename?: 'Money', amount: number | string, currency: string } }>, milestone?: { __typename?: 'Milestone', id: string, name: string } | null, risks: Array<{ __typename?: 'Risk', id: string, title: string, status: RiskStatus, version: number, probability: number | string, lossLow: { __typename?: 'Money', amount: number | string }, lossHigh: { __typename?: 'Money', amount: number | string } }>, preventableBy: Array<{ __typename?: 'Investment', id: string, name: string, status: InvestmentStatus, decidedBy?: string | null, decisionRationale?: string | null, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string } }>, postmortem: { __typename?: 'Postmortem', id: string, status: PostmortemStatus, version: number, summary?: string | null, impact?: string | null, rootCauses?: string | null, contributingFactors?: string | null, whatWentWell?: string | null, whereWeGotLucky?: string | null, noActionReason?: string | null, publishedAt?: string | null, publishedBy?: string | null, timeline: Array<{ __typename?: 'TimelineEntry', at: string, description: string, recordedBy: string }> }, actionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, version: number, committed: boolean, dueDate?: string | null, overdue: boolean, completedAt?: string | null, completedBy?: string | null, dropReason?: string | null, owner?: { __typename?: 'Member', username: string, displayName: string } | null, targetRisk?: { __typename?: 'Risk', id: string, title: string } | null, becameRisk?: { __typename?: 'Risk', id: string, title: string } | null, becameGate?: { __typename?: 'QualityGate', id: string, name: string, milestone: { __typename?: 'Milestone', id: string, name: string } } | null, becameInvestment?: { __typename?: 'Investment', id: string, name: string } | null }>, project: { __typename?: 'Project', id: string, key: string, name: string, currency: string, myRole?: ProjectRole | null, members: Array<{ __typename?: 'Member', username: string, displayName: string, role: ProjectRole }>, milestones: { __typename?: 'MilestoneConnection', nodes: Array<{ __typename?: 'Milestone', id: string, name: string, status: MilestoneStatus }> } } } | null };

export type IncidentReportOptionsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type IncidentReportOptionsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, milestones: { __typename?: 'MilestoneConnection', nodes: Array<{ __typename?: 'Milestone', id: string, name: string }> }, risks: { __typename?: 'RiskConnection', nodes: Array<{ __typename?: 'Risk', id: string, title: string }> } } | null };

export type ProjectIncidentsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProjectIncidentsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, incidents: { __typename?: 'IncidentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Incident', id: string, title: string, severity: Severity, occurredAt: string, resolvedAt?: string | null, nearMiss: boolean, recurrence: boolean, totalLoss: { __typename?: 'Money', amount: number | string, currency: string }, postmortem: { __typename?: 'Postmortem', id: string, status: PostmortemStatus } }> } } | null };

export type IncidentReportMutationVariables = Exact<{
  input: IncidentReportInput;
}>;


export type IncidentReportMutation = { __typename?: 'Mutation', incidentReport: { __typename?: 'IncidentReportPayload', incident?: { __typename?: 'Incident', id: string, title: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type IncidentAddLossMutationVariables = Exact<{
  input: IncidentAddLossInput;
}>;


export type IncidentAddLossMutation = { __typename?: 'Mutation', incidentAddLoss: { __typename?: 'IncidentAddLossPayload', loss?: { __typename?: 'LossItem', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type PostmortemUpdateMutationVariables = Exact<{
  input: PostmortemUpdateInput;
}>;


export type PostmortemUpdateMutation = { __typename?: 'Mutation', postmortemUpdate: { __typename?: 'PostmortemUpdatePayload', postmortem?: { __typename?: 'Postmortem', id: string, status: PostmortemStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type TimelineEntryAddMutationVariables = Exact<{
  input: TimelineEntryAddInput;
}>;


export type TimelineEntryAddMutation = { __typename?: 'Mutation', timelineEntryAdd: { __typename?: 'TimelineEntryAddPayload', entry?: { __typename?: 'TimelineEntry', at: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type ActionItemCreateMutationVariables = Exact<{
  input: ActionItemCreateInput;
}>;


export type ActionItemCreateMutation = { __typename?: 'Mutation', actionItemCreate: { __typename?: 'ActionItemCreatePayload', actionItem?: { __typename?: 'ActionItem', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type ActionItemUpdateMutationVariables = Exact<{
  input: ActionItemUpdateInput;
}>;


export type ActionItemUpdateMutation = { __typename?: 'Mutation', actionItemUpdate: { __typename?: 'ActionItemUpdatePayload', actionItem?: { __typename?: 'ActionItem', id: string, status: ActionItemStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type ActionItemBecomeMutationVariables = Exact<{
  input: ActionItemBecomeInput;
}>;


export type ActionItemBecomeMutation = { __typename?: 'Mutation', actionItemBecome: { __typename?: 'ActionItemBecomePayload', actionItem?: { __typename?: 'ActionItem', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type ProjectInvestmentsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ProjectInvestmentsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, currency: string, investments: { __typename?: 'InvestmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Investment', id: string, name: string, kind: InvestmentKind, vendor?: string | null, description?: string | null, status: InvestmentStatus, version: number, proposedBy: string, createdAt: string, decidedBy?: string | null, decidedAt?: string | null, decisionRationale?: string | null, returnOnInvestment?: number | string | null, oneTimeCost: { __typename?: 'Money', amount: number | string, currency: string }, annualCost: { __typename?: 'Money', amount: number | string, currency: string }, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string }, sourceActionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, incident: { __typename?: 'Incident', id: string, title: string } }>, mitigations: Array<{ __typename?: 'Mitigation', id: string, probabilityReduction: number | string, lossReduction: number | string, risk: { __typename?: 'Risk', id: string, title: string, status: RiskStatus } }> }> }, risks: { __typename?: 'RiskConnection', nodes: Array<{ __typename?: 'Risk', id: string, title: string }> } } | null };

export type WhatIfSimulationQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  trials: Scalars['Int']['input'];
  seed: Scalars['BigInteger']['input'];
  assume: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type WhatIfSimulationQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, current?: { __typename?: 'LossSimulation', risks: number, inherent: { __typename?: 'LossDistribution', mean: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> }, residual: { __typename?: 'LossDistribution', mean: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> } } | null, whatIf?: { __typename?: 'LossSimulation', residual: { __typename?: 'LossDistribution', mean: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> } } | null } | null };

export type WhatIfDistributionFragment = { __typename?: 'LossDistribution', mean: { __typename?: 'Money', amount: number | string, currency: string }, p90: { __typename?: 'Money', amount: number | string, currency: string }, exceedanceCurve: Array<{ __typename?: 'ExceedancePoint', probability: number | string, loss: { __typename?: 'Money', amount: number | string, currency: string } }> };

export type InvestmentProposeMutationVariables = Exact<{
  input: InvestmentProposeInput;
}>;


export type InvestmentProposeMutation = { __typename?: 'Mutation', investmentPropose: { __typename?: 'InvestmentProposePayload', investment?: { __typename?: 'Investment', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type InvestmentDecideMutationVariables = Exact<{
  input: InvestmentDecideInput;
}>;


export type InvestmentDecideMutation = { __typename?: 'Mutation', investmentDecide: { __typename?: 'InvestmentDecidePayload', investment?: { __typename?: 'Investment', id: string, status: InvestmentStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type InvestmentStatusSetMutationVariables = Exact<{
  input: InvestmentStatusSetInput;
}>;


export type InvestmentStatusSetMutation = { __typename?: 'Mutation', investmentStatusSet: { __typename?: 'InvestmentStatusSetPayload', investment?: { __typename?: 'Investment', id: string, status: InvestmentStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type MilestoneHistoryQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type MilestoneHistoryQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, milestones: { __typename?: 'MilestoneConnection', nodes: Array<{ __typename?: 'Milestone', id: string, history: Array<{ __typename?: 'HistoryEntry', actor: string, at: string, operation: HistoryOperation, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null }> }>, gates: Array<{ __typename?: 'QualityGate', id: string, name: string, removed: boolean, removedBy?: string | null, removedAt?: string | null, removalReason?: string | null, history: Array<{ __typename?: 'HistoryEntry', actor: string, at: string, operation: HistoryOperation, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null }> }> }> }> } } | null };

export type HistoryEntryFieldsFragment = { __typename?: 'HistoryEntry', actor: string, at: string, operation: HistoryOperation, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null }> };

export type ProjectMilestonesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ProjectMilestonesQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, currency: string, milestones: { __typename?: 'MilestoneConnection', totalCount: number, nodes: Array<{ __typename?: 'Milestone', id: string, version: number, name: string, description?: string | null, kind: MilestoneKind, dueDate: string, status: MilestoneStatus, completedAt?: string | null, completedBy?: string | null, gates: Array<{ __typename?: 'QualityGate', id: string, version: number, name: string, kind: GateKind, status: GateStatus, blocking: boolean, criteria?: string | null, decidedBy?: string | null, decidedAt?: string | null, waiverReason?: string | null, sourceActionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, incident: { __typename?: 'Incident', id: string, title: string } }>, results: Array<{ __typename?: 'GateResult', id: string, outcome: GateOutcome, recordedBy: string, recordedAt: string, note?: string | null, link?: string | null, measurements: Array<{ __typename?: 'Measurement', name: string, value: number | string, unit?: string | null }> }> }>, gatesInTheWay: Array<{ __typename?: 'QualityGate', id: string }> }> } } | null };

export type MilestoneCreateMutationVariables = Exact<{
  input: MilestoneCreateInput;
}>;


export type MilestoneCreateMutation = { __typename?: 'Mutation', milestoneCreate: { __typename?: 'MilestoneCreatePayload', milestone?: { __typename?: 'Milestone', id: string, name: string, gates: Array<{ __typename?: 'QualityGate', id: string, name: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type MilestoneUpdateMutationVariables = Exact<{
  input: MilestoneUpdateInput;
}>;


export type MilestoneUpdateMutation = { __typename?: 'Mutation', milestoneUpdate: { __typename?: 'MilestoneUpdatePayload', milestone?: { __typename?: 'Milestone', id: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type MilestoneCompleteMutationVariables = Exact<{
  input: MilestoneCompleteInput;
}>;


export type MilestoneCompleteMutation = { __typename?: 'Mutation', milestoneComplete: { __typename?: 'MilestoneCompletePayload', milestone?: { __typename?: 'Milestone', id: string, status: MilestoneStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type QualityGateCreateMutationVariables = Exact<{
  input: QualityGateCreateInput;
}>;


export type QualityGateCreateMutation = { __typename?: 'Mutation', qualityGateCreate: { __typename?: 'QualityGateCreatePayload', gate?: { __typename?: 'QualityGate', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type QualityGateRemoveMutationVariables = Exact<{
  input: QualityGateRemoveInput;
}>;


export type QualityGateRemoveMutation = { __typename?: 'Mutation', qualityGateRemove: { __typename?: 'QualityGateRemovePayload', gate?: { __typename?: 'QualityGate', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type QualityGateRecordResultMutationVariables = Exact<{
  input: QualityGateRecordResultInput;
}>;


export type QualityGateRecordResultMutation = { __typename?: 'Mutation', qualityGateRecordResult: { __typename?: 'QualityGateRecordResultPayload', gate?: { __typename?: 'QualityGate', id: string, status: GateStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type QualityGateWaiveMutationVariables = Exact<{
  input: QualityGateWaiveInput;
}>;


export type QualityGateWaiveMutation = { __typename?: 'Mutation', qualityGateWaive: { __typename?: 'QualityGateWaivePayload', gate?: { __typename?: 'QualityGate', id: string, status: GateStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type GateTemplatesQueryVariables = Exact<{
  kind?: InputMaybe<MilestoneKind>;
}>;


export type GateTemplatesQuery = { __typename?: 'Query', gateTemplates: Array<{ __typename?: 'GateTemplate', name: string, gateKind: GateKind, criteria: string, blocking: boolean }> };

export type MyWorkQueryVariables = Exact<{
  username: Scalars['String']['input'];
}>;


export type MyWorkQuery = { __typename?: 'Query', actionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, dueDate?: string | null, overdue: boolean, incident: { __typename?: 'Incident', id: string, title: string, project: { __typename?: 'Project', id: string, key: string } } }>, projects: { __typename?: 'ProjectConnection', nodes: Array<{ __typename?: 'Project', id: string, key: string, name: string, myRole?: ProjectRole | null, milestones: { __typename?: 'MilestoneConnection', nodes: Array<{ __typename?: 'Milestone', id: string, name: string, dueDate: string, gates: Array<{ __typename?: 'QualityGate', id: string, name: string, status: GateStatus, blocking: boolean }> }> }, investments: { __typename?: 'InvestmentConnection', nodes: Array<{ __typename?: 'Investment', id: string, name: string, proposedBy: string, createdAt: string, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string } }> } }> } };

export type ProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, key: string, name: string, description?: string | null, currency: string, status: ProjectStatus, startDate?: string | null, targetDate?: string | null, myRole?: ProjectRole | null, manager?: { __typename?: 'Member', username: string, displayName: string } | null, sponsor?: { __typename?: 'Member', username: string, displayName: string } | null } | null };

export type MyProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, nodes: Array<{ __typename?: 'Project', id: string, key: string, name: string, currency: string, status: ProjectStatus, myRole?: ProjectRole | null }> } };

export type RegisterCsvProjectQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type RegisterCsvProjectQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, key: string, viewerCanEditRegister: boolean } | null };

export type RiskRegisterCsvQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  filter?: InputMaybe<RiskFilter>;
}>;


export type RiskRegisterCsvQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, riskRegisterCsv: string } | null };

export type RiskRegisterImportMutationVariables = Exact<{
  input: RiskRegisterImportInput;
}>;


export type RiskRegisterImportMutation = { __typename?: 'Mutation', riskRegisterImport: { __typename?: 'RiskRegisterImportPayload', created: number, updated: number, unchanged: number, invalid: number, committed: boolean, rows: Array<{ __typename?: 'RiskRegisterImportRow', row: number, action: RiskRegisterImportAction, riskId?: string | null, title?: string | null, changedColumns: Array<string> }>, rowErrors: Array<{ __typename?: 'RiskRegisterImportRowError', row: number, column?: string | null, code: UserErrorCode, message: string }>, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type OpenRisksQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: RiskFilter;
}>;


export type OpenRisksQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, risks: { __typename?: 'RiskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Risk', id: string, title: string, status: RiskStatus, likelihood: number, impact: number, nextReviewOn?: string | null, expectedLoss: { __typename?: 'Money', amount: number | string, currency: string }, residualExpectedLoss: { __typename?: 'Money', amount: number | string, currency: string }, residualRating: { __typename?: 'RiskRating', likelihood: number, impact: number } }> } } | null };

export type RiskOptionsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type RiskOptionsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, currency: string, members: Array<{ __typename?: 'Member', username: string, displayName: string, role: ProjectRole }>, milestones: { __typename?: 'MilestoneConnection', nodes: Array<{ __typename?: 'Milestone', id: string, name: string }> } } | null };

export type RiskRegisterQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy: RiskOrder;
  filter?: InputMaybe<RiskFilter>;
}>;


export type RiskRegisterQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, risks: { __typename?: 'RiskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Risk', id: string, version: number, title: string, description?: string | null, category: RiskCategory, status: RiskStatus, response: RiskResponse, likelihood: number, impact: number, score: number, probability: number | string, nextReviewOn?: string | null, closedReason?: string | null, updatedAt: string, owner?: { __typename?: 'Member', username: string, displayName: string } | null, milestone?: { __typename?: 'Milestone', id: string, name: string } | null, lossLow: { __typename?: 'Money', amount: number | string, currency: string }, lossHigh: { __typename?: 'Money', amount: number | string, currency: string }, expectedLoss: { __typename?: 'Money', amount: number | string, currency: string }, residualExpectedLoss: { __typename?: 'Money', amount: number | string, currency: string } }> } } | null };

export type EditableRiskFragment = { __typename?: 'Risk', id: string, version: number, title: string, description?: string | null, category: RiskCategory, status: RiskStatus, response: RiskResponse, likelihood: number, impact: number, score: number, probability: number | string, nextReviewOn?: string | null, closedReason?: string | null, updatedAt: string, owner?: { __typename?: 'Member', username: string, displayName: string } | null, milestone?: { __typename?: 'Milestone', id: string, name: string } | null, lossLow: { __typename?: 'Money', amount: number | string, currency: string }, lossHigh: { __typename?: 'Money', amount: number | string, currency: string }, expectedLoss: { __typename?: 'Money', amount: number | string, currency: string }, residualExpectedLoss: { __typename?: 'Money', amount: number | string, currency: string } };

export type RiskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskQuery = { __typename?: 'Query', risk?: { __typename?: 'Risk', createdAt: string, id: string, version: number, title: string, description?: string | null, category: RiskCategory, status: RiskStatus, response: RiskResponse, likelihood: number, impact: number, score: number, probability: number | string, nextReviewOn?: string | null, closedReason?: string | null, updatedAt: string, residualRating: { __typename?: 'RiskRating', likelihood: number, impact: number, score: number }, project: { __typename?: 'Project', id: string, key: string, name: string, currency: string, myRole?: ProjectRole | null }, mitigations: Array<{ __typename?: 'Mitigation', id: string, probabilityReduction: number | string, lossReduction: number | string, investment: { __typename?: 'Investment', id: string, name: string, kind: InvestmentKind, status: InvestmentStatus, vendor?: string | null, oneTimeCost: { __typename?: 'Money', amount: number | string, currency: string }, annualCost: { __typename?: 'Money', amount: number | string, currency: string }, annualizedCost: { __typename?: 'Money', amount: number | string, currency: string }, expectedLossAvoided: { __typename?: 'Money', amount: number | string, currency: string } } }>, incidents: Array<{ __typename?: 'Incident', id: string, title: string, severity: Severity, occurredAt: string, totalLoss: { __typename?: 'Money', amount: number | string, currency: string } }>, actionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionItemStatus, dueDate?: string | null, overdue: boolean, owner?: { __typename?: 'Member', displayName: string } | null, incident: { __typename?: 'Incident', id: string } }>, history: Array<{ __typename?: 'HistoryEntry', actor: string, at: string, operation: HistoryOperation, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null }> }>, owner?: { __typename?: 'Member', username: string, displayName: string } | null, milestone?: { __typename?: 'Milestone', id: string, name: string } | null, lossLow: { __typename?: 'Money', amount: number | string, currency: string }, lossHigh: { __typename?: 'Money', amount: number | string, currency: string }, expectedLoss: { __typename?: 'Money', amount: number | string, currency: string }, residualExpectedLoss: { __typename?: 'Money', amount: number | string, currency: string } } | null };

export type RiskCreateMutationVariables = Exact<{
  input: RiskCreateInput;
}>;


export type RiskCreateMutation = { __typename?: 'Mutation', riskCreate: { __typename?: 'RiskCreatePayload', risk?: { __typename?: 'Risk', id: string, title: string } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type RiskUpdateMutationVariables = Exact<{
  input: RiskUpdateInput;
}>;


export type RiskUpdateMutation = { __typename?: 'Mutation', riskUpdate: { __typename?: 'RiskUpdatePayload', risk?: { __typename?: 'Risk', id: string, version: number, title: string, description?: string | null, category: RiskCategory, status: RiskStatus, response: RiskResponse, likelihood: number, impact: number, score: number, probability: number | string, nextReviewOn?: string | null, closedReason?: string | null, updatedAt: string, owner?: { __typename?: 'Member', username: string, displayName: string } | null, milestone?: { __typename?: 'Milestone', id: string, name: string } | null, lossLow: { __typename?: 'Money', amount: number | string, currency: string }, lossHigh: { __typename?: 'Money', amount: number | string, currency: string }, expectedLoss: { __typename?: 'Money', amount: number | string, currency: string }, residualExpectedLoss: { __typename?: 'Money', amount: number | string, currency: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type RiskCloseMutationVariables = Exact<{
  input: RiskCloseInput;
}>;


export type RiskCloseMutation = { __typename?: 'Mutation', riskClose: { __typename?: 'RiskClosePayload', risk?: { __typename?: 'Risk', id: string, status: RiskStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: string | null, message: string }> } };

export type RiskCurrentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskCurrentQuery = { __typename?: 'Query', risk?: { __typename?: 'Risk', id: string, version: number, title: string, description?: string | null, category: RiskCategory, status: RiskStatus, response: RiskResponse, likelihood: number, impact: number, score: number, probability: number | string, nextReviewOn?: string | null, closedReason?: string | null, updatedAt: string, owner?: { __typename?: 'Member', username: string, displayName: string } | null, milestone?: { __typename?: 'Milestone', id: string, name: string } | null, lossLow: { __typename?: 'Money', amount: number | string, currency: string }, lossHigh: { __typename?: 'Money', amount: number | string, currency: string }, expectedLoss: { __typename?: 'Money', amount: number | string, currency: string }, residualExpectedLoss: { __typename?: 'Money', amount: number | string, currency: string } } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', username: string, roles: Array<string> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EconomicsFieldsFragmentDoc = new TypedDocumentString(`
    fragment EconomicsFields on Economics {
  preventionCost {
    investments {
      id
      name
      returnOnInvestment
      annualizedCost {
        amount
        currency
      }
      expectedLossAvoided {
        amount
        currency
      }
    }
    annualized {
      amount
      currency
    }
    spendToDate {
      amount
      currency
    }
  }
  incidentLoss {
    total {
      amount
      currency
    }
  }
  expectedLossInherent {
    amount
    currency
  }
  expectedLossResidual {
    amount
    currency
  }
  expectedLossAvoided {
    amount
    currency
  }
  returnOnPrevention
  declinedPrevention {
    investment {
      id
      name
      vendor
      decidedBy
      decisionRationale
    }
    annualizedCost {
      amount
      currency
    }
    lossOnMitigatedRisks {
      amount
      currency
    }
    incidents {
      id
      title
      occurredAt
    }
  }
  costOfQuality {
    month
    prevention {
      amount
      currency
    }
    appraisal {
      amount
      currency
    }
    internalFailure {
      amount
      currency
    }
    externalFailure {
      amount
      currency
    }
  }
}
    `, {"fragmentName":"EconomicsFields"}) as unknown as TypedDocumentString<EconomicsFieldsFragment, unknown>;
export const LossDistributionFieldsFragmentDoc = new TypedDocumentString(`
    fragment LossDistributionFields on LossDistribution {
  mean {
    amount
    currency
  }
  p50 {
    amount
    currency
  }
  p90 {
    amount
    currency
  }
  p95 {
    amount
    currency
  }
  p99 {
    amount
    currency
  }
  probabilityOfAnyLoss
  exceedanceCurve {
    loss {
      amount
      currency
    }
    probability
  }
}
    `, {"fragmentName":"LossDistributionFields"}) as unknown as TypedDocumentString<LossDistributionFieldsFragment, unknown>;
export const WhatIfDistributionFragmentDoc = new TypedDocumentString(`
    fragment WhatIfDistribution on LossDistribution {
  mean {
    amount
    currency
  }
  p90 {
    amount
    currency
  }
  exceedanceCurve {
    loss {
      amount
      currency
    }
    probability
  }
}
    `, {"fragmentName":"WhatIfDistribution"}) as unknown as TypedDocumentString<WhatIfDistributionFragment, unknown>;
export const HistoryEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment HistoryEntryFields on HistoryEntry {
  actor
  at
  operation
  changes {
    field
    before
    after
  }
}
    `, {"fragmentName":"HistoryEntryFields"}) as unknown as TypedDocumentString<HistoryEntryFieldsFragment, unknown>;
export const EditableRiskFragmentDoc = new TypedDocumentString(`
    fragment EditableRisk on Risk {
  id
  version
  title
  description
  category
  status
  response
  owner {
    username
    displayName
  }
  milestone {
    id
    name
  }
  likelihood
  impact
  score
  probability
  lossLow {
    amount
    currency
  }
  lossHigh {
    amount
    currency
  }
  expectedLoss {
    amount
    currency
  }
  residualExpectedLoss {
    amount
    currency
  }
  nextReviewOn
  closedReason
  updatedAt
}
    `, {"fragmentName":"EditableRisk"}) as unknown as TypedDocumentString<EditableRiskFragment, unknown>;
export const AwaitingDecisionsDocument = new TypedDocumentString(`
    query AwaitingDecisions {
  projects(first: 100) {
    nodes {
      id
      key
      name
      investments(first: 100, status: [PROPOSED]) {
        nodes {
          id
          name
          proposedBy
          annualizedCost {
            amount
            currency
          }
          expectedLossAvoided {
            amount
            currency
          }
          returnOnInvestment
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwaitingDecisionsQuery, AwaitingDecisionsQueryVariables>;
export const PortfolioEconomicsDocument = new TypedDocumentString(`
    query PortfolioEconomics {
  portfolio {
    currencies {
      currency
      projects {
        id
        key
        name
      }
      economics {
        ...EconomicsFields
      }
    }
  }
}
    fragment EconomicsFields on Economics {
  preventionCost {
    investments {
      id
      name
      returnOnInvestment
      annualizedCost {
        amount
        currency
      }
      expectedLossAvoided {
        amount
        currency
      }
    }
    annualized {
      amount
      currency
    }
    spendToDate {
      amount
      currency
    }
  }
  incidentLoss {
    total {
      amount
      currency
    }
  }
  expectedLossInherent {
    amount
    currency
  }
  expectedLossResidual {
    amount
    currency
  }
  expectedLossAvoided {
    amount
    currency
  }
  returnOnPrevention
  declinedPrevention {
    investment {
      id
      name
      vendor
      decidedBy
      decisionRationale
    }
    annualizedCost {
      amount
      currency
    }
    lossOnMitigatedRisks {
      amount
      currency
    }
    incidents {
      id
      title
      occurredAt
    }
  }
  costOfQuality {
    month
    prevention {
      amount
      currency
    }
    appraisal {
      amount
      currency
    }
    internalFailure {
      amount
      currency
    }
    externalFailure {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<PortfolioEconomicsQuery, PortfolioEconomicsQueryVariables>;
export const ProjectEconomicsDocument = new TypedDocumentString(`
    query ProjectEconomics($id: ID!, $trials: Int!, $seed: BigInteger!) {
  project(id: $id) {
    id
    key
    name
    currency
    economics {
      ...EconomicsFields
    }
    lossSimulation(trials: $trials, seed: $seed) {
      trials
      inherent {
        ...LossDistributionFields
      }
      residual {
        ...LossDistributionFields
      }
    }
  }
}
    fragment EconomicsFields on Economics {
  preventionCost {
    investments {
      id
      name
      returnOnInvestment
      annualizedCost {
        amount
        currency
      }
      expectedLossAvoided {
        amount
        currency
      }
    }
    annualized {
      amount
      currency
    }
    spendToDate {
      amount
      currency
    }
  }
  incidentLoss {
    total {
      amount
      currency
    }
  }
  expectedLossInherent {
    amount
    currency
  }
  expectedLossResidual {
    amount
    currency
  }
  expectedLossAvoided {
    amount
    currency
  }
  returnOnPrevention
  declinedPrevention {
    investment {
      id
      name
      vendor
      decidedBy
      decisionRationale
    }
    annualizedCost {
      amount
      currency
    }
    lossOnMitigatedRisks {
      amount
      currency
    }
    incidents {
      id
      title
      occurredAt
    }
  }
  costOfQuality {
    month
    prevention {
      amount
      currency
    }
    appraisal {
      amount
      currency
    }
    internalFailure {
      amount
      currency
    }
    externalFailure {
      amount
      currency
    }
  }
}
fragment LossDistributionFields on LossDistribution {
  mean {
    amount
    currency
  }
  p50 {
    amount
    currency
  }
  p90 {
    amount
    currency
  }
  p95 {
    amount
    currency
  }
  p99 {
    amount
    currency
  }
  probabilityOfAnyLoss
  exceedanceCurve {
    loss {
      amount
      currency
    }
    probability
  }
}`) as unknown as TypedDocumentString<ProjectEconomicsQuery, ProjectEconomicsQueryVariables>;
export const PortfolioLossSimulationDocument = new TypedDocumentString(`
    query PortfolioLossSimulation($trials: Int!, $seed: BigInteger!) {
  portfolio {
    currencies {
      currency
      lossSimulation(trials: $trials, seed: $seed) {
        trials
        inherent {
          ...LossDistributionFields
        }
        residual {
          ...LossDistributionFields
        }
      }
    }
  }
}
    fragment LossDistributionFields on LossDistribution {
  mean {
    amount
    currency
  }
  p50 {
    amount
    currency
  }
  p90 {
    amount
    currency
  }
  p95 {
    amount
    currency
  }
  p99 {
    amount
    currency
  }
  probabilityOfAnyLoss
  exceedanceCurve {
    loss {
      amount
      currency
    }
    probability
  }
}`) as unknown as TypedDocumentString<PortfolioLossSimulationQuery, PortfolioLossSimulationQueryVariables>;
export const IncidentDocument = new TypedDocumentString(`
    query Incident($id: ID!) {
  incident(id: $id) {
    id
    title
    description
    severity
    version
    occurredAt
    detectedAt
    resolvedAt
    reportedBy
    timeToDetectMinutes
    timeToResolveMinutes
    nearMiss
    lossAvoidedByLuck {
      amount
      currency
    }
    dataLostMinutes
    dataLostRecords
    recurrence
    recurrenceOf {
      id
      title
      completedAt
    }
    totalLoss {
      amount
      currency
    }
    lossByType {
      type
      amount {
        amount
        currency
      }
    }
    losses {
      id
      type
      note
      hours
      hourlyRate {
        amount
        currency
      }
      amount {
        amount
        currency
      }
      recordedBy
      createdAt
    }
    milestone {
      id
      name
    }
    risks {
      id
      title
      status
      version
      probability
      lossLow {
        amount
      }
      lossHigh {
        amount
      }
    }
    preventableBy {
      id
      name
      status
      decidedBy
      decisionRationale
      annualizedCost {
        amount
        currency
      }
    }
    postmortem {
      id
      status
      version
      summary
      impact
      rootCauses
      contributingFactors
      whatWentWell
      whereWeGotLucky
      noActionReason
      publishedAt
      publishedBy
      timeline {
        at
        description
        recordedBy
      }
    }
    actionItems {
      id
      title
      status
      version
      committed
      dueDate
      overdue
      completedAt
      completedBy
      dropReason
      owner {
        username
        displayName
      }
      targetRisk {
        id
        title
      }
      becameRisk {
        id
        title
      }
      becameGate {
        id
        name
        milestone {
          id
          name
        }
      }
      becameInvestment {
        id
        name
      }
    }
    project {
      id
      key
      name
      currency
      myRole
      members {
        username
        displayName
        role
      }
      milestones(first: 100) {
        nodes {
          id
          name
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentQuery, IncidentQueryVariables>;
export const IncidentReportOptionsDocument = new TypedDocumentString(`
    query IncidentReportOptions($projectId: ID!) {
  project(id: $projectId) {
    id
    milestones(first: 100) {
      nodes {
        id
        name
      }
    }
    risks(
      first: 100
      filter: {status: [IDENTIFIED, MITIGATING, ACCEPTED, MATERIALIZED]}
    ) {
      nodes {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentReportOptionsQuery, IncidentReportOptionsQueryVariables>;
export const ProjectIncidentsDocument = new TypedDocumentString(`
    query ProjectIncidents($projectId: ID!, $first: Int!, $after: String) {
  project(id: $projectId) {
    id
    incidents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        severity
        occurredAt
        resolvedAt
        nearMiss
        recurrence
        totalLoss {
          amount
          currency
        }
        postmortem {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectIncidentsQuery, ProjectIncidentsQueryVariables>;
export const IncidentReportDocument = new TypedDocumentString(`
    mutation IncidentReport($input: IncidentReportInput!) {
  incidentReport(input: $input) {
    incident {
      id
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentReportMutation, IncidentReportMutationVariables>;
export const IncidentAddLossDocument = new TypedDocumentString(`
    mutation IncidentAddLoss($input: IncidentAddLossInput!) {
  incidentAddLoss(input: $input) {
    loss {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentAddLossMutation, IncidentAddLossMutationVariables>;
export const PostmortemUpdateDocument = new TypedDocumentString(`
    mutation PostmortemUpdate($input: PostmortemUpdateInput!) {
  postmortemUpdate(input: $input) {
    postmortem {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PostmortemUpdateMutation, PostmortemUpdateMutationVariables>;
export const TimelineEntryAddDocument = new TypedDocumentString(`
    mutation TimelineEntryAdd($input: TimelineEntryAddInput!) {
  timelineEntryAdd(input: $input) {
    entry {
      at
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineEntryAddMutation, TimelineEntryAddMutationVariables>;
export const ActionItemCreateDocument = new TypedDocumentString(`
    mutation ActionItemCreate($input: ActionItemCreateInput!) {
  actionItemCreate(input: $input) {
    actionItem {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ActionItemCreateMutation, ActionItemCreateMutationVariables>;
export const ActionItemUpdateDocument = new TypedDocumentString(`
    mutation ActionItemUpdate($input: ActionItemUpdateInput!) {
  actionItemUpdate(input: $input) {
    actionItem {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ActionItemUpdateMutation, ActionItemUpdateMutationVariables>;
export const ActionItemBecomeDocument = new TypedDocumentString(`
    mutation ActionItemBecome($input: ActionItemBecomeInput!) {
  actionItemBecome(input: $input) {
    actionItem {
      id
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ActionItemBecomeMutation, ActionItemBecomeMutationVariables>;
export const ProjectInvestmentsDocument = new TypedDocumentString(`
    query ProjectInvestments($projectId: ID!) {
  project(id: $projectId) {
    id
    currency
    investments(first: 100) {
      totalCount
      nodes {
        id
        name
        kind
        vendor
        description
        status
        version
        proposedBy
        createdAt
        decidedBy
        decidedAt
        decisionRationale
        oneTimeCost {
          amount
          currency
        }
        annualCost {
          amount
          currency
        }
        annualizedCost {
          amount
          currency
        }
        expectedLossAvoided {
          amount
          currency
        }
        returnOnInvestment
        sourceActionItems {
          id
          title
          incident {
            id
            title
          }
        }
        mitigations {
          id
          probabilityReduction
          lossReduction
          risk {
            id
            title
            status
          }
        }
      }
    }
    risks(
      first: 100
      filter: {status: [IDENTIFIED, MITIGATING, ACCEPTED, MATERIALIZED]}
    ) {
      nodes {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectInvestmentsQuery, ProjectInvestmentsQueryVariables>;
export const WhatIfSimulationDocument = new TypedDocumentString(`
    query WhatIfSimulation($projectId: ID!, $trials: Int!, $seed: BigInteger!, $assume: [ID!]!) {
  project(id: $projectId) {
    id
    current: lossSimulation(trials: $trials, seed: $seed) {
      risks
      inherent {
        ...WhatIfDistribution
      }
      residual {
        ...WhatIfDistribution
      }
    }
    whatIf: lossSimulation(
      trials: $trials
      seed: $seed
      assume: {investmentIds: $assume}
    ) {
      residual {
        ...WhatIfDistribution
      }
    }
  }
}
    fragment WhatIfDistribution on LossDistribution {
  mean {
    amount
    currency
  }
  p90 {
    amount
    currency
  }
  exceedanceCurve {
    loss {
      amount
      currency
    }
    probability
  }
}`) as unknown as TypedDocumentString<WhatIfSimulationQuery, WhatIfSimulationQueryVariables>;
export const InvestmentProposeDocument = new TypedDocumentString(`
    mutation InvestmentPropose($input: InvestmentProposeInput!) {
  investmentPropose(input: $input) {
    investment {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentProposeMutation, InvestmentProposeMutationVariables>;
export const InvestmentDecideDocument = new TypedDocumentString(`
    mutation InvestmentDecide($input: InvestmentDecideInput!) {
  investmentDecide(input: $input) {
    investment {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentDecideMutation, InvestmentDecideMutationVariables>;
export const InvestmentStatusSetDocument = new TypedDocumentString(`
    mutation InvestmentStatusSet($input: InvestmentStatusSetInput!) {
  investmentStatusSet(input: $input) {
    investment {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InvestmentStatusSetMutation, InvestmentStatusSetMutationVariables>;
export const MilestoneHistoryDocument = new TypedDocumentString(`
    query MilestoneHistory($projectId: ID!, $first: Int!) {
  project(id: $projectId) {
    id
    milestones(first: $first) {
      nodes {
        id
        history {
          ...HistoryEntryFields
        }
        gates(includeRemoved: true) {
          id
          name
          removed
          removedBy
          removedAt
          removalReason
          history {
            ...HistoryEntryFields
          }
        }
      }
    }
  }
}
    fragment HistoryEntryFields on HistoryEntry {
  actor
  at
  operation
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<MilestoneHistoryQuery, MilestoneHistoryQueryVariables>;
export const ProjectMilestonesDocument = new TypedDocumentString(`
    query ProjectMilestones($projectId: ID!, $first: Int!) {
  project(id: $projectId) {
    id
    currency
    milestones(first: $first) {
      totalCount
      nodes {
        id
        version
        name
        description
        kind
        dueDate
        status
        completedAt
        completedBy
        gates {
          id
          version
          name
          kind
          status
          blocking
          criteria
          decidedBy
          decidedAt
          waiverReason
          sourceActionItems {
            id
            title
            incident {
              id
              title
            }
          }
          results {
            id
            outcome
            recordedBy
            recordedAt
            note
            link
            measurements {
              name
              value
              unit
            }
          }
        }
        gatesInTheWay {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectMilestonesQuery, ProjectMilestonesQueryVariables>;
export const MilestoneCreateDocument = new TypedDocumentString(`
    mutation MilestoneCreate($input: MilestoneCreateInput!) {
  milestoneCreate(input: $input) {
    milestone {
      id
      name
      gates {
        id
        name
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MilestoneCreateMutation, MilestoneCreateMutationVariables>;
export const MilestoneUpdateDocument = new TypedDocumentString(`
    mutation MilestoneUpdate($input: MilestoneUpdateInput!) {
  milestoneUpdate(input: $input) {
    milestone {
      id
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MilestoneUpdateMutation, MilestoneUpdateMutationVariables>;
export const MilestoneCompleteDocument = new TypedDocumentString(`
    mutation MilestoneComplete($input: MilestoneCompleteInput!) {
  milestoneComplete(input: $input) {
    milestone {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MilestoneCompleteMutation, MilestoneCompleteMutationVariables>;
export const QualityGateCreateDocument = new TypedDocumentString(`
    mutation QualityGateCreate($input: QualityGateCreateInput!) {
  qualityGateCreate(input: $input) {
    gate {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QualityGateCreateMutation, QualityGateCreateMutationVariables>;
export const QualityGateRemoveDocument = new TypedDocumentString(`
    mutation QualityGateRemove($input: QualityGateRemoveInput!) {
  qualityGateRemove(input: $input) {
    gate {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QualityGateRemoveMutation, QualityGateRemoveMutationVariables>;
export const QualityGateRecordResultDocument = new TypedDocumentString(`
    mutation QualityGateRecordResult($input: QualityGateRecordResultInput!) {
  qualityGateRecordResult(input: $input) {
    gate {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QualityGateRecordResultMutation, QualityGateRecordResultMutationVariables>;
export const QualityGateWaiveDocument = new TypedDocumentString(`
    mutation QualityGateWaive($input: QualityGateWaiveInput!) {
  qualityGateWaive(input: $input) {
    gate {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QualityGateWaiveMutation, QualityGateWaiveMutationVariables>;
export const GateTemplatesDocument = new TypedDocumentString(`
    query GateTemplates($kind: MilestoneKind) {
  gateTemplates(kind: $kind) {
    name
    gateKind
    criteria
    blocking
  }
}
    `) as unknown as TypedDocumentString<GateTemplatesQuery, GateTemplatesQueryVariables>;
export const MyWorkDocument = new TypedDocumentString(`
    query MyWork($username: String!) {
  actionItems(owner: $username) {
    id
    title
    status
    dueDate
    overdue
    incident {
      id
      title
      project {
        id
        key
      }
    }
  }
  projects(first: 100) {
    nodes {
      id
      key
      name
      myRole
      milestones(first: 100, status: [PLANNED, IN_PROGRESS, BLOCKED, MISSED]) {
        nodes {
          id
          name
          dueDate
          gates {
            id
            name
            status
            blocking
          }
        }
      }
      investments(first: 100, status: [PROPOSED]) {
        nodes {
          id
          name
          proposedBy
          createdAt
          annualizedCost {
            amount
            currency
          }
          expectedLossAvoided {
            amount
            currency
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyWorkQuery, MyWorkQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  project(id: $id) {
    id
    key
    name
    description
    currency
    status
    startDate
    targetDate
    myRole
    manager {
      username
      displayName
    }
    sponsor {
      username
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const MyProjectsDocument = new TypedDocumentString(`
    query MyProjects {
  projects(first: 100) {
    nodes {
      id
      key
      name
      currency
      status
      myRole
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MyProjectsQuery, MyProjectsQueryVariables>;
export const RegisterCsvProjectDocument = new TypedDocumentString(`
    query RegisterCsvProject($projectId: ID!) {
  project(id: $projectId) {
    id
    key
    viewerCanEditRegister
  }
}
    `) as unknown as TypedDocumentString<RegisterCsvProjectQuery, RegisterCsvProjectQueryVariables>;
export const RiskRegisterCsvDocument = new TypedDocumentString(`
    query RiskRegisterCsv($projectId: ID!, $filter: RiskFilter) {
  project(id: $projectId) {
    id
    riskRegisterCsv(filter: $filter)
  }
}
    `) as unknown as TypedDocumentString<RiskRegisterCsvQuery, RiskRegisterCsvQueryVariables>;
export const RiskRegisterImportDocument = new TypedDocumentString(`
    mutation RiskRegisterImport($input: RiskRegisterImportInput!) {
  riskRegisterImport(input: $input) {
    created
    updated
    unchanged
    invalid
    committed
    rows {
      row
      action
      riskId
      title
      changedColumns
    }
    rowErrors {
      row
      column
      code
      message
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RiskRegisterImportMutation, RiskRegisterImportMutationVariables>;
export const OpenRisksDocument = new TypedDocumentString(`
    query OpenRisks($projectId: ID!, $after: String, $filter: RiskFilter!) {
  project(id: $projectId) {
    id
    risks(
      first: 100
      after: $after
      filter: $filter
      orderBy: {field: EXPECTED_LOSS, direction: DESC}
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        status
        likelihood
        impact
        nextReviewOn
        expectedLoss {
          amount
          currency
        }
        residualExpectedLoss {
          amount
          currency
        }
        residualRating {
          likelihood
          impact
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenRisksQuery, OpenRisksQueryVariables>;
export const RiskOptionsDocument = new TypedDocumentString(`
    query RiskOptions($projectId: ID!) {
  project(id: $projectId) {
    id
    currency
    members {
      username
      displayName
      role
    }
    milestones(first: 100) {
      nodes {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskOptionsQuery, RiskOptionsQueryVariables>;
export const RiskRegisterDocument = new TypedDocumentString(`
    query RiskRegister($projectId: ID!, $first: Int!, $after: String, $orderBy: RiskOrder!, $filter: RiskFilter) {
  project(id: $projectId) {
    id
    risks(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...EditableRisk
      }
    }
  }
}
    fragment EditableRisk on Risk {
  id
  version
  title
  description
  category
  status
  response
  owner {
    username
    displayName
  }
  milestone {
    id
    name
  }
  likelihood
  impact
  score
  probability
  lossLow {
    amount
    currency
  }
  lossHigh {
    amount
    currency
  }
  expectedLoss {
    amount
    currency
  }
  residualExpectedLoss {
    amount
    currency
  }
  nextReviewOn
  closedReason
  updatedAt
}`) as unknown as TypedDocumentString<RiskRegisterQuery, RiskRegisterQueryVariables>;
export const RiskDocument = new TypedDocumentString(`
    query Risk($id: ID!) {
  risk(id: $id) {
    ...EditableRisk
    createdAt
    residualRating {
      likelihood
      impact
      score
    }
    project {
      id
      key
      name
      currency
      myRole
    }
    mitigations {
      id
      probabilityReduction
      lossReduction
      investment {
        id
        name
        kind
        status
        vendor
        oneTimeCost {
          amount
          currency
        }
        annualCost {
          amount
          currency
        }
        annualizedCost {
          amount
          currency
        }
        expectedLossAvoided {
          amount
          currency
        }
      }
    }
    incidents {
      id
      title
      severity
      occurredAt
      totalLoss {
        amount
        currency
      }
    }
    actionItems {
      id
      title
      status
      dueDate
      overdue
      owner {
        displayName
      }
      incident {
        id
      }
    }
    history {
      actor
      at
      operation
      changes {
        field
        before
        after
      }
    }
  }
}
    fragment EditableRisk on Risk {
  id
  version
  title
  description
  category
  status
  response
  owner {
    username
    displayName
  }
  milestone {
    id
    name
  }
  likelihood
  impact
  score
  probability
  lossLow {
    amount
    currency
  }
  lossHigh {
    amount
    currency
  }
  expectedLoss {
    amount
    currency
  }
  residualExpectedLoss {
    amount
    currency
  }
  nextReviewOn
  closedReason
  updatedAt
}`) as unknown as TypedDocumentString<RiskQuery, RiskQueryVariables>;
export const RiskCreateDocument = new TypedDocumentString(`
    mutation RiskCreate($input: RiskCreateInput!) {
  riskCreate(input: $input) {
    risk {
      id
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RiskCreateMutation, RiskCreateMutationVariables>;
export const RiskUpdateDocument = new TypedDocumentString(`
    mutation RiskUpdate($input: RiskUpdateInput!) {
  riskUpdate(input: $input) {
    risk {
      ...EditableRisk
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment EditableRisk on Risk {
  id
  version
  title
  description
  category
  status
  response
  owner {
    username
    displayName
  }
  milestone {
    id
    name
  }
  likelihood
  impact
  score
  probability
  lossLow {
    amount
    currency
  }
  lossHigh {
    amount
    currency
  }
  expectedLoss {
    amount
    currency
  }
  residualExpectedLoss {
    amount
    currency
  }
  nextReviewOn
  closedReason
  updatedAt
}`) as unknown as TypedDocumentString<RiskUpdateMutation, RiskUpdateMutationVariables>;
export const RiskCloseDocument = new TypedDocumentString(`
    mutation RiskClose($input: RiskCloseInput!) {
  riskClose(input: $input) {
    risk {
      id
      status
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RiskCloseMutation, RiskCloseMutationVariables>;
export const RiskCurrentDocument = new TypedDocumentString(`
    query RiskCurrent($id: ID!) {
  risk(id: $id) {
    ...EditableRisk
  }
}
    fragment EditableRisk on Risk {
  id
  version
  title
  description
  category
  status
  response
  owner {
    username
    displayName
  }
  milestone {
    id
    name
  }
  likelihood
  impact
  score
  probability
  lossLow {
    amount
    currency
  }
  lossHigh {
    amount
    currency
  }
  expectedLoss {
    amount
    currency
  }
  residualExpectedLoss {
    amount
    currency
  }
  nextReviewOn
  closedReason
  updatedAt
}`) as unknown as TypedDocumentString<RiskCurrentQuery, RiskCurrentQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    username
    roles
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;