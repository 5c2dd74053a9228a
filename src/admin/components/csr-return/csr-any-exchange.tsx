import { Button, Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useState } from "react"
import {
  useExchangeVariants,
  type AnyExchangeOption,
} from "../../hooks/api/csr-returns"
import { formatMoney } from "../../lib/format"
import { ErrorText } from "../common/form-field"
import { useDebouncedValue } from "./use-debounced-value"

// A CSR types while on the phone: wait for a pause before searching.
const SEARCH_DEBOUNCE_MS = 300
const PAGE = 10
/** The route's largest page. */
const MAX_RESULTS = 50

/** "Merino Crew Sweater M · €94.80 · 12 in stock". */
const optionLabel = (option: AnyExchangeOption, currency: string) =>
  [
    `${option.product_title} ${option.title}`,
    formatMoney(option.unit_total, currency),
    option.available === null
      ? "stock not tracked"
      : `${option.available} in stock`,
  ].join(" · ")

/**
 * "Exchange for something else" on one line of the CSR form: a search by
 * product title of what the line can be exchanged for (in stock, priced
 * with the line's tax rate, up to what the customer paid for one unit) and
 * a pick among the results.
 */
export const CsrAnyExchange = ({
  orderId,
  lineItemId,
  value,
  error,
  onChange,
}: {
  orderId: string
  lineItemId: string
  /** The variant picked; empty until then. */
  value: string
  error?: string
  onChange: (variantId: string) => void
}) => {
  const [q, setQ] = useState("")
  const [limit, setLimit] = useState(PAGE)
  const debouncedQ = useDebouncedValue(q.trim(), SEARCH_DEBOUNCE_MS)
  const search = useExchangeVariants({
    order_id: orderId,
    line_item_id: lineItemId,
    ...(debouncedQ ? { q: debouncedQ } : {}),
    limit,
  })
  const id = `csr-${lineItemId}-any`
  const page = search.data
  return (
    <div
      className="flex flex-col gap-y-2"
      data-testid={`csr-line-any-exchange-${lineItemId}`}
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${id}-q`} size="small" weight="plus">
          Exchange for
        </Label>
        <Input
          id={`${id}-q`}
          type="search"
          size="small"
          placeholder="Search products by title"
          value={q}
          maxLength={200}
          onChange={(e) => {
            setQ(e.target.value)
            setLimit(PAGE)
          }}
          data-testid={`csr-line-any-exchange-q-${lineItemId}`}
        />
        {page && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            In stock, up to {formatMoney(page.credit, page.currency_code)} per
            unit (what the customer paid): the customer never pays extra.
          </Text>
        )}
      </div>
      {search.isError ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {search.error.message}
        </Text>
      ) : !page ? (
        <Text size="small" className="text-ui-fg-subtle">
          Searching…
        </Text>
      ) : page.exchange_variants.length === 0 ? (
        <Text
          size="small"
          className="text-ui-fg-subtle"
          data-testid={`csr-line-any-exchange-none-${lineItemId}`}
        >
          Nothing in stock {debouncedQ ? `matches "${debouncedQ}" ` : ""}
          within the line&apos;s credit.
        </Text>
      ) : (
        <RadioGroup
          className="flex flex-col gap-y-1 overflow-y-auto rounded-md border px-3 py-2"
          // A long result list scrolls inside the form (inline: Tailwind
          // classes the dashboard does not use are not in its stylesheet).
          style={{ maxHeight: "16rem" }}
          value={value}
          onValueChange={onChange}
          aria-label="Exchange for"
          aria-busy={search.isFetching}
        >
          {page.exchange_variants.map((option) => (
            <div
              key={option.variant_id}
              className="flex items-center gap-x-2"
              data-testid="csr-any-exchange-option"
            >
              <RadioGroup.Item
                value={option.variant_id}
                id={`${id}-${option.variant_id}`}
              />
              <Label htmlFor={`${id}-${option.variant_id}`} size="small">
                {optionLabel(option, page.currency_code)}
              </Label>
            </div>
          ))}
        </RadioGroup>
      )}
      {page?.has_more && limit < MAX_RESULTS && (
        <div>
          <Button
            type="button"
            variant="transparent"
            size="small"
            isLoading={search.isFetching}
            onClick={() => setLimit((l) => Math.min(l + PAGE, MAX_RESULTS))}
          >
            Show more
          </Button>
        </div>
      )}
      {page?.has_more && limit >= MAX_RESULTS && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          More products fit: narrow the search.
        </Text>
      )}
      <ErrorText size="xsmall">{error}</ErrorText>
    </div>
  )
}
