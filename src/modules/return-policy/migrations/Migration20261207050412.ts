import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Exchange terms on every policy version: allowed, auto-approved, instant
 * (the new item ships before the old one arrives) and the days the old item
 * has to come back after an instant exchange. Existing policies offer no
 * exchanges until the merchant turns them on.
 */
export class Migration20261207050412 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_policy" add column if not exists "exchanges_allowed" boolean not null default false, add column if not exists "exchange_auto_approve" boolean not null default false, add column if not exists "instant_exchange" boolean not null default false, add column if not exists "instant_exchange_return_days" integer not null default 14;`
    )
    this.addSql(
      `alter table if exists "return_policy" drop constraint if exists "return_policy_instant_exchange_days_positive";`
    )
    this.addSql(
      `alter table if exists "return_policy" add constraint "return_policy_instant_exchange_days_positive" check (instant_exchange_return_days > 0);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "return_policy" drop constraint if exists "return_policy_instant_exchange_days_positive";`
    )
    this.addSql(
      `alter table if exists "return_policy" drop column if exists "exchanges_allowed", drop column if exists "exchange_auto_approve", drop column if exists "instant_exchange", drop column if exists "instant_exchange_return_days";`
    )
  }
}
