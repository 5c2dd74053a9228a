import { MedusaError } from "@medusajs/framework/utils"

/**
 * Throws NOT_FOUND (`notFound` is the message) unless the record exists and,
 * when `customerId` is set (a customer acting), is theirs. Someone else's
 * record answers like an unknown id, so ids can't be probed; staff (no
 * `customerId`) see every record.
 *
 * @example
 * assertVisibleToCustomer(request, input.customer_id, `Return request with id: ${id} was not found`)
 */
export function assertVisibleToCustomer<
  T extends { customer_id?: string | null },
>(
  record: T | null | undefined,
  customerId: string | null | undefined,
  notFound: string
): asserts record is T {
  if (
    !record ||
    (customerId !== undefined && record.customer_id !== customerId)
  ) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, notFound)
  }
}
