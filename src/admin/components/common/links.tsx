import { clx } from "@medusajs/ui"
import { ComponentProps } from "react"
import { Link } from "react-router-dom"

const linkClassName =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"

/** A link to another admin page, in the dashboard's link colours. */
export const AdminLink = ({
  className,
  ...props
}: ComponentProps<typeof Link>) => (
  <Link className={clx(linkClassName, className)} {...props} />
)

/** A link out of the admin (a carrier, a stored file), in a new tab. */
export const ExternalLink = ({ className, ...props }: ComponentProps<"a">) => (
  <a
    target="_blank"
    rel="noreferrer"
    className={clx(linkClassName, className)}
    {...props}
  />
)
