import { Checkbox, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { closeWith, FormDrawer } from "../../components/common/form-drawer"
import {
  ErrorText,
  FormField,
  SwitchField,
} from "../../components/common/form-field"
import { fieldOfServerMessage } from "../../components/returns/format"
import {
  useSaveWebhookEndpoint,
  useWebhookEvents,
  WebhookEndpoint,
} from "../../hooks/api/webhooks"

type FormState = {
  url: string
  description: string
  events: string[]
  active: boolean
}
type Field = keyof FormState
type Errors = Partial<Record<Field, string>>

const FIELDS: Field[] = ["url", "description", "events", "active"]

const validate = (form: FormState): Errors => {
  const errors: Errors = {}
  try {
    const url = new URL(form.url.trim())
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      errors.url = "URL must start with https://"
    }
  } catch {
    errors.url =
      "URL must be an absolute URL, e.g. https://hooks.example.com/rms"
  }
  if (!form.events.length) {
    errors.events = "Pick at least one event"
  }
  return errors
}

type EndpointDrawerProps = {
  endpoint?: WebhookEndpoint
  onClose: () => void
  /** Called with the new endpoint's secret, to show it once. */
  onCreated: (secret: { url: string; secret: string }) => void
}

/** Create or edit an endpoint: URL, events and whether it is on. */
export const EndpointDrawer = ({
  endpoint,
  onClose,
  onCreated,
}: EndpointDrawerProps) => {
  const events = useWebhookEvents()
  const [form, setForm] = useState<FormState>(() => ({
    url: endpoint?.url ?? "",
    description: endpoint?.description ?? "",
    events: endpoint?.events ?? [],
    active: endpoint?.active ?? true,
  }))
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)

  const { save, isPending } = useSaveWebhookEndpoint(endpoint?.id, {
    onSuccess: ({ endpoint: saved }) => {
      toast.success(endpoint ? "Endpoint saved" : "Endpoint created")
      if (!endpoint && saved.secret) {
        onCreated({ url: saved.url, secret: saved.secret })
      }
      onClose()
    },
    onError: (e) => {
      const field = fieldOfServerMessage(e.message, FIELDS)
      if (field) {
        setErrors({ [field]: e.message })
      } else {
        setFormError(e.message)
      }
    },
  })

  const toggle = (type: string, on: boolean) =>
    setForm((f) => ({
      ...f,
      events: on ? [...f.events, type] : f.events.filter((e) => e !== type),
    }))

  const onSubmit = () => {
    const found = validate(form)
    setErrors(found)
    setFormError(null)
    if (Object.keys(found).length) {
      return
    }
    save({
      url: form.url.trim(),
      description: form.description.trim() || null,
      events: form.events,
      active: form.active,
    })
  }

  return (
    <FormDrawer
      onOpenChange={closeWith(onClose)}
      title={endpoint ? "Edit endpoint" : "Add endpoint"}
      description="Where the store sends its events, signed with the endpoint's secret."
      onSubmit={onSubmit}
      isPending={isPending}
      noValidate
    >
      <FormField
        strong
        id="webhook-url"
        label="URL"
        hint="https only in production; private and loopback addresses are refused unless the plugin option allows them."
        error={errors.url}
      >
        <Input
          id="webhook-url"
          placeholder="https://hooks.example.com/rms"
          value={form.url}
          aria-invalid={!!errors.url}
          onChange={(e) => setForm((f) => ({ ...f, url: e.target.value }))}
        />
      </FormField>
      <FormField
        strong
        id="webhook-description"
        label="Description"
        error={errors.description}
      >
        <Textarea
          id="webhook-description"
          placeholder="Helpdesk tickets"
          value={form.description}
          onChange={(e) =>
            setForm((f) => ({ ...f, description: e.target.value }))
          }
        />
      </FormField>
      <div className="flex flex-col gap-y-2" data-testid="webhook-events">
        <Label size="small" weight="plus">
          Events
        </Label>
        {events.data?.events.map((event) => (
          <div key={event.type} className="flex items-start gap-x-2">
            <Checkbox
              id={`webhook-event-${event.type}`}
              checked={form.events.includes(event.type)}
              onCheckedChange={(checked) =>
                toggle(event.type, checked === true)
              }
            />
            <div className="flex flex-col">
              <Label htmlFor={`webhook-event-${event.type}`} size="small">
                <span className="font-mono">{event.type}</span>
                {event.pii ? " · names the customer" : ""}
              </Label>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {event.description}
              </Text>
            </div>
          </div>
        ))}
        <ErrorText>{errors.events}</ErrorText>
      </div>
      <SwitchField
        id="webhook-active"
        label="Active"
        hint={
          endpoint?.disabled_at
            ? "Turning it back on clears the failure count; pending deliveries resume."
            : "Inactive endpoints get nothing; their deliveries wait."
        }
        checked={form.active}
        onCheckedChange={(active) => setForm((f) => ({ ...f, active }))}
        error={errors.active}
      />
      <ErrorText>{formError}</ErrorText>
    </FormDrawer>
  )
}
