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

/** What a history entry records. */
export type HistoryOperation =
  /** The object was created; every change lists its initial value as `after`. */
  | 'CREATED'
  /** The object was changed; only changed fields are listed. */
  | 'UPDATED';

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
  /** When changing an existing link: the version you read; a stale one is refused with CONFLICT. Ignored for a new link. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

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
  /** Role in the project. */
  role: ProjectRole;
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
  /** Owner's username. */
  owner?: InputMaybe<Scalars['String']['input']>;
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

/** Why a mutation refused its input. Nothing was changed when any user error is returned. */
export type UserErrorCode =
  /** Someone changed the object after you read it: reload and apply your change again. */
  | 'CONFLICT'
  /** The value is not acceptable (wrong format, or contradicts another field). */
  | 'INVALID'
  /** No such object, or you are not a member of its project. */
  | 'NOT_FOUND'
  /** The number is outside its allowed range. */
  | 'OUT_OF_RANGE'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** The value must be unique and is already taken. */
  | 'TAKEN'
  /** The text is longer than allowed. */
  | 'TOO_LONG';

export type ProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, key: string, name: string, description?: string | null, currency: string, status: ProjectStatus, startDate?: string | null, targetDate?: string | null, myRole?: ProjectRole | null, manager?: { __typename?: 'Member', username: string, displayName: string } | null, sponsor?: { __typename?: 'Member', username: string, displayName: string } | null } | null };

export type MyProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, nodes: Array<{ __typename?: 'Project', id: string, key: string, name: string, currency: string, status: ProjectStatus, myRole?: ProjectRole | null }> } };

export type RiskRegisterQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy: RiskOrder;
}>;


export type RiskRegisterQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, risks: { __typename?: 'RiskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Risk', id: string, title: string, category: RiskCategory, status: RiskStatus, likelihood: number, impact: number, score: number, probability: number | string, nextReviewOn?: string | null, updatedAt: string, owner?: { __typename?: 'Member', username: string, displayName: string } | null, lossLow: { __typename?: 'Money', amount: number | string, currency: string }, lossHigh: { __typename?: 'Money', amount: number | string, currency: string }, expectedLoss: { __typename?: 'Money', amount: number | string, currency: string } }> } } | null };

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
export const RiskRegisterDocument = new TypedDocumentString(`
    query RiskRegister($projectId: ID!, $first: Int!, $after: String, $orderBy: RiskOrder!) {
  project(id: $projectId) {
    id
    risks(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        category
        status
        owner {
          username
          displayName
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
        nextReviewOn
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskRegisterQuery, RiskRegisterQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    username
    roles
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;