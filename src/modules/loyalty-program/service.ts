import { MedusaService } from "@medusajs/framework/utils"
import Tier from "./models/tier"

/**
 * Loyalty program module service: tiers, accounts, the points ledger and
 * rewards. Generated CRUD comes from `MedusaService`; methods added here are
 * the rules that need the database.
 */
class LoyaltyProgramModuleService extends MedusaService({
  LoyaltyTier: Tier,
}) {}

export default LoyaltyProgramModuleService
