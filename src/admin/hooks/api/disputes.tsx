import { QueryClient, useMutation, useQuery } from "@tanstack/react-query"
import {
  invalidateAll,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import { reportHooks } from "./reports"
import type { z } from "@medusajs/framework/zod"
import type { AdminResolveDispute } from "../../../api/admin/disputes/validators"
import {
  DISPUTE_PRIORITIES,
  DISPUTE_REASON_CATEGORIES,
  DISPUTE_RESOLUTION_KINDS,
  DISPUTE_STATUSES,
} from "../../../modules/return-dispute/constants"
import { CLOSED_DISPUTE_STATUSES } from "../../../modules/return-dispute/types"
import type {
  DisputeStatus,
  DisputeEvidenceKind,
  AdminDisputeDetailResponse,
  AdminDisputeEvidenceResponse,
  AdminDisputeMessageResponse,
  AdminDisputeReportResponse,
  AdminRenderedDisputeTemplateResponse,
  AdminDisputeListParams,
  AdminDisputeListResponse,
  AdminDisputeResponse,
} from "../../../types/http"

export const disputeStatuses = DISPUTE_STATUSES

/** Statuses a dispute can still move out of. */
export const activeDisputeStatuses: DisputeStatus[] = DISPUTE_STATUSES.filter(
  (status) => !CLOSED_DISPUTE_STATUSES.includes(status)
)

/** Most urgent first, the order the queue's filter offers them in. */
export const disputePriorities = [...DISPUTE_PRIORITIES].reverse()

export const disputeReasonCategories = DISPUTE_REASON_CATEGORIES

export const disputeResolutionKinds = DISPUTE_RESOLUTION_KINDS

// The module keeps this one as a type only (the model lists it inline).
export const disputeEvidenceKinds = [
  "photo",
  "tracking",
  "document",
  "communication",
] as const satisfies readonly DisputeEvidenceKind[]

export type {
  Dispute,
  DisputeListItem,
  DisputeMessage,
  DisputeEvidence,
  PolicyTemplate,
  DisputeCaseReturnRequest,
  DisputeCaseFile,
  DisputeDetail,
  DisputeStatus,
  DisputePriority,
  DisputeReasonCategory,
  DisputeResolutionKind,
  DisputeEvidenceKind,
} from "../../../types/http"
export type DisputeListQuery = AdminDisputeListParams
export type DisputeDetailResponse = AdminDisputeDetailResponse

export type DisputeReportQuery = { from: string; to: string }

export type DisputeReport = AdminDisputeReportResponse["report"]

/** `src/types/http` has no body type for it yet: the validator's input. */
export type ResolveDisputeInput = z.input<typeof AdminResolveDispute>

export type UploadDisputeEvidenceInput = {
  file: File
  kind: DisputeEvidenceKind
  description?: string
}

export const disputeQueryKeys = queryKeysFactory("dispute")
const disputeReport = reportHooks<
  AdminDisputeReportResponse,
  DisputeReportQuery
>("/admin/disputes/reports", "dispute_report")
export const disputeReportQueryKeys = disputeReport.keys
const adminUserQueryKeys = queryKeysFactory("dispute_admin_user")

export const useDisputes = (query: DisputeListQuery) =>
  useAdminQuery<AdminDisputeListResponse>(
    disputeQueryKeys.list(query),
    "/admin/disputes",
    query
  )

/** The dispute with its whole case file: the workspace needs nothing else. */
export const useDispute = (id: string) =>
  useAdminQuery<DisputeDetailResponse>(
    disputeQueryKeys.detail(id),
    `/admin/disputes/${id}`
  )

export const useDisputeReport = disputeReport.useReport

/** Admin users, for the assignee pickers and to put names on ids. */
export const useAdminUsers = () =>
  useQuery({
    queryKey: adminUserQueryKeys.list({ limit: 200 }),
    queryFn: () => sdk.admin.user.list({ limit: 200 }),
    staleTime: 5 * 60 * 1000,
  })

export const useCurrentAdminUser = () =>
  useQuery({
    queryKey: adminUserQueryKeys.detail("me"),
    queryFn: () => sdk.admin.user.me(),
    staleTime: 5 * 60 * 1000,
  })

/** Every write changes the dispute, its queue row and the reports. */
const refreshDispute = (id: string) => (queryClient: QueryClient) =>
  invalidateAll(queryClient, [
    disputeQueryKeys.detail(id),
    disputeQueryKeys.lists(),
    disputeReportQueryKeys.all,
  ])

/** A POST of the variables to `/admin/disputes/:id/<action>`. */
const useDisputeAction = <TData, TBody extends object>(
  id: string,
  action: string,
  options?: MutationOptions<TData, TBody>
) =>
  useAdminMutation<TData, TBody>(
    (body) => ({
      path: `/admin/disputes/${id}/${action}`,
      method: "POST",
      body,
    }),
    refreshDispute(id),
    options
  )

/** Hands the dispute to an admin user. */
export const useAssignDispute = (
  id: string,
  options?: MutationOptions<AdminDisputeResponse, { assignee_id: string }>
) => useDisputeAction(id, "assign", options)

/** Moves an open dispute to review or to waiting for the customer. */
export const useUpdateDisputeStatus = (
  id: string,
  options?: MutationOptions<
    AdminDisputeResponse,
    { status: "in_review" | "awaiting_customer" }
  >
) => useDisputeAction(id, "status", options)

/** A reply to the customer, or an internal note. */
export const useAddDisputeMessage = (
  id: string,
  options?: MutationOptions<
    AdminDisputeMessageResponse,
    { body: string; internal: boolean }
  >
) => useDisputeAction(id, "messages", options)

/** Closes the dispute with its resolution (and refund, if any). */
export const useResolveDispute = (
  id: string,
  options?: MutationOptions<AdminDisputeResponse, ResolveDisputeInput>
) => useDisputeAction(id, "resolve", options)

/** Uploads a file as evidence, sent as multipart. */
export const useUploadDisputeEvidence = (
  id: string,
  options?: MutationOptions<
    AdminDisputeEvidenceResponse,
    UploadDisputeEvidenceInput
  >
) =>
  useAdminMutation(
    ({ file, kind, description }) => {
      const form = new FormData()
      form.append("kind", kind)
      if (description) {
        form.append("description", description)
      }
      // The file goes last so a streaming parser has the fields before it.
      form.append("file", file, file.name)
      return {
        path: `/admin/disputes/${id}/evidence`,
        method: "POST",
        body: form,
        // The SDK only JSON-encodes when the content type is JSON; dropping
        // it lets the browser send multipart with its boundary.
        headers: { "content-type": null },
      }
    },
    refreshDispute(id),
    options
  )

export type RenderedDisputeTemplate = AdminRenderedDisputeTemplateResponse

/**
 * Fills a policy template with the dispute's values on the server (the
 * values customers read in emails too). Reads only: nothing to invalidate.
 */
export const useRenderDisputeTemplate = (
  id: string,
  options?: MutationOptions<
    RenderedDisputeTemplate,
    { template_id: string; amount: number | null }
  >
) =>
  useMutation({
    mutationFn: ({ template_id, amount }) =>
      sdk.client.fetch<RenderedDisputeTemplate>(
        `/admin/disputes/${id}/policy-templates/${template_id}/render`,
        { query: amount != null && amount > 0 ? { amount } : {} }
      ),
    ...options,
  })
