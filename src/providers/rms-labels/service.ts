import { randomInt } from "node:crypto"
import type {
  CreateFulfillmentResult,
  FulfillmentDTO,
  FulfillmentItemDTO,
  FulfillmentOption,
  FulfillmentOrderDTO,
  IFileModuleService,
  Logger,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { renderReturnLabelPdf } from "./label-pdf"

export type RmsLabelsProviderOptions = {
  /** Printed on the label and stored as the shipment's carrier. */
  carrier?: string
  /**
   * Public tracking page, `{tracking_number}` replaced, e.g.
   * `https://track.example.com/{tracking_number}`. None: no tracking link.
   */
  tracking_url?: string | null
  /** Prefix of the tracking numbers it issues. */
  tracking_prefix?: string
}

type Injected = {
  logger: Logger
  /** Present when the Fulfillment module lists `Modules.FILE` in `dependencies`. */
  file?: IFileModuleService
}

type Address = Record<string, string | null | undefined>
type Item = {
  title?: string | null
  sku?: string | null
  quantity?: number | string | null
}

/** A label's tracking number: the prefix and 12 random digits. */
export const newTrackingNumber = (prefix = "RMS") =>
  `${prefix}${Array.from({ length: 12 }, () => randomInt(10)).join("")}`

const addressLines = (address: Address | null | undefined) => {
  if (!address) {
    return []
  }
  const city = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [
    address.company,
    address.address_1,
    address.address_2,
    city,
    address.province,
    address.country_code?.toUpperCase(),
  ].filter((l): l is string => !!l && !!l.trim())
}

/**
 * A Fulfillment Module provider that issues real return labels: a PDF
 * with a Code 128 barcode of a new tracking number, stored with the File
 * module. It stands in for a carrier in the demo and the tests; a real
 * carrier's provider returns the same shape from `createReturnFulfillment`
 * (see the README, "Return labels and tracking").
 *
 * Its one fulfillment option, `rms-return`, is a return option; its
 * `pickup` flag says the carrier can also collect the parcel, so the
 * customer may choose a pickup instead of a drop-off.
 */
export class RmsLabelsFulfillmentProvider extends AbstractFulfillmentProviderService {
  static identifier = "rms-labels"

  protected readonly logger_: Logger
  protected readonly container_: Injected
  protected readonly options_: Required<RmsLabelsProviderOptions>

  constructor(container: Injected, options: RmsLabelsProviderOptions = {}) {
    super()
    this.container_ = container
    this.logger_ = container.logger
    this.options_ = {
      carrier: options.carrier ?? "RMS Post",
      tracking_url: options.tracking_url ?? null,
      tracking_prefix: options.tracking_prefix ?? "RMS",
    } as Required<RmsLabelsProviderOptions>
  }

  static validateOptions(options: Record<string, unknown>) {
    const url = options.tracking_url
    if (url != null && (typeof url !== "string" || !/^https?:\/\//.test(url))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "rms-labels: tracking_url must be an http(s) URL template"
      )
    }
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      { id: "rms-return", name: "Return label", is_return: true, pickup: true },
      { id: "rms-standard", name: "Parcel", is_return: false, pickup: false },
    ]
  }

  async validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>
  ) {
    return data
  }

  async validateOption(data: Record<string, unknown>) {
    return typeof data.id === "string" && data.id.startsWith("rms-")
  }

  async canCalculate() {
    return false
  }

  async calculatePrice(): Promise<never> {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "rms-labels: prices are flat, set them on the shipping option"
    )
  }

  /** Outbound parcels get a label too (an exchange's new item, say). */
  async createFulfillment(
    data: Record<string, unknown>,
    items: Partial<Omit<FulfillmentItemDTO, "fulfillment">>[],
    order: Partial<FulfillmentOrderDTO> | undefined,
    fulfillment: Partial<Omit<FulfillmentDTO, "provider_id" | "data" | "items">>
  ): Promise<CreateFulfillmentResult> {
    const address = (fulfillment.delivery_address ??
      order?.shipping_address) as unknown as Address | undefined
    return this.issueLabel("parcel", addressLines(address), items as Item[])
  }

  /**
   * The fulfillment as the Fulfillment module made it: its delivery address
   * is the warehouse's, its items the returned ones, and `shipping_option`
   * carries the option's `data` (`{ id: "rms-return", pickup }`).
   */
  async createReturnFulfillment(
    fulfillment: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    const option = (fulfillment.shipping_option ?? {}) as {
      data?: Record<string, unknown> | null
    }
    const result = await this.issueLabel(
      "drop_off",
      addressLines(fulfillment.delivery_address as Address | null),
      (fulfillment.items ?? []) as Item[]
    )
    return {
      ...result,
      data: { ...result.data, pickup_available: !!option.data?.pickup },
    }
  }

  async cancelFulfillment() {
    // Unused labels expire with the carrier; nothing to call here.
    return {}
  }

  protected async issueLabel(
    service: string,
    shipTo: string[],
    items: Item[]
  ): Promise<CreateFulfillmentResult> {
    let file: IFileModuleService | undefined
    try {
      file = this.container_.file
    } catch {
      file = undefined
    }
    if (!file) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "rms-labels: the File module is not available to the provider; add `dependencies: [Modules.FILE]` to the Fulfillment module in medusa-config.ts"
      )
    }
    const trackingNumber = newTrackingNumber(this.options_.tracking_prefix)
    const pdf = await renderReturnLabelPdf({
      carrier: this.options_.carrier,
      tracking_number: trackingNumber,
      service,
      ship_to: shipTo,
      items: items.map((i) => ({
        // Medusa titles a return line by its variant ("M"): the SKU says which.
        title: [i.title ?? "Item", i.sku].filter(Boolean).join(" - "),
        quantity: Number(i.quantity ?? 1),
      })),
      created_at: new Date(),
    })
    const [stored] = await file.createFiles([
      {
        filename: `label-${trackingNumber}.pdf`,
        mimeType: "application/pdf",
        content: pdf.toString("base64"),
        // The customer downloads it from the email: it names no customer.
        access: "public",
      },
    ])
    const trackingUrl = this.options_.tracking_url
      ? this.options_.tracking_url.replace(
          "{tracking_number}",
          encodeURIComponent(trackingNumber)
        )
      : ""
    this.logger_.info(
      `medusa-plugin-rms: rms-labels issued ${trackingNumber} (${service})`
    )
    return {
      data: {
        carrier: this.options_.carrier,
        tracking_number: trackingNumber,
        label_file_id: stored.id,
      },
      labels: [
        {
          tracking_number: trackingNumber,
          tracking_url: trackingUrl,
          label_url: stored.url,
        },
      ],
    }
  }
}
