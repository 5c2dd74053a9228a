import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

const PASSWORD = "supersecret"

const register = async (
  container: MedusaContainer,
  email: string,
  appMetadata: Record<string, string>
) => {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: PASSWORD },
  })
  if (!success || !authIdentity) {
    throw new Error(`could not register ${email}: ${error}`)
  }
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: appMetadata,
  })
}

/**
 * Creates an admin user the way the dashboard logs in (emailpass) and returns
 * request headers carrying its bearer token.
 */
export const createAdminHeaders = async (
  container: MedusaContainer,
  api: Api,
  email = `admin-${Date.now()}-${Math.random().toString(36).slice(2)}@test.com`
) => {
  const user = await container
    .resolve(Modules.USER)
    .createUsers({ email, first_name: "Ada", last_name: "Admin" })
  await register(container, email, { user_id: user.id })

  const { data } = await api.post("/auth/user/emailpass", {
    email,
    password: PASSWORD,
  })
  return {
    user,
    headers: { headers: { authorization: `Bearer ${data.token}` } },
  }
}

/**
 * Creates a customer with an emailpass identity and returns headers with its
 * bearer token and the publishable key store routes require.
 */
export const createCustomerHeaders = async (
  container: MedusaContainer,
  api: Api,
  publishableKey: string,
  data: { email?: string; first_name?: string; last_name?: string } = {}
) => {
  const email =
    data.email ??
    `customer-${Date.now()}-${Math.random().toString(36).slice(2)}@test.com`
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({
    email,
    first_name: data.first_name ?? "Casey",
    last_name: data.last_name ?? "Customer",
    has_account: true,
  })
  await register(container, email, { customer_id: customer.id })

  const { data: body } = await api.post(
    "/auth/customer/emailpass",
    { email, password: PASSWORD },
    { headers: { "x-publishable-api-key": publishableKey } }
  )
  return {
    customer,
    headers: {
      headers: {
        authorization: `Bearer ${body.token}`,
        "x-publishable-api-key": publishableKey,
      },
    },
  }
}
