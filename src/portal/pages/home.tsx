import { call, type Session } from "../api"
import { day, money } from "../format"
import { t, tOr } from "../i18n"
import {
  ORDER_FIELDS,
  type StoreDispute,
  type PortalOrder,
  type StoreReturnRequest,
} from "../types"
import {
  Badge,
  disputeTone,
  ErrorBox,
  Loading,
  PageTitle,
  requestTone,
  Section,
  Thumb,
  useLoad,
} from "../ui"

type HomeData = {
  orders: PortalOrder[]
  requests: StoreReturnRequest[]
  disputes: StoreDispute[]
}

const loadHome = async (session: Session): Promise<HomeData> => {
  const orders =
    session.kind === "guest"
      ? [
          (
            await call<{ order: PortalOrder }>(
              `/store/orders/${session.guest.order_id}`,
              { query: { fields: ORDER_FIELDS } }
            )
          ).order,
        ]
      : (
          await call<{ orders: PortalOrder[] }>("/store/orders", {
            query: { fields: ORDER_FIELDS, order: "-created_at", limit: 20 },
          })
        ).orders
  const [{ return_requests }, { disputes }] = await Promise.all([
    call<{ return_requests: StoreReturnRequest[] }>(
      "/store/return-portal/return-requests",
      { query: { limit: 50 } }
    ),
    call<{ disputes: StoreDispute[] }>("/store/return-portal/disputes", {
      query: { limit: 50 },
    }),
  ])
  return { orders, requests: return_requests, disputes }
}

/** The customer's orders (a guest: their one order), requests and disputes. */
export const HomePage = ({ session }: { session: Session }) => {
  const { data, error, loading, reload } = useLoad(
    () => loadHome(session),
    [session.kind]
  )
  const orderNumber = new Map(
    (data?.orders ?? []).map((o) => [o.id, o.display_id])
  )
  return (
    <>
      <PageTitle>{t("home_title")}</PageTitle>
      {session.kind === "guest" && data?.orders[0] && (
        <p className="lead">
          {t("guest_home_intro", {
            order: data.orders[0].display_id,
            email: session.guest.email,
          })}
        </p>
      )}
      {loading && !data && <Loading />}
      {error ? <ErrorBox error={error} onRetry={reload} /> : null}
      {data && (
        <>
          <Section title={t("orders_title")} id="orders">
            {data.orders.length === 0 ? (
              <p className="muted">{t("no_orders")}</p>
            ) : (
              <ul className="list" data-testid="order-list">
                {data.orders.map((order) => (
                  <li key={order.id} className="row" data-testid="order-row">
                    <div className="thumbs" aria-hidden="true">
                      {order.items.slice(0, 3).map((item) => (
                        <Thumb key={item.id} src={item.thumbnail} alt="" />
                      ))}
                    </div>
                    <div className="grow">
                      <p className="strong">
                        {t("order_label", { order: order.display_id })}
                      </p>
                      <p className="muted">
                        {t("ordered_on", { date: day(order.created_at) })} ·{" "}
                        {money(order.total, order.currency_code)}
                      </p>
                      <p className="muted small">
                        {order.items.map((i) => i.title).join(", ")}
                      </p>
                    </div>
                    <a
                      className="button"
                      href={`#/orders/${order.id}/return`}
                      aria-label={`${t("start_return")} — ${t("order_label", { order: order.display_id })}`}
                    >
                      {t("start_return")}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("requests_title")} id="requests">
            {data.requests.length === 0 ? (
              <p className="muted">{t("no_requests")}</p>
            ) : (
              <ul className="list" data-testid="request-list">
                {data.requests.map((r) => (
                  <li key={r.id} className="row" data-testid="request-row">
                    <div className="grow">
                      <p className="strong">
                        <a href={`#/requests/${r.id}`}>{r.rma_number}</a>
                      </p>
                      <p className="muted">
                        {orderNumber.has(r.order_id) &&
                          `${t("order_label", { order: orderNumber.get(r.order_id)! })} · `}
                        {day(r.created_at)}
                      </p>
                    </div>
                    <Badge tone={requestTone(r.status)}>
                      {tOr(`status_${r.status}`, r.status)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("disputes_title")} id="disputes">
            {data.disputes.length === 0 ? (
              <p className="muted">{t("no_disputes")}</p>
            ) : (
              <ul className="list" data-testid="dispute-list">
                {data.disputes.map((d) => (
                  <li key={d.id} className="row" data-testid="dispute-row">
                    <div className="grow">
                      <p className="strong">
                        <a href={`#/disputes/${d.id}`}>{d.number}</a>
                      </p>
                      <p className="muted">{day(d.created_at)}</p>
                    </div>
                    <Badge tone={disputeTone(d.status)}>
                      {tOr(`dispute_${d.status}`, d.status)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </>
  )
}
