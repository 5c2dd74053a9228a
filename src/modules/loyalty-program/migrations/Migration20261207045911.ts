import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Per-day rollup of the ledger for the program report (see
 * `queries/report-rollup.ts`): points per UTC day × entry type. Every
 * statement that writes entries appends the days it touched to
 * `loyalty_report_change` in the writer's own transaction (an append:
 * concurrent writers never wait on each other); a day with a change row is
 * read live until the refresh recomputes it. Existing days are all marked
 * here for the scheduled refresh.
 *
 * Two covering indexes for the report's purchase figures (order-cohorts):
 * the earn entries of a period by creation time, and, on Medusa's `order`
 * table, the customer orders of a period. The second is the one index the
 * plugin puts on a core table: the accrual check is about the orders that
 * did NOT earn points, so it must read Medusa's orders, and `order` has no
 * `created_at` index; partial and covering, it answers the report's
 * period from the index alone. Skipped when the order module is absent.
 */
export class Migration20261207045911 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "loyalty_report_change" (
      "id" bigserial primary key,
      "day" date not null
    );`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_report_change_day" ON "loyalty_report_change" ("day", "id");`
    )
    this.addSql(`create table if not exists "loyalty_report_points_day" (
      "day" date not null,
      "type" text not null,
      "points" bigint not null,
      "entries" integer not null
    );`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_report_points_day_day" ON "loyalty_report_points_day" ("day");`
    )
    this.addSql(`create or replace function "loyalty_report_entry_changed"()
      returns trigger language plpgsql as $$
      begin
        if TG_OP = 'INSERT' then
          insert into "loyalty_report_change" ("day")
          select distinct ("created_at" at time zone 'UTC')::date from "new_rows" order by 1;
        elsif TG_OP = 'UPDATE' then
          insert into "loyalty_report_change" ("day")
          select distinct d from (
            select ("created_at" at time zone 'UTC')::date as d from "new_rows"
            union select ("created_at" at time zone 'UTC')::date from "old_rows"
          ) days order by 1;
        else
          insert into "loyalty_report_change" ("day")
          select distinct ("created_at" at time zone 'UTC')::date from "old_rows" order by 1;
        end if;
        return null;
      end $$;`)
    const table = "loyalty_points_entry"
    this.addSql(
      `drop trigger if exists "${table}_report_insert" on "${table}";`
    )
    this
      .addSql(`create trigger "${table}_report_insert" after insert on "${table}"
      referencing new table as "new_rows" for each statement execute function "loyalty_report_entry_changed"();`)
    this.addSql(
      `drop trigger if exists "${table}_report_update" on "${table}";`
    )
    this
      .addSql(`create trigger "${table}_report_update" after update on "${table}"
      referencing old table as "old_rows" new table as "new_rows" for each statement execute function "loyalty_report_entry_changed"();`)
    this.addSql(
      `drop trigger if exists "${table}_report_delete" on "${table}";`
    )
    this
      .addSql(`create trigger "${table}_report_delete" after delete on "${table}"
      referencing old table as "old_rows" for each statement execute function "loyalty_report_entry_changed"();`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_order_earn" ON "loyalty_points_entry" ("created_at") INCLUDE ("source_id") WHERE "type" = 'earn' AND "source_type" = 'order' AND "deleted_at" IS NULL;`
    )
    this.addSql(`do $$ begin
      if to_regclass('"order"') is not null then
        CREATE INDEX IF NOT EXISTS "IDX_rms_order_customer_orders" ON "order" ("created_at") INCLUDE ("customer_id", "id")
        WHERE "deleted_at" IS NULL AND "customer_id" IS NOT NULL AND "status" <> 'canceled';
      end if;
    end $$;`)
    this.addSql(`insert into "loyalty_report_change" ("day")
      select distinct ("created_at" at time zone 'UTC')::date from "${table}" order by 1;`)
  }

  override async down(): Promise<void> {
    for (const op of ["insert", "update", "delete"]) {
      this.addSql(
        `drop trigger if exists "loyalty_points_entry_report_${op}" on "loyalty_points_entry";`
      )
    }
    this.addSql(`drop index if exists "IDX_rms_order_customer_orders";`)
    this.addSql(`drop index if exists "IDX_loyalty_points_entry_order_earn";`)
    this.addSql(`drop function if exists "loyalty_report_entry_changed"();`)
    this.addSql(`drop table if exists "loyalty_report_points_day";`)
    this.addSql(`drop table if exists "loyalty_report_change";`)
  }
}
