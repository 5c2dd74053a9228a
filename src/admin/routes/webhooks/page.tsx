import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BoltSolid } from "@medusajs/icons"
import { PageTab, TabbedPage } from "../../components/common/tabbed-page"
import { DeliveriesSection } from "./deliveries-section"
import { EndpointsSection } from "./endpoints-section"

const tabs: PageTab[] = [
  { value: "endpoints", label: "Endpoints", content: <EndpointsSection /> },
  { value: "deliveries", label: "Deliveries", content: <DeliveriesSection /> },
]

/** Outbound webhooks: the receivers of the plugin's events and the log. */
const WebhooksPage = () => (
  <TabbedPage tabs={tabs} testIdPrefix="webhooks-tab" />
)

export const config = defineRouteConfig({
  label: "Webhooks",
  icon: BoltSolid,
})

export default WebhooksPage
