import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125115946 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_request" drop constraint if exists "return_request_rma_number_unique";`
    )
    this.addSql(
      `alter table if exists "return_reason_code" drop constraint if exists "return_reason_code_code_unique";`
    )
    this.addSql(
      `alter table if exists "return_policy" drop constraint if exists "return_policy_policy_group_id_version_unique";`
    )
    this.addSql(
      `alter table if exists "return_policy" drop constraint if exists "return_policy_default_active_unique";`
    )
    this.addSql(
      `alter table if exists "return_policy" drop constraint if exists "return_policy_tier_id_active_unique";`
    )
    this.addSql(
      `create table if not exists "return_policy" ("id" text not null, "tier_id" text null, "name" text not null, "return_window_days" integer not null, "auto_approve_max_amount" numeric null, "free_return_shipping" boolean not null default false, "restocking_fee_percent" real not null default 0, "store_credit_bonus_percent" real not null default 0, "max_returns_per_period" integer null, "period_days" integer not null default 365, "return_rate_ceiling" real null, "excluded_product_tags" jsonb not null default '[]', "excluded_category_ids" jsonb not null default '[]', "active" boolean not null default true, "version" integer not null default 1, "policy_group_id" text not null, "raw_auto_approve_max_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_policy_pkey" primary key ("id"), constraint return_policy_window_non_negative check (return_window_days >= 0), constraint return_policy_auto_approve_non_negative check (auto_approve_max_amount IS NULL OR auto_approve_max_amount >= 0), constraint return_policy_restocking_fee_percent_range check (restocking_fee_percent >= 0 AND restocking_fee_percent <= 100), constraint return_policy_store_credit_bonus_percent_range check (store_credit_bonus_percent >= 0 AND store_credit_bonus_percent <= 100), constraint return_policy_max_returns_non_negative check (max_returns_per_period IS NULL OR max_returns_per_period >= 0), constraint return_policy_period_days_positive check (period_days > 0), constraint return_policy_return_rate_ceiling_range check (return_rate_ceiling IS NULL OR (return_rate_ceiling >= 0 AND return_rate_ceiling <= 1)), constraint return_policy_version_positive check (version >= 1));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_policy_deleted_at" ON "return_policy" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_return_policy_tier_id_active_unique" ON "return_policy" ("tier_id") WHERE active = true AND tier_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_return_policy_default_active_unique" ON "return_policy" ("active") WHERE active = true AND tier_id IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_return_policy_policy_group_id_version_unique" ON "return_policy" ("policy_group_id", "version") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "return_reason_code" ("id" text not null, "code" text not null, "label" text not null, "requires_review" boolean not null default false, "requires_evidence" boolean not null default false, "restocking_fee_percent_override" real null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_reason_code_pkey" primary key ("id"), constraint return_reason_code_code_format check (code ~ '^[A-Z][A-Z0-9_]*\$'), constraint return_reason_code_fee_override_range check (restocking_fee_percent_override IS NULL OR (restocking_fee_percent_override >= 0 AND restocking_fee_percent_override <= 100)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_reason_code_deleted_at" ON "return_reason_code" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_return_reason_code_code_unique" ON "return_reason_code" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_reason_code_active" ON "return_reason_code" ("active") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "return_request" ("id" text not null, "rma_number" text not null, "order_id" text not null, "customer_id" text not null, "channel" text check ("channel" in ('storefront', 'phone', 'email', 'chat', 'in_store')) not null, "created_by_type" text check ("created_by_type" in ('customer', 'admin')) not null, "created_by" text not null, "status" text check ("status" in ('pending_review', 'approved', 'rejected', 'canceled', 'completed')) not null default 'pending_review', "refund_estimate" jsonb not null, "refund_method" text check ("refund_method" in ('original_payment', 'store_credit')) not null default 'original_payment', "policy_id" text not null, "policy_version" integer not null, "tier_id" text null, "tier_name" text null, "return_id" text null, "note" text null, "decided_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_request_pkey" primary key ("id"), constraint return_request_rma_number_format check (rma_number ~ '^RMA-[0-9]{4}-[0-9]{6,}\$'), constraint return_request_policy_version_positive check (policy_version >= 1));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_deleted_at" ON "return_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_return_request_rma_number_unique" ON "return_request" ("rma_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_order_id" ON "return_request" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_customer_id" ON "return_request" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_status_created_at" ON "return_request" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_return_id" ON "return_request" ("return_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "return_decision" ("id" text not null, "request_id" text not null, "outcome" text check ("outcome" in ('auto_approve', 'review', 'reject', 'approved', 'rejected', 'canceled', 'completed')) not null, "decided_by_type" text check ("decided_by_type" in ('policy', 'admin', 'customer', 'system')) not null, "decided_by" text null, "policy_id" text not null, "policy_version" integer not null, "tier_snapshot" jsonb null, "rules" jsonb not null default '[]', "reasons" jsonb not null default '[]', "note" text null, "time_to_decision_ms" numeric not null default 0, "raw_time_to_decision_ms" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_decision_pkey" primary key ("id"), constraint return_decision_time_non_negative check (time_to_decision_ms >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_decision_request_id" ON "return_decision" ("request_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_decision_deleted_at" ON "return_decision" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_decision_request_id_created_at" ON "return_decision" ("request_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "return_request_item" ("id" text not null, "request_id" text not null, "line_item_id" text not null, "quantity" integer not null, "reason_code" text not null, "condition" text check ("condition" in ('new', 'opened', 'damaged', 'defective')) null, "note" text null, "refund_amount" numeric not null default 0, "restocking_fee" numeric not null default 0, "raw_refund_amount" jsonb not null default '{"value":"0","precision":20}', "raw_restocking_fee" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_request_item_pkey" primary key ("id"), constraint return_request_item_quantity_positive check (quantity > 0), constraint return_request_item_amounts_non_negative check (refund_amount >= 0 AND restocking_fee >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_item_request_id" ON "return_request_item" ("request_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_item_deleted_at" ON "return_request_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_item_line_item_id" ON "return_request_item" ("line_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "return_rma_sequence" ("year" serial primary key, "last" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint return_rma_sequence_last_non_negative check (last >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_rma_sequence_deleted_at" ON "return_rma_sequence" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "return_decision" add constraint "return_decision_request_id_foreign" foreign key ("request_id") references "return_request" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "return_request_item" add constraint "return_request_item_request_id_foreign" foreign key ("request_id") references "return_request" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "return_decision" drop constraint if exists "return_decision_request_id_foreign";`
    )

    this.addSql(
      `alter table if exists "return_request_item" drop constraint if exists "return_request_item_request_id_foreign";`
    )

    this.addSql(`drop table if exists "return_policy" cascade;`)

    this.addSql(`drop table if exists "return_reason_code" cascade;`)

    this.addSql(`drop table if exists "return_request" cascade;`)

    this.addSql(`drop table if exists "return_decision" cascade;`)

    this.addSql(`drop table if exists "return_request_item" cascade;`)

    this.addSql(`drop table if exists "return_rma_sequence" cascade;`)
  }
}
