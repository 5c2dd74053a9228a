import type { AdminLoyaltyImportResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { refetchEntity } from "../../../../utils/query"

/** One import: its status, progress and report. */
export const GET: AdminRoute<AdminLoyaltyImportResponse> = async (req, res) => {
  res.json({
    import: await refetchEntity(req.scope, {
      entity: "loyalty_import",
      label: "Loyalty import",
      filters: { id: req.params.id },
      fields: req.queryConfig.fields,
    }),
  })
}
