import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123144404 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_points_entry" add column if not exists "amount" numeric null, add column if not exists "raw_amount" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_points_entry" drop column if exists "amount", drop column if exists "raw_amount";`
    )
  }
}
