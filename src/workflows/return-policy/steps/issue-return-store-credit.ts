import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MedusaError,
  Modules,
  PromotionStatus,
  PromotionType,
} from "@medusajs/framework/utils"
import type { RefundBreakdown } from "../../../modules/return-policy/engine"
import { returnPolicyStep } from "../../utils/module-step"

export type IssueReturnStoreCreditStepInput = {
  request_id: string
}

export type IssuedStoreCredit = {
  /** `store_credit_account`: @medusajs/loyalty-plugin; `promotion`: a single-use code. */
  kind: "store_credit_account" | "promotion"
  amount: number
  currency_code: string
  /** The promotion code, or the store credit account's code. */
  code: string | null
  promotion_id: string | null
  account_id: string | null
  /** When it was credited (ISO); absent on credits issued before it was recorded. */
  issued_at?: string
}

type Undo =
  | { kind: "promotion"; promotion_id: string; request_id: string }
  | {
      kind: "store_credit_account"
      account_id: string
      /** The account was opened for this credit: closed again on undo. */
      created_account: boolean
      request_id: string
    }
  | { kind: "none" }

type StoreCreditModule = {
  listStoreCreditAccounts: (f: object) => Promise<any[]>
  listAccountTransactions: (f: object) => Promise<{ id: string }[]>
  deleteAccountTransactions: (ids: string[]) => Promise<void>
  deleteStoreCreditAccounts: (ids: string[]) => Promise<void>
}

export const issueReturnStoreCreditStepId = "issue-return-store-credit"

// The official loyalty plugin is optional: loaded only when the store has it.
const loyaltyPluginWorkflows = (): Record<string, any> | null => {
  try {
    return require("@medusajs/loyalty-plugin/workflows")
  } catch {
    return null
  }
}

/**
 * Credits the refund of a request paid back in store credit: the refund
 * plus the tier's store-credit bonus (`credited_total` of the estimate).
 * With `@medusajs/loyalty-plugin` installed the customer's store credit
 * account (created on first use) is credited; otherwise a single-use fixed
 * promotion only this customer can apply. Once per request: the credit is
 * recorded on the request and a second run returns it. Compensation takes
 * the credit back: the promotion, or the account's ledger entry (and the
 * account if this step opened it), and the record on the request.
 *
 * @example
 * const credit = issueReturnStoreCreditStep({ request_id: "rreq_123" })
 */
export const issueReturnStoreCreditStep = returnPolicyStep(
  issueReturnStoreCreditStepId,
  async (input: IssueReturnStoreCreditStepInput, service, { container }) => {
    const request = await service.retrieveReturnRequest(input.request_id)
    const meta = (request.metadata ?? {}) as Record<string, unknown>
    if (meta.store_credit) {
      return new StepResponse(
        meta.store_credit as IssuedStoreCredit,
        {
          kind: "none",
        } as Undo
      )
    }
    const estimate = request.refund_estimate as unknown as RefundBreakdown
    const amount = Number(estimate.credited_total ?? 0)
    if (!(amount > 0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Return request ${request.rma_number} has no amount to credit`
      )
    }
    const currencyCode = estimate.currency_code

    const plugin = container.hasRegistration("store_credit")
      ? loyaltyPluginWorkflows()
      : null
    let credit: IssuedStoreCredit
    let undo: Undo = { kind: "none" }
    if (plugin) {
      const storeCredit = container.resolve("store_credit") as StoreCreditModule
      let [account] = await storeCredit.listStoreCreditAccounts({
        customer_id: request.customer_id,
        currency_code: currencyCode,
      })
      const createdAccount = !account
      if (!account) {
        const { result } = await plugin
          .createStoreCreditAccountsWorkflow(container)
          .run({
            input: [
              { customer_id: request.customer_id, currency_code: currencyCode },
            ],
          })
        account = result[0]
      }
      await plugin.creditStoreCreditAccountWorkflow(container).run({
        input: {
          account_id: account.id,
          amount,
          note: `Return ${request.rma_number}`,
          reference: "return_request",
          reference_id: request.id,
        },
      })
      credit = {
        kind: "store_credit_account",
        amount,
        currency_code: currencyCode,
        code: account.code ?? null,
        promotion_id: null,
        account_id: account.id,
        issued_at: new Date().toISOString(),
      }
      undo = {
        kind: "store_credit_account",
        account_id: account.id,
        created_account: createdAccount,
        request_id: request.id,
      }
    } else {
      const promotions = container.resolve(Modules.PROMOTION)
      // Derived from the RMA: a duplicate would be refused by Medusa's
      // unique promotion code instead of crediting twice.
      const code = `CREDIT-${request.rma_number.replace(/^RMA-/, "")}`
      const [existing] = await promotions.listPromotions(
        { code },
        {
          take: 1,
        }
      )
      // A concurrent run for the same receipt created it: that run owns it.
      const promotion =
        existing ??
        (
          await promotions.createPromotions([
            {
              code,
              type: PromotionType.STANDARD,
              status: PromotionStatus.ACTIVE,
              is_automatic: false,
              limit: 1,
              application_method: {
                type: "fixed",
                target_type: "order",
                allocation: "across",
                value: amount,
                currency_code: currencyCode,
              },
              rules: [
                {
                  attribute: "customer.id",
                  operator: "eq",
                  values: [request.customer_id],
                },
              ],
            },
          ])
        )[0]
      credit = {
        kind: "promotion",
        amount,
        currency_code: currencyCode,
        code: promotion.code ?? code,
        promotion_id: promotion.id,
        account_id: null,
        issued_at: new Date().toISOString(),
      }
      if (!existing) {
        undo = {
          kind: "promotion",
          promotion_id: promotion.id,
          request_id: request.id,
        }
      }
    }

    await service.updateReturnRequests({
      id: request.id,
      metadata: { ...meta, store_credit: credit },
    })
    return new StepResponse(credit, undo)
  },
  async (undo, service, { container }) => {
    if (undo.kind === "none") {
      return
    }
    if (undo.kind === "promotion") {
      const promotions = container.resolve(Modules.PROMOTION)
      await promotions.deletePromotions([undo.promotion_id])
    } else {
      // The plugin's credit is one ledger transaction referencing the
      // request: removing it takes the credit back out of the balance.
      const storeCredit = container.resolve("store_credit") as StoreCreditModule
      const transactions = await storeCredit.listAccountTransactions({
        account_id: undo.account_id,
        reference: "return_request",
        reference_id: undo.request_id,
      })
      if (transactions.length) {
        await storeCredit.deleteAccountTransactions(
          transactions.map((t) => t.id)
        )
      }
      if (undo.created_account) {
        await storeCredit.deleteStoreCreditAccounts([undo.account_id])
      }
    }
    // Medusa merges metadata on update: an empty string removes the key.
    await service.updateReturnRequests({
      id: undo.request_id,
      metadata: { store_credit: "" },
    })
  }
)
