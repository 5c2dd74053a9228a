import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `return_request.disputed_at`: when the first dispute on the request was
 * opened, written by the open-dispute workflow. The per-day rollup counts
 * the disputed requests per day × tier × …, so the returns report no longer
 * looks up each disputed request by id.
 *
 * The backfill reads the dispute module's table when it is there (same
 * database; on a fresh install it is empty or not yet created). Marking
 * the requests fires the update trigger, so their days are read live until
 * the next refresh; the other stored days have no disputed request and
 * keep the column's default 0.
 */
export class Migration20261207060326 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_request" add column if not exists "disputed_at" timestamptz null;`
    )
    this.addSql(
      `alter table if exists "return_report_request_day" add column if not exists "disputed" integer not null default 0;`
    )
    this.addSql(`do $$
      begin
        if to_regclass('dispute') is not null then
          update "return_request" r set "disputed_at" = d.first_at
          from (
            select "return_request_id", min("created_at") as first_at
            from "dispute"
            where "deleted_at" is null and "return_request_id" is not null
            group by "return_request_id"
          ) d
          where r."id" = d."return_request_id" and r."disputed_at" is null;
        end if;
      end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "return_report_request_day" drop column if exists "disputed";`
    )
    this.addSql(
      `alter table if exists "return_request" drop column if exists "disputed_at";`
    )
  }
}
