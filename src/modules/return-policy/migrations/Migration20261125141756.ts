import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125141756 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_request" add column if not exists "idempotency_key" text null, add column if not exists "opened_at" timestamptz null;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_return_request_idempotency_key_unique" ON "return_request" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_created_by_type_created_at" ON "return_request" ("created_by_type", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "return_decision" add column if not exists "override" jsonb null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_return_request_idempotency_key_unique";`
    )
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_return_request_created_by_type_created_at";`
    )
    this.addSql(
      `alter table if exists "return_request" drop column if exists "idempotency_key", drop column if exists "opened_at";`
    )
    this.addSql(
      `alter table if exists "return_decision" drop column if exists "override";`
    )
  }
}
