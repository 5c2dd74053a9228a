import { MiddlewareRoute } from "@medusajs/framework/http"
import {
  retrieveParams,
  validateBody,
  validateQuery,
} from "../../../utils/validators"
import {
  AdminCreateLoyaltyImport,
  AdminGetLoyaltyImportsParams,
  IMPORT_BODY_LIMIT,
} from "./validators"
import { loyaltyImportFields } from "./query-config"

export const adminLoyaltyImportRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/loyalty/imports",
    middlewares: [
      validateQuery(AdminGetLoyaltyImportsParams, {
        defaults: loyaltyImportFields,
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/imports",
    // The CSV travels as text in the JSON body: more than the default 100 kB.
    bodyParser: { sizeLimit: IMPORT_BODY_LIMIT },
    middlewares: [validateBody(AdminCreateLoyaltyImport)],
  },
  {
    method: ["GET"],
    matcher: "/admin/loyalty/imports/:id",
    middlewares: [
      validateQuery(retrieveParams(), {
        defaults: loyaltyImportFields,
        isList: false,
      }),
    ],
  },
]
