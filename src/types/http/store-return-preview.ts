import type {
  StorePredictedOutcome,
  StoreRefundEstimate,
} from "./store-returns"

/**
 * `POST /store/return-requests/preview`: what sending the request would do.
 * `outcome` as in the eligibility's `predicted_outcome`; `reasons`: every
 * failing rule (why it is reviewed or refused), empty when approved at once.
 */
export type StoreReturnRequestPreview = {
  outcome: StorePredictedOutcome
  reasons: string[]
  /** Per requested line: whether it can come back, and why not. */
  items: { line_item_id: string; eligible: boolean; reasons: string[] }[]
  /** For the eligible lines, with the bonus when refunded in store credit. */
  refund: StoreRefundEstimate
  free_return_shipping: boolean
}

export type StoreReturnRequestPreviewResponse = {
  preview: StoreReturnRequestPreview
}

/** `POST /store/return-requests/:id/evidence`: the file as recorded. */
export type StoreReturnRequestEvidenceResponse = {
  evidence: {
    filename: string
    mime_type: string
    size: number
    description: string | null
    uploaded_at: string
  }
}
