import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207032532 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "loyalty_balance_check" ("id" text not null, "accounts_checked" integer not null, "mismatched" integer not null, "accuracy" real not null, "mismatches" jsonb not null, "checked_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_balance_check_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_balance_check_deleted_at" ON "loyalty_balance_check" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_balance_check_created_at" ON "loyalty_balance_check" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_created_at" ON "loyalty_redemption" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_created_at" ON "loyalty_points_entry" ("created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loyalty_balance_check" cascade;`)

    this.addSql(`drop index if exists "IDX_loyalty_redemption_created_at";`)

    this.addSql(`drop index if exists "IDX_loyalty_points_entry_created_at";`)
  }
}
