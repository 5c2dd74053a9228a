import { model } from "@medusajs/framework/utils"
import LoyaltyAccount from "./loyalty-account"

/**
 * Append-only points ledger. `points` is signed (earn > 0, redeem < 0).
 * `idempotency_key` is unique per source event so a redelivered event
 * cannot write twice.
 */
const PointsEntry = model
  .define("loyalty_points_entry", {
    id: model.id({ prefix: "lpe" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, { mappedBy: "entries" }),
    type: model.enum(["earn", "redeem", "expire", "adjust", "reverse"]),
    points: model.number(),
    // Earned points stay pending until the return window has passed.
    status: model.enum(["pending", "available", "void"]).default("available"),
    available_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    // Part of a reversal that could not be taken from the balance because the
    // points were already spent: recorded as debt.
    debt: model.number().default(0),
    // Net value (items, after discounts, without tax) of the order or of the
    // returned share behind an earn / reverse entry: what tier thresholds on
    // spend add up.
    amount: model.bigNumber().nullable(),
    // Part of a reversal taken from the source's still-pending points.
    from_pending: model.number().default(0),
    source_type: model.text().nullable(),
    source_id: model.text().nullable(),
    idempotency_key: model.text(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
    // For earn entries: each line's quantity and net value when the order was
    // placed, so a later return reverses its share even though Medusa's line
    // totals change once items come back.
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["account_id", "created_at"] },
    { on: ["status", "available_at"] },
    { on: ["source_type", "source_id"] },
    // The program report sums a period of the ledger by creation time.
    { on: ["created_at"] },
  ])

export default PointsEntry
