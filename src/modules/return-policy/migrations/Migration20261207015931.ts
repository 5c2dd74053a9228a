import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The returns report at scale: each request keeps its report facts (first
 * decision, first decision time, item count), filled here from the
 * decisions and items already recorded; items take their request's
 * creation time (they are written with it), so a period's items are one
 * index range; requests and items get `created_at` indexes.
 */
export class Migration20261207015931 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_request" add column if not exists "first_outcome" text check ("first_outcome" in ('auto_approve', 'review', 'reject', 'approved', 'rejected')) null, add column if not exists "first_decided_by_type" text check ("first_decided_by_type" in ('policy', 'admin', 'customer', 'system')) null, add column if not exists "first_decision_at" timestamptz null, add column if not exists "items_quantity" integer not null default 0;`
    )
    this.addSql(
      `update "return_request" r set "first_outcome" = f."outcome", "first_decided_by_type" = f."decided_by_type"
       from (select distinct on ("request_id") "request_id", "outcome", "decided_by_type"
             from "return_decision" where "deleted_at" is null
             order by "request_id", "created_at", "id") f
       where f."request_id" = r."id"
         and f."outcome" in ('auto_approve', 'review', 'reject', 'approved', 'rejected');`
    )
    this.addSql(
      `update "return_request" r set "first_decision_at" = d."at"
       from (select "request_id", min("created_at") as "at" from "return_decision"
             where "deleted_at" is null
               and "outcome" in ('auto_approve', 'reject', 'approved', 'rejected')
             group by "request_id") d
       where d."request_id" = r."id";`
    )
    this.addSql(
      `update "return_request" r set "items_quantity" = q."n"
       from (select "request_id", sum("quantity") as "n" from "return_request_item"
             where "deleted_at" is null group by "request_id") q
       where q."request_id" = r."id";`
    )
    this.addSql(
      `update "return_request_item" i set "created_at" = r."created_at"
       from "return_request" r
       where r."id" = i."request_id" and i."created_at" <> r."created_at";`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_created_at" ON "return_request" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_item_created_at" ON "return_request_item" ("created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_return_request_item_created_at";`)
    this.addSql(`drop index if exists "IDX_return_request_created_at";`)
    this.addSql(
      `alter table if exists "return_request" drop column if exists "first_outcome", drop column if exists "first_decided_by_type", drop column if exists "first_decision_at", drop column if exists "items_quantity";`
    )
  }
}
