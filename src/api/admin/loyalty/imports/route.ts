import type {
  AdminLoyaltyImportListResponse,
  AdminLoyaltyImportPreviewResponse,
  AdminLoyaltyImportResponse,
} from "../../../../types/http"
import {
  createLoyaltyImportWorkflow,
  previewLoyaltyImportWorkflow,
  runLoyaltyImportWorkflow,
} from "../../../../workflows/loyalty"
import type { AdminRoute } from "../../../utils/http"
import { listEntities, refetchEntity } from "../../../utils/query"
import { loyaltyImportFields } from "./query-config"
import type { AdminCreateLoyaltyImportType } from "./validators"

export const GET: AdminRoute<AdminLoyaltyImportListResponse> = async (
  req,
  res
) => {
  const { data, count, offset, limit } = await listEntities(req, {
    entity: "loyalty_import",
  })
  res.json({ imports: data, count, offset, limit })
}

/**
 * `dry_run: true` answers what the import would do and writes nothing.
 * Otherwise the import is recorded and started in the background: 202 with
 * the import, whose progress `GET /admin/loyalty/imports/:id` shows.
 */
export const POST: AdminRoute<
  AdminLoyaltyImportPreviewResponse | AdminLoyaltyImportResponse,
  AdminCreateLoyaltyImportType
> = async (req, res) => {
  const { dry_run, ...file } = req.validatedBody
  if (dry_run) {
    const { result } = await previewLoyaltyImportWorkflow(req.scope).run({
      input: file,
    })
    res.json({ preview: result })
    return
  }
  const { result } = await createLoyaltyImportWorkflow(req.scope).run({
    input: { ...file, created_by: req.auth_context.actor_id },
  })
  await runLoyaltyImportWorkflow(req.scope).run({
    input: { import_id: result.id },
  })
  res.status(202).json({
    import: await refetchEntity(req.scope, {
      entity: "loyalty_import",
      label: "Loyalty import",
      filters: { id: result.id },
      fields: loyaltyImportFields,
    }),
  })
}
