import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"

/**
 * The last dispute number handed out. Only `nextDisputeNumber` writes it
 * (raw SQL, inside the caller's transaction); it is not part of the
 * service's generated CRUD.
 */
const DisputeSequence = model
  .define("dispute_sequence", {
    scope: model.text().primaryKey(),
    last: model.number().default(0),
  })
  .checks([atLeast("dispute_sequence_last_non_negative", "last")])

export default DisputeSequence
