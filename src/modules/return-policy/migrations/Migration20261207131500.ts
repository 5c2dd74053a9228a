import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Exchanges in the returns report: the per-day request rollup also counts
 * the requests made as exchanges (`metadata.exchange`) and sums the credit
 * they kept (what the returned items were paid, less any surplus refunded),
 * per currency of the exchange. The days that hold an exchange are marked
 * changed so the next refresh recomputes them; the other stored days have
 * none and keep the defaults.
 */
export class Migration20261207131500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_report_request_day" add column if not exists "exchange_currency" text null, add column if not exists "exchanges" integer not null default 0, add column if not exists "revenue_kept" numeric not null default 0;`
    )
    this.addSql(`insert into "return_report_change" ("day")
      select distinct ("created_at" at time zone 'UTC')::date from "return_request"
      where "deleted_at" is null and "metadata" -> 'exchange' is not null order by 1;`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "return_report_request_day" drop column if exists "exchange_currency", drop column if exists "exchanges", drop column if exists "revenue_kept";`
    )
  }
}
