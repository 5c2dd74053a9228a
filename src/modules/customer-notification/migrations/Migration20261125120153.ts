import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125120153 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "notification_preference" drop constraint if exists "notification_preference_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "customer_notification" drop constraint if exists "customer_notification_idempotency_key_unique";`
    )
    this.addSql(
      `create table if not exists "customer_notification" ("id" text not null, "customer_id" text not null, "template" text not null, "title" text not null, "body" text not null, "data" jsonb null, "read_at" timestamptz null, "source_event" text not null, "entity_type" text null, "entity_id" text null, "idempotency_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_notification_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_notification_deleted_at" ON "customer_notification" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_notification_idempotency_key_unique" ON "customer_notification" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_notification_customer_id_created_at" ON "customer_notification" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_notification_customer_id_read_at" ON "customer_notification" ("customer_id", "read_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "notification_attempt" ("id" text not null, "idempotency_key" text not null, "event" text not null, "template" text not null, "channel" text check ("channel" in ('email', 'sms', 'feed')) not null, "recipient" text null, "status" text check ("status" in ('sent', 'failed', 'fallback')) not null, "error" text null, "attempt" integer not null default 1, "notification_id" text null, "external_id" text null, "entity_type" text not null, "entity_id" text not null, "customer_id" text null, "transactional" boolean not null default true, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_attempt_pkey" primary key ("id"), constraint notification_attempt_attempt_positive check (attempt >= 1));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_attempt_deleted_at" ON "notification_attempt" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_attempt_idempotency_key_status" ON "notification_attempt" ("idempotency_key", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_attempt_status_created_at" ON "notification_attempt" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_attempt_template" ON "notification_attempt" ("template") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_attempt_customer_id" ON "notification_attempt" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_attempt_entity_id" ON "notification_attempt" ("entity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_attempt_created_at" ON "notification_attempt" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "notification_preference" ("id" text not null, "customer_id" text not null, "marketing_opt_out" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_preference_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_preference_deleted_at" ON "notification_preference" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_preference_customer_id_unique" ON "notification_preference" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_notification" cascade;`)

    this.addSql(`drop table if exists "notification_attempt" cascade;`)

    this.addSql(`drop table if exists "notification_preference" cascade;`)
  }
}
