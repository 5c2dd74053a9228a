import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125141901 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "dispute" drop constraint if exists "dispute_open_order_unique";`
    )
    this.addSql(
      `alter table if exists "dispute" drop constraint if exists "dispute_open_return_request_unique";`
    )
    this.addSql(
      `alter table if exists "dispute" drop constraint if exists "dispute_number_unique";`
    )
    this.addSql(
      `create table if not exists "dispute" ("id" text not null, "number" text not null, "order_id" text not null, "return_request_id" text null, "customer_id" text not null, "currency_code" text not null, "reason_category" text check ("reason_category" in ('item_condition', 'refund_amount', 'rejected_return', 'missing_item', 'late_refund', 'other')) not null, "claim" text not null, "status" text check ("status" in ('open', 'in_review', 'awaiting_customer', 'resolved', 'rejected')) not null default 'open', "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "opened_by_type" text check ("opened_by_type" in ('customer', 'staff')) not null, "opened_by" text not null, "assignee_id" text null, "sla_due_at" timestamptz not null, "first_response_at" timestamptz null, "resolution_kind" text check ("resolution_kind" in ('full_refund', 'partial_refund', 'reversal', 'rejected')) null, "resolution_amount" numeric null, "resolution_note" text null, "refund_ids" jsonb null, "policy_template_id" text null, "resolved_by" text null, "resolved_at" timestamptz null, "rating" integer null, "rating_comment" text null, "rated_at" timestamptz null, "metadata" jsonb null, "raw_resolution_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_pkey" primary key ("id"), constraint dispute_number_format check (number ~ '^DSP-[0-9]{6,}\$'), constraint dispute_rating_range check (rating IS NULL OR (rating >= 1 AND rating <= 5)), constraint dispute_resolution_amount_non_negative check (resolution_amount IS NULL OR resolution_amount >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_deleted_at" ON "dispute" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dispute_number_unique" ON "dispute" ("number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_order_id" ON "dispute" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_customer_id" ON "dispute" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_return_request_id" ON "dispute" ("return_request_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_assignee_id" ON "dispute" ("assignee_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_status_sla_due_at" ON "dispute" ("status", "sla_due_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dispute_open_return_request_unique" ON "dispute" ("return_request_id") WHERE return_request_id IS NOT NULL AND status NOT IN ('resolved', 'rejected') AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dispute_open_order_unique" ON "dispute" ("order_id") WHERE return_request_id IS NULL AND status NOT IN ('resolved', 'rejected') AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dispute_evidence" ("id" text not null, "dispute_id" text not null, "kind" text check ("kind" in ('photo', 'tracking', 'document', 'communication')) not null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "uploaded_by_type" text check ("uploaded_by_type" in ('customer', 'staff')) not null, "uploaded_by" text not null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_evidence_pkey" primary key ("id"), constraint dispute_evidence_size_non_negative check (size >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_evidence_dispute_id" ON "dispute_evidence" ("dispute_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_evidence_deleted_at" ON "dispute_evidence" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_evidence_dispute_id_created_at" ON "dispute_evidence" ("dispute_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dispute_message" ("id" text not null, "dispute_id" text not null, "author_type" text check ("author_type" in ('customer', 'staff', 'system')) not null, "author_id" text null, "body" text not null, "internal" boolean not null default false, "channel" text check ("channel" in ('portal', 'email', 'phone', 'chat', 'admin', 'system')) not null default 'portal', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_message_dispute_id" ON "dispute_message" ("dispute_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_message_deleted_at" ON "dispute_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_message_dispute_id_created_at" ON "dispute_message" ("dispute_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dispute_sequence" ("scope" text not null, "last" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_sequence_pkey" primary key ("scope"), constraint dispute_sequence_last_non_negative check (last >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_sequence_deleted_at" ON "dispute_sequence" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "policy_template" ("id" text not null, "title" text not null, "body" text not null, "reason_categories" jsonb not null default '[]', "reason_codes" jsonb not null default '[]', "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "policy_template_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_template_deleted_at" ON "policy_template" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_template_active" ON "policy_template" ("active") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "dispute_evidence" add constraint "dispute_evidence_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "dispute_message" add constraint "dispute_message_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "dispute_evidence" drop constraint if exists "dispute_evidence_dispute_id_foreign";`
    )

    this.addSql(
      `alter table if exists "dispute_message" drop constraint if exists "dispute_message_dispute_id_foreign";`
    )

    this.addSql(`drop table if exists "dispute" cascade;`)

    this.addSql(`drop table if exists "dispute_evidence" cascade;`)

    this.addSql(`drop table if exists "dispute_message" cascade;`)

    this.addSql(`drop table if exists "dispute_sequence" cascade;`)

    this.addSql(`drop table if exists "policy_template" cascade;`)
  }
}
