import type { Context } from "@medusajs/framework/types"
import { sqlManagerOf } from "../../utils/sql"
import {
  decisionRow,
  initialStatus,
  itemRows,
  laterDecisionDefaults,
  requestRow,
  transitionRequest,
} from "./requests"
import { nextRmaNumber } from "./sequences"
import type ReturnPolicyModuleService from "./service"
import type {
  CreateReturnRequestWithDecisionInput,
  ReturnDecisionInput,
  ReturnRequestStatus,
  ReturnRequestWithItems,
} from "./types"

/** The generated CRUD of the service that request writes go through. */
export type RequestStore = Pick<
  ReturnPolicyModuleService,
  | "createReturnRequests"
  | "createReturnRequestItems"
  | "createReturnDecisions"
  | "retrieveReturnRequest"
  | "listReturnRequestItems"
  | "listReturnDecisions"
>

/**
 * The request with its items and decisions (oldest first). Listed rather
 * than loaded as relations: the collections of a request created in this
 * transaction are cached empty.
 */
export const retrieveWithItems = async (
  store: RequestStore,
  requestId: string,
  sharedContext: Context
): Promise<ReturnRequestWithItems> => {
  const request = await store.retrieveReturnRequest(
    requestId,
    {},
    sharedContext
  )
  const items = await store.listReturnRequestItems(
    { request_id: requestId },
    { order: { created_at: "ASC" } },
    sharedContext
  )
  const decisions = await store.listReturnDecisions(
    { request_id: requestId },
    { order: { created_at: "ASC" } },
    sharedContext
  )
  return { ...request, items, decisions }
}

/**
 * Writes a return request with the next RMA number of the year, its items
 * and its first decision, in the transaction of `sharedContext`.
 */
export const createRequestWithDecision = async (
  store: RequestStore,
  input: CreateReturnRequestWithDecisionInput,
  sharedContext: Context
): Promise<ReturnRequestWithItems> => {
  const status = initialStatus(input)
  const now = input.now ?? new Date()
  const rmaNumber = await nextRmaNumber(
    sqlManagerOf(sharedContext),
    now.getUTCFullYear()
  )
  const createdAt = new Date()
  const request = await store.createReturnRequests(
    requestRow(input, rmaNumber, status, now, createdAt),
    sharedContext
  )
  const items = await store.createReturnRequestItems(
    itemRows(request.id, input.items, createdAt),
    sharedContext
  )
  // Decided as it was made: the same moment as the request, and known to
  // its answer without reading the row back.
  const firstDecision = {
    request_id: request.id,
    created_at: createdAt,
    ...decisionRow(input.decision, {
      policy_id: input.policy_id,
      policy_version: input.policy_version,
      time_to_decision_ms: 0,
    }),
  }
  const decision = await store.createReturnDecisions(
    firstDecision,
    sharedContext
  )
  // What was written is what `retrieveWithItems` would read back: on the
  // storefront's path, three statements saved.
  return { ...request, items, decisions: [decision] }
}

/**
 * Moves a request to `newStatus` under its row lock and appends `decision`,
 * in the transaction of `sharedContext`.
 */
export const recordDecision = async (
  store: RequestStore,
  requestId: string,
  decision: ReturnDecisionInput,
  newStatus: ReturnRequestStatus,
  sharedContext: Context
): Promise<ReturnRequestWithItems> => {
  const now = new Date()
  const row = await transitionRequest(
    sqlManagerOf(sharedContext),
    requestId,
    decision,
    newStatus,
    now
  )
  await store.createReturnDecisions(
    {
      request_id: requestId,
      ...decisionRow(decision, laterDecisionDefaults(row, now)),
    },
    sharedContext
  )
  return await retrieveWithItems(store, requestId, sharedContext)
}
