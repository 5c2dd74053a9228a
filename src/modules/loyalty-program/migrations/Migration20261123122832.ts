import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123122832 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_tier" drop constraint if exists "loyalty_tier_name_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_tier" drop constraint if exists "loyalty_tier_rank_unique";`
    )
    this.addSql(
      `create table if not exists "loyalty_tier" ("id" text not null, "name" text not null, "description" text null, "rank" integer not null, "min_lifetime_spend" numeric null, "min_orders" integer null, "min_points" integer null, "benefits" jsonb not null default '{}', "raw_min_lifetime_spend" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_tier_pkey" primary key ("id"), constraint loyalty_tier_rank_non_negative check (rank >= 0), constraint loyalty_tier_min_orders_non_negative check (min_orders IS NULL OR min_orders >= 0), constraint loyalty_tier_min_points_non_negative check (min_points IS NULL OR min_points >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_deleted_at" ON "loyalty_tier" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_rank_unique" ON "loyalty_tier" ("rank") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_name_unique" ON "loyalty_tier" ("name") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loyalty_tier" cascade;`)
  }
}
