/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      id\n      key\n      name\n      description\n      currency\n      status\n      startDate\n      targetDate\n      myRole\n      manager {\n        username\n        displayName\n      }\n      sponsor {\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  query MyProjects {\n    projects(first: 100) {\n      nodes {\n        id\n        key\n        name\n        currency\n        status\n        myRole\n      }\n      totalCount\n    }\n  }\n": typeof types.MyProjectsDocument,
    "\n  query RiskRegister($projectId: ID!, $first: Int!, $after: String, $orderBy: RiskOrder!) {\n    project(id: $projectId) {\n      id\n      risks(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n          category\n          status\n          owner {\n            username\n            displayName\n          }\n          likelihood\n          impact\n          score\n          probability\n          lossLow {\n            amount\n            currency\n          }\n          lossHigh {\n            amount\n            currency\n          }\n          expectedLoss {\n            amount\n            currency\n          }\n          nextReviewOn\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.RiskRegisterDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      id\n      key\n      name\n      description\n      currency\n      status\n      startDate\n      targetDate\n      myRole\n      manager {\n        username\n        displayName\n      }\n      sponsor {\n        username\n        displayName\n      }\n    }\n  }\n": types.ProjectDocument,
    "\n  query MyProjects {\n    projects(first: 100) {\n      nodes {\n        id\n        key\n        name\n        currency\n        status\n        myRole\n      }\n      totalCount\n    }\n  }\n": types.MyProjectsDocument,
    "\n  query RiskRegister($projectId: ID!, $first: Int!, $after: String, $orderBy: RiskOrder!) {\n    project(id: $projectId) {\n      id\n      risks(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n          category\n          status\n          owner {\n            username\n            displayName\n          }\n          likelihood\n          impact\n          score\n          probability\n          lossLow {\n            amount\n            currency\n          }\n          lossHigh {\n            amount\n            currency\n          }\n          expectedLoss {\n            amount\n            currency\n          }\n          nextReviewOn\n          updatedAt\n        }\n      }\n    }\n  }\n": types.RiskRegisterDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      roles\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      id\n      key\n      name\n      description\n      currency\n      status\n      startDate\n      targetDate\n      myRole\n      manager {\n        username\n        displayName\n      }\n      sponsor {\n        username\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjects {\n    projects(first: 100) {\n      nodes {\n        id\n        key\n        name\n        currency\n        status\n        myRole\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MyProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegister($projectId: ID!, $first: Int!, $after: String, $orderBy: RiskOrder!) {\n    project(id: $projectId) {\n      id\n      risks(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          title\n          category\n          status\n          owner {\n            username\n            displayName\n          }\n          likelihood\n          impact\n          score\n          probability\n          lossLow {\n            amount\n            currency\n          }\n          lossHigh {\n            amount\n            currency\n          }\n          expectedLoss {\n            amount\n            currency\n          }\n          nextReviewOn\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      username\n      roles\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
