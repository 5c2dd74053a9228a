import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Per-day rollups of the returns report (see `queries/report-rollup.ts`):
 * request counts per day × tier × channel × status × first decision, the
 * decision times per day × tier (a histogram, so percentiles stay exact)
 * and items per day × tier × reason code.
 *
 * Every statement that writes requests or items appends the UTC days it
 * touched to `return_report_change`, in the writer's own transaction
 * (statement-level triggers over the transition tables): an append, so
 * concurrent writers on any number of instances never wait on each other.
 * A day with a change row is read live until the refresh recomputes it.
 * Existing days are all marked here; the scheduled refresh rolls them up.
 */
export class Migration20261207045206 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "return_report_change" (
      "id" bigserial primary key,
      "day" date not null
    );`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_report_change_day" ON "return_report_change" ("day", "id");`
    )
    this.addSql(`create table if not exists "return_report_request_day" (
      "day" date not null,
      "tier_id" text null,
      "tier_name" text null,
      "tier_name_at" timestamptz not null,
      "channel" text not null,
      "status" text not null,
      "first_outcome" text null,
      "first_decided_by_type" text null,
      "requests" integer not null,
      "items" bigint not null
    );`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_report_request_day_day" ON "return_report_request_day" ("day");`
    )
    this.addSql(`create table if not exists "return_report_decision_day" (
      "day" date not null,
      "tier_id" text null,
      "seconds" double precision not null,
      "requests" integer not null
    );`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_report_decision_day_day" ON "return_report_decision_day" ("day");`
    )
    this.addSql(`create table if not exists "return_report_reason_day" (
      "day" date not null,
      "tier_id" text null,
      "reason_code" text not null,
      "items" bigint not null,
      "requests" integer not null
    );`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_report_reason_day_day" ON "return_report_reason_day" ("day");`
    )

    // Requests: the days of the rows before and after the statement (a
    // moved created_at changes two days).
    this.addSql(`create or replace function "return_report_request_changed"()
      returns trigger language plpgsql as $$
      begin
        if TG_OP = 'INSERT' then
          insert into "return_report_change" ("day")
          select distinct ("created_at" at time zone 'UTC')::date from "new_rows" order by 1;
        elsif TG_OP = 'UPDATE' then
          insert into "return_report_change" ("day")
          select distinct d from (
            select ("created_at" at time zone 'UTC')::date as d from "new_rows"
            union select ("created_at" at time zone 'UTC')::date from "old_rows"
          ) days order by 1;
        else
          insert into "return_report_change" ("day")
          select distinct ("created_at" at time zone 'UTC')::date from "old_rows" order by 1;
        end if;
        return null;
      end $$;`)
    // Items count on their request's day.
    this.addSql(`create or replace function "return_report_item_changed"()
      returns trigger language plpgsql as $$
      begin
        if TG_OP = 'INSERT' then
          insert into "return_report_change" ("day")
          select distinct (r."created_at" at time zone 'UTC')::date
          from "return_request" r where r."id" in (select "request_id" from "new_rows") order by 1;
        elsif TG_OP = 'UPDATE' then
          insert into "return_report_change" ("day")
          select distinct (r."created_at" at time zone 'UTC')::date
          from "return_request" r
          where r."id" in (select "request_id" from "new_rows" union select "request_id" from "old_rows")
          order by 1;
        else
          insert into "return_report_change" ("day")
          select distinct (r."created_at" at time zone 'UTC')::date
          from "return_request" r where r."id" in (select "request_id" from "old_rows") order by 1;
        end if;
        return null;
      end $$;`)
    for (const [table, fn] of [
      ["return_request", "return_report_request_changed"],
      ["return_request_item", "return_report_item_changed"],
    ]) {
      this.addSql(
        `drop trigger if exists "${table}_report_insert" on "${table}";`
      )
      this
        .addSql(`create trigger "${table}_report_insert" after insert on "${table}"
        referencing new table as "new_rows" for each statement execute function "${fn}"();`)
      this.addSql(
        `drop trigger if exists "${table}_report_update" on "${table}";`
      )
      this
        .addSql(`create trigger "${table}_report_update" after update on "${table}"
        referencing old table as "old_rows" new table as "new_rows" for each statement execute function "${fn}"();`)
      this.addSql(
        `drop trigger if exists "${table}_report_delete" on "${table}";`
      )
      this
        .addSql(`create trigger "${table}_report_delete" after delete on "${table}"
        referencing old table as "old_rows" for each statement execute function "${fn}"();`)
    }
    // The backfill: every day with requests is to be rolled up.
    this.addSql(`insert into "return_report_change" ("day")
      select distinct ("created_at" at time zone 'UTC')::date from "return_request" order by 1;`)
  }

  override async down(): Promise<void> {
    for (const table of ["return_request", "return_request_item"]) {
      for (const op of ["insert", "update", "delete"]) {
        this.addSql(
          `drop trigger if exists "${table}_report_${op}" on "${table}";`
        )
      }
    }
    this.addSql(`drop function if exists "return_report_request_changed"();`)
    this.addSql(`drop function if exists "return_report_item_changed"();`)
    this.addSql(`drop table if exists "return_report_reason_day";`)
    this.addSql(`drop table if exists "return_report_decision_day";`)
    this.addSql(`drop table if exists "return_report_request_day";`)
    this.addSql(`drop table if exists "return_report_change";`)
  }
}
