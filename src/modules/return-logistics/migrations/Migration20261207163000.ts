import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Who chose how the parcel leaves: the customer, or staff booking it for
 * them. Shipments chosen before this stay null (the record does not say).
 */
export class Migration20261207163000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_shipment" add column if not exists "method_chosen_by_type" text check ("method_chosen_by_type" in ('customer', 'admin')) null, add column if not exists "method_chosen_by" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "return_shipment" drop column if exists "method_chosen_by_type", drop column if exists "method_chosen_by";`
    )
  }
}
