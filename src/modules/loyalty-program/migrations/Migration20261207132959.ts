import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { BACKFILL_ORDER_FACTS } from "../queries/order-facts"

/**
 * Per-order facts for the program report (`models/order-fact.ts`): the
 * report's purchase figures read these instead of Medusa's orders. The
 * existing orders are backfilled here (`BACKFILL_ORDER_FACTS`: from the
 * `order` table with the ledger's points, or from the ledger alone when the
 * order module is elsewhere), each linked to its customer's previous and
 * next order.
 *
 * The two indexes the report used to read orders and earn entries by are
 * dropped: nothing reads them any more, and the one on Medusa's `order`
 * table was the plugin's only index on a core table.
 */
export class Migration20261207132959 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "loyalty_order_fact" drop constraint if exists "loyalty_order_fact_order_id_unique";`
    )
    this.addSql(
      `create table if not exists "loyalty_order_fact" ("id" text not null, "order_id" text not null, "customer_id" text not null, "currency_code" text null, "amount" numeric null, "tier_id" text null, "placed_at" timestamptz not null, "points_earned" integer not null default 0, "points_reversed" integer not null default 0, "canceled_at" timestamptz null, "prev_placed_at" timestamptz null, "next_placed_at" timestamptz null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_order_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_fact_deleted_at" ON "loyalty_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_order_fact_order_id_unique" ON "loyalty_order_fact" ("order_id") WHERE deleted_at IS NULL;`
    )
    // The other indexes after the backfill: built once over a large store's
    // orders rather than updated row by row.
    this.addSql(BACKFILL_ORDER_FACTS)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_fact_customer_id_placed_at" ON "loyalty_order_fact" ("customer_id", "placed_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_fact_placed_at_points_earned" ON "loyalty_order_fact" ("placed_at", "points_earned") WHERE deleted_at IS NULL AND canceled_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_fact_latest" ON "loyalty_order_fact" ("placed_at", "customer_id", "prev_placed_at") WHERE deleted_at IS NULL AND canceled_at IS NULL AND next_placed_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_fact_followed" ON "loyalty_order_fact" ("next_placed_at", "placed_at", "customer_id", "prev_placed_at") WHERE deleted_at IS NULL AND canceled_at IS NULL AND next_placed_at IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_order_fact_placed_at_order_id" ON "loyalty_order_fact" ("placed_at", "order_id") WHERE deleted_at IS NULL AND canceled_at IS NULL AND points_earned <= 0;`
    )
    this.addSql(`drop index if exists "IDX_rms_order_customer_orders";`)
    this.addSql(`drop index if exists "IDX_loyalty_points_entry_order_earn";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_order_earn" ON "loyalty_points_entry" ("created_at") INCLUDE ("source_id") WHERE "type" = 'earn' AND "source_type" = 'order' AND "deleted_at" IS NULL;`
    )
    this.addSql(`do $$ begin
      if to_regclass('"order"') is not null then
        CREATE INDEX IF NOT EXISTS "IDX_rms_order_customer_orders" ON "order" ("created_at") INCLUDE ("customer_id", "id")
        WHERE "deleted_at" IS NULL AND "customer_id" IS NOT NULL AND "status" <> 'canceled';
      end if;
    end $$;`)
    this.addSql(`drop table if exists "loyalty_order_fact" cascade;`)
  }
}
