import { generateEntityId } from "@medusajs/framework/utils"
import { bulkEntityIds } from "../ids"

describe("bulkEntityIds", () => {
  it("makes distinct ids shaped like generateEntityId's", () => {
    const ids = bulkEntityIds("lpe", 5000)
    const medusa = generateEntityId(undefined, "lpe")
    expect(new Set(ids).size).toEqual(5000)
    for (const id of ids) {
      expect(id).toMatch(/^lpe_[0-9A-HJKMNP-TV-Z]{26}$/)
    }
    expect(medusa).toMatch(/^lpe_[0-9A-HJKMNP-TV-Z]{26}$/)
    // Same time part as an id made now: they sort with Medusa's own ids.
    expect(ids[0].slice(4, 12)).toEqual(medusa.slice(4, 12))
  })
})
