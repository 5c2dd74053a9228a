import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * The last RMA number handed out per year. Only `nextRmaNumber` writes it
 * (raw SQL, inside the caller's transaction); it is not part of the
 * service's generated CRUD.
 */
const ReturnRmaSequence = model
  .define("return_rma_sequence", {
    year: model.number().primaryKey(),
    last: model.number().default(0),
  })
  .checks([atLeast("return_rma_sequence_last_non_negative", "last")])

export default ReturnRmaSequence
