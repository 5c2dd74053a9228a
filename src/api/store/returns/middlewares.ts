import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"
import { validateNativeReturnWorkflow } from "../../../workflows/return-policy"

type NativeReturnBody = {
  order_id?: unknown
  items?: { id?: unknown; quantity?: unknown }[]
  return_shipping?: { option_id?: unknown }
}

/**
 * Runs the return policy before Medusa's own `POST /store/returns` creates
 * a return (plugin option `returns.enforce_on_native_store_returns`, on by
 * default). A body Medusa would refuse anyway is left to its validator.
 */
export const enforceReturnPolicy = async (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const service: ReturnPolicyModuleService =
    req.scope.resolve(RETURN_POLICY_MODULE)
  if (!(await service.getReturnsSettings()).enforce_on_native_store_returns) {
    return next()
  }
  const body = (req.validatedBody ?? req.body ?? {}) as NativeReturnBody
  if (typeof body.order_id !== "string" || !Array.isArray(body.items)) {
    return next()
  }
  try {
    await validateNativeReturnWorkflow(req.scope).run({
      input: {
        order_id: body.order_id,
        items: body.items.map((item) => ({
          id: String(item?.id ?? ""),
          quantity: Number(item?.quantity ?? 0),
        })),
        return_shipping_option_id:
          typeof body.return_shipping?.option_id === "string"
            ? body.return_shipping.option_id
            : undefined,
      },
    })
  } catch (e) {
    return next(e)
  }
  next()
}

export const storeNativeReturnRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/returns",
    middlewares: [enforceReturnPolicy],
  },
]
