import type { OrderLineSnapshot, ReturnPolicySnapshot } from "./types"

export const ORDER_CANCELED = "the order is canceled"

/**
 * Units of a line that can still be returned: never more than were ordered
 * and never below 0, whatever the snapshot says.
 */
export const returnableQuantity = (line: OrderLineSnapshot): number => {
  const left =
    line.returnable_quantity < line.quantity
      ? line.returnable_quantity
      : line.quantity
  // `> 0` is false for NaN too, so a broken snapshot counts as nothing left.
  return left > 0 ? Math.floor(left) : 0
}

export const describeNothingLeft = (line: OrderLineSnapshot): string =>
  (line.unshipped_quantity ?? 0) > 0
    ? line.unshipped_quantity === line.quantity
      ? "not shipped yet: it can be returned once delivered"
      : `${line.unshipped_quantity} of ${line.quantity} not shipped yet: they can be returned once delivered`
    : `nothing left to return (all ${line.quantity} returned or requested)`

/** Tags compare case-insensitively and ignoring surrounding spaces. */
export const normalizeTag = (tag: string): string => tag.trim().toLowerCase()

/** The policy's final-sale tags, normalized once per evaluation. */
export const finalSaleTags = (
  policy: Pick<ReturnPolicySnapshot, "excluded_product_tags">
): string[] => policy.excluded_product_tags.map(normalizeTag)

/**
 * Why a line is final sale, or null when it is not: a product tag among the
 * policy's excluded tags (`excludedTags` already normalized), or a category
 * among its excluded category ids (compared exactly: ids are not text).
 */
export const describeFinalSale = (
  excludedTags: string[],
  excludedCategoryIds: string[],
  line: OrderLineSnapshot
): string | null => {
  if (excludedTags.length) {
    for (const tag of line.product_tags) {
      if (excludedTags.includes(normalizeTag(tag))) {
        return `final sale (tagged "${tag}")`
      }
    }
  }
  if (excludedCategoryIds.length) {
    for (const categoryId of line.category_ids) {
      if (excludedCategoryIds.includes(categoryId)) {
        return `final sale (category ${categoryId})`
      }
    }
  }
  return null
}
