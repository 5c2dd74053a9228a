import type {
  AnyExchangeOption,
  StoreDispute,
  StoreDisputeDetail,
  StoreReturnEligibility,
  StoreReturnEligibilityItem,
  StoreReturnRequest,
  StoreReturnRequestPreview,
  StoreReturnShipping,
  StoreExchangeVariantsResponse,
} from "../types/http"

export type {
  AnyExchangeOption,
  StoreDispute,
  StoreDisputeDetail,
  StoreReturnEligibility,
  StoreReturnEligibilityItem,
  StoreReturnRequest,
  StoreReturnRequestPreview,
  StoreReturnShipping,
  StoreExchangeVariantsResponse,
}

/** The order fields the portal asks Medusa's store order routes for. */
export type PortalOrder = {
  id: string
  display_id: number
  created_at: string
  currency_code: string
  total: number
  items: {
    id: string
    title: string
    thumbnail: string | null
  }[]
}

export const ORDER_FIELDS =
  "id,display_id,created_at,currency_code,total,items.id,items.title,items.thumbnail"
