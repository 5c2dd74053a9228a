import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Loyalty imports: one row per CSV import of another program's members and
 * balances, with its progress and report (the ledger entries it writes are
 * ordinary `adjust` entries naming it).
 */
export class Migration20261207015000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "loyalty_import" ("id" text not null, "format" text check ("format" in ('plain', 'smile', 'loyaltylion', 'yotpo')) not null, "source" text not null, "filename" text null, "file_hash" text not null, "status" text check ("status" in ('queued', 'running', 'completed', 'failed')) not null default 'queued', "total_rows" integer not null default 0, "processed_rows" integer not null default 0, "summary" jsonb null, "tier_mapping" jsonb null, "error" text null, "content" text null, "created_by" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_import_pkey" primary key ("id"), constraint loyalty_import_total_rows_non_negative check (total_rows >= 0), constraint loyalty_import_processed_rows_non_negative check (processed_rows >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_import_deleted_at" ON "loyalty_import" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_import_created_at" ON "loyalty_import" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_import_status" ON "loyalty_import" ("status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loyalty_import" cascade;`)
  }
}
