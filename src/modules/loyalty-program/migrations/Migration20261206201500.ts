import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Tiers no longer carry a return window: points are released when the
 * customer's return policy window closes, counted from delivery, so the
 * `return_window_days` the tier form used to write into `benefits` would
 * only contradict the policy customers are shown. Dropped from every tier.
 */
export class Migration20261206201500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "loyalty_tier" set "benefits" = "benefits" - 'return_window_days', "updated_at" = now() where "benefits" -> 'return_window_days' is not null;`
    )
  }

  override async down(): Promise<void> {
    // The dropped values are not kept: nothing reads them any more.
  }
}
