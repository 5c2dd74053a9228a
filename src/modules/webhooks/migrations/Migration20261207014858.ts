import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207014858 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "webhook_delivery" drop constraint if exists "webhook_delivery_endpoint_id_event_id_unique";`
    )
    this.addSql(
      `create table if not exists "webhook_delivery" ("id" text not null, "seq" serial, "endpoint_id" text not null, "event_id" text not null, "type" text not null, "entity_id" text not null, "payload" jsonb not null, "replay_of" text null, "status" text check ("status" in ('pending', 'succeeded', 'failed', 'canceled')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz not null, "locked_until" timestamptz null, "last_status_code" integer null, "last_latency_ms" integer null, "last_error" text null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"), constraint webhook_delivery_attempts_positive check (attempts >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_deleted_at" ON "webhook_delivery" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_status_next_attempt_at" ON "webhook_delivery" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_endpoint_id_entity_id_seq" ON "webhook_delivery" ("endpoint_id", "entity_id", "seq") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_endpoint_id_created_at" ON "webhook_delivery" ("endpoint_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_webhook_delivery_endpoint_id_event_id_unique" ON "webhook_delivery" ("endpoint_id", "event_id") WHERE replay_of IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_webhook_delivery_event_id" ON "webhook_delivery" ("event_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "webhook_endpoint" ("id" text not null, "url" text not null, "description" text null, "events" text[] not null, "secret" text not null, "active" boolean not null default true, "consecutive_failures" integer not null default 0, "disabled_at" timestamptz null, "disabled_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_endpoint_pkey" primary key ("id"), constraint webhook_endpoint_consecutive_failures_positive check (consecutive_failures >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_webhook_endpoint_deleted_at" ON "webhook_endpoint" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_webhook_endpoint_active" ON "webhook_endpoint" ("active") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade;`)

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`)
  }
}
