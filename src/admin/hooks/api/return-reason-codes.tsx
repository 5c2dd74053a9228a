import { crudHooks, ListQuery } from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import type {
  AdminCreateReturnReasonCode,
  AdminReturnReasonCode,
  AdminReturnReasonCodeDeleteResponse,
  AdminReturnReasonCodeListResponse,
  AdminReturnReasonCodeResponse,
} from "../../../types/http"

export type ReturnReasonCode = AdminReturnReasonCode
export type ReturnReasonCodeInput = AdminCreateReturnReasonCode

export type ReturnReasonCodeListQuery = ListQuery & { active?: boolean }

export const returnReasonCodeQueryKeys = queryKeysFactory("return_reason_code")

const reasonCodes = crudHooks<{
  list: AdminReturnReasonCodeListResponse
  listQuery: ReturnReasonCodeListQuery
  one: AdminReturnReasonCodeResponse
  deleted: AdminReturnReasonCodeDeleteResponse
  input: ReturnReasonCodeInput
}>({ path: "/admin/return-reason-codes", keys: returnReasonCodeQueryKeys })

/** A page of reason codes. */
export const useReturnReasonCodes = reasonCodes.useList
/** Creates a reason code. */
export const useCreateReturnReasonCode = reasonCodes.useCreate
/** Updates the code named by `id` in the variables with the rest of them. */
export const useUpdateReturnReasonCode = reasonCodes.useUpdate
/** Deletes the reason code whose id is passed to `mutate`. */
export const useDeleteReturnReasonCode = reasonCodes.useDelete
/** Creates a reason code, or updates the one whose id is given. */
export const useSaveReturnReasonCode = reasonCodes.useSave
