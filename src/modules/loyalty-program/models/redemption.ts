import { model } from "@medusajs/framework/utils"
import LoyaltyAccount from "./loyalty-account"
import Reward from "./reward"

/** A reward issued to a customer as a single-use Medusa promotion code. */
const Redemption = model
  .define("loyalty_redemption", {
    id: model.id({ prefix: "lrdm" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, {
      mappedBy: "redemptions",
    }),
    reward: model.belongsTo(() => Reward, { mappedBy: undefined }),
    points: model.number(),
    promotion_id: model.text().nullable(),
    code: model.text().nullable(),
    status: model.enum(["issued", "used", "canceled"]).default("issued"),
    expires_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["account_id"] },
    { on: ["code"] },
    // The program report counts a period's redemptions.
    { on: ["created_at"] },
  ])

export default Redemption
