import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207045205 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "return_shipment" drop constraint if exists "return_shipment_return_id_unique";`
    )
    this.addSql(
      `create table if not exists "return_shipment" ("id" text not null, "return_id" text not null, "fulfillment_id" text null, "provider_id" text null, "carrier" text null, "tracking_number" text null, "tracking_url" text null, "label_url" text null, "label_file_id" text null, "method" text check ("method" in ('drop_off', 'pickup')) not null default 'drop_off', "pickup_available" boolean not null default false, "pickup_date" timestamptz null, "status" text check ("status" in ('label_created', 'in_transit', 'delivered')) not null default 'label_created', "in_transit_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_shipment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_shipment_deleted_at" ON "return_shipment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_return_shipment_return_id_unique" ON "return_shipment" ("return_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_shipment_tracking_number" ON "return_shipment" ("tracking_number") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "return_shipment" cascade;`)
  }
}
