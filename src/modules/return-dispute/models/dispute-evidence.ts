import { model } from "@medusajs/framework/utils"
import { atLeast } from "../../../utils/checks"
import Dispute from "./dispute"

/** A file attached to a dispute, stored with Medusa's File module. */
const DisputeEvidence = model
  .define("dispute_evidence", {
    id: model.id({ prefix: "dspev" }).primaryKey(),
    dispute: model.belongsTo(() => Dispute, { mappedBy: "evidence" }),
    kind: model.enum(["photo", "tracking", "document", "communication"]),
    file_id: model.text(),
    url: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
    uploaded_by_type: model.enum(["customer", "staff"]),
    uploaded_by: model.text(),
    description: model.text().nullable(),
  })
  .indexes([{ on: ["dispute_id", "created_at"], where: "deleted_at IS NULL" }])
  .checks([atLeast("dispute_evidence_size_non_negative", "size")])

export default DisputeEvidence
