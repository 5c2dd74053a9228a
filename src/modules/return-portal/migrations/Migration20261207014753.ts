import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207014753 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_rate_limit" drop constraint if exists "portal_rate_limit_scope_key_window_start_unique";`
    )
    this.addSql(
      `create table if not exists "guest_access_code" ("id" text not null, "order_id" text not null, "code_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "failed_attempts" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "guest_access_code_pkey" primary key ("id"), constraint guest_access_code_failed_attempts_non_negative check (failed_attempts >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_guest_access_code_deleted_at" ON "guest_access_code" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_guest_access_code_order_id_expires_at" ON "guest_access_code" ("order_id", "expires_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_guest_access_code_expires_at" ON "guest_access_code" ("expires_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_rate_limit" ("id" text not null, "scope" text not null, "key" text not null, "window_start" timestamptz not null, "count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_rate_limit_pkey" primary key ("id"), constraint portal_rate_limit_count_non_negative check (count >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_rate_limit_deleted_at" ON "portal_rate_limit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_rate_limit_scope_key_window_start_unique" ON "portal_rate_limit" ("scope", "key", "window_start") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_rate_limit_window_start" ON "portal_rate_limit" ("window_start") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "guest_access_code" cascade;`)

    this.addSql(`drop table if exists "portal_rate_limit" cascade;`)
  }
}
