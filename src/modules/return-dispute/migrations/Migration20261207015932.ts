import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The dispute and returns reports select disputes by opening time; without
 * this index a report over a large store reads the whole table.
 */
export class Migration20261207015932 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_created_at" ON "dispute" ("created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_dispute_created_at";`)
  }
}
