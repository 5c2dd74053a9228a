import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123144131 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_points_entry" drop constraint if exists "loyalty_points_entry_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "loyalty_reward" ("id" text not null, "name" text not null, "description" text null, "points_cost" integer not null, "kind" text check ("kind" in ('amount_off', 'percent_off', 'free_shipping')) not null, "value" numeric not null default 0, "currency_code" text null, "min_tier_rank" integer null, "active" boolean not null default true, "stock" integer null, "valid_days" integer not null default 90, "raw_value" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_reward_pkey" primary key ("id"), constraint loyalty_reward_cost_positive check (points_cost > 0), constraint loyalty_reward_stock_non_negative check (stock IS NULL OR stock >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_reward_deleted_at" ON "loyalty_reward" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_reward_active" ON "loyalty_reward" ("active") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_account" ("id" text not null, "customer_id" text not null, "tier_id" text null, "points_available" integer not null default 0, "points_pending" integer not null default 0, "points_debt" integer not null default 0, "lifetime_spend" numeric not null default 0, "orders_in_period" integer not null default 0, "tier_evaluated_at" timestamptz null, "below_tier_since" timestamptz null, "tier_locked" boolean not null default false, "tier_lock_reason" text null, "tier_lock_expires_at" timestamptz null, "tier_locked_by" text null, "raw_lifetime_spend" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_account_pkey" primary key ("id"), constraint loyalty_account_points_non_negative check (points_available >= 0 AND points_pending >= 0 AND points_debt >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_tier_id" ON "loyalty_account" ("tier_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_deleted_at" ON "loyalty_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_customer_id_unique" ON "loyalty_account" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_redemption" ("id" text not null, "account_id" text not null, "reward_id" text not null, "points" integer not null, "promotion_id" text null, "code" text null, "status" text check ("status" in ('issued', 'used', 'canceled')) not null default 'issued', "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_redemption_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_account_id" ON "loyalty_redemption" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_reward_id" ON "loyalty_redemption" ("reward_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_deleted_at" ON "loyalty_redemption" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_redemption_code" ON "loyalty_redemption" ("code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_points_entry" ("id" text not null, "account_id" text not null, "type" text check ("type" in ('earn', 'redeem', 'expire', 'adjust', 'reverse')) not null, "points" integer not null, "status" text check ("status" in ('pending', 'available', 'void')) not null default 'available', "available_at" timestamptz null, "expires_at" timestamptz null, "debt" integer not null default 0, "from_pending" integer not null default 0, "source_type" text null, "source_id" text null, "idempotency_key" text not null, "note" text null, "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_points_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_account_id" ON "loyalty_points_entry" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_deleted_at" ON "loyalty_points_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_idempotency_key_unique" ON "loyalty_points_entry" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_account_id_created_at" ON "loyalty_points_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_status_available_at" ON "loyalty_points_entry" ("status", "available_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_source_type_source_id" ON "loyalty_points_entry" ("source_type", "source_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_tier_change" ("id" text not null, "account_id" text not null, "from_tier_id" text null, "to_tier_id" text null, "changed_by" text not null, "reason" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_tier_change_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_change_account_id" ON "loyalty_tier_change" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_change_deleted_at" ON "loyalty_tier_change" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_change_account_id_created_at" ON "loyalty_tier_change" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "loyalty_account" add constraint "loyalty_account_tier_id_foreign" foreign key ("tier_id") references "loyalty_tier" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "loyalty_redemption" add constraint "loyalty_redemption_account_id_foreign" foreign key ("account_id") references "loyalty_account" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "loyalty_redemption" add constraint "loyalty_redemption_reward_id_foreign" foreign key ("reward_id") references "loyalty_reward" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "loyalty_points_entry" add constraint "loyalty_points_entry_account_id_foreign" foreign key ("account_id") references "loyalty_account" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "loyalty_tier_change" add constraint "loyalty_tier_change_account_id_foreign" foreign key ("account_id") references "loyalty_account" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "loyalty_tier" add column if not exists "points_multiplier" real not null default 1, add column if not exists "period_days" integer null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_redemption" drop constraint if exists "loyalty_redemption_reward_id_foreign";`
    )

    this.addSql(
      `alter table if exists "loyalty_redemption" drop constraint if exists "loyalty_redemption_account_id_foreign";`
    )

    this.addSql(
      `alter table if exists "loyalty_points_entry" drop constraint if exists "loyalty_points_entry_account_id_foreign";`
    )

    this.addSql(
      `alter table if exists "loyalty_tier_change" drop constraint if exists "loyalty_tier_change_account_id_foreign";`
    )

    this.addSql(`drop table if exists "loyalty_reward" cascade;`)

    this.addSql(`drop table if exists "loyalty_account" cascade;`)

    this.addSql(`drop table if exists "loyalty_redemption" cascade;`)

    this.addSql(`drop table if exists "loyalty_points_entry" cascade;`)

    this.addSql(`drop table if exists "loyalty_tier_change" cascade;`)

    this.addSql(
      `alter table if exists "loyalty_tier" drop column if exists "points_multiplier", drop column if exists "period_days";`
    )
  }
}
