import {
  Alert,
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Switch,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import {
  NotificationTemplate,
  useNotificationTemplatePreview,
  useNotificationTemplates,
  useSendTestNotification,
} from "../../hooks/api/notifications"

// Inline: the dashboard's stylesheet ships only the utility classes it uses
// itself, so h-[560px] would silently be missing and the preview collapse.
const PREVIEW_HEIGHT = 560

const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "Français" }

const TemplateList = ({
  templates,
  selected,
  onSelect,
}: {
  templates: NotificationTemplate[]
  selected: string | null
  onSelect: (id: string) => void
}) => (
  <ul className="flex flex-col gap-y-1" data-testid="template-list">
    {templates.map((template) => (
      <li key={template.id}>
        <button
          type="button"
          data-testid={`template-row-${template.id}`}
          aria-current={template.id === selected ? "true" : undefined}
          onClick={() => onSelect(template.id)}
          className={`w-full rounded-md px-3 py-2 text-left transition-fg ${
            template.id === selected
              ? "bg-ui-bg-base-pressed"
              : "hover:bg-ui-bg-base-hover"
          }`}
        >
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small" weight="plus">
              {template.name}
            </Text>
            {!template.transactional && (
              <Badge size="2xsmall" color="orange">
                Marketing
              </Badge>
            )}
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {template.milestone}
          </Text>
        </button>
      </li>
    ))}
  </ul>
)

/** Rendered preview (HTML in a sandboxed frame, or the text version). */
const Preview = ({ template }: { template: NotificationTemplate }) => {
  const [locale, setLocale] = useState(template.locales[0] ?? "en")
  const [showText, setShowText] = useState(false)
  const [to, setTo] = useState("")
  const { data, isLoading, isError, error } = useNotificationTemplatePreview(
    template.id,
    locale
  )
  const send = useSendTestNotification({
    onSuccess: ({ notification }) =>
      toast.success("Test email sent", {
        description: `${notification.to} · notification ${notification.id} (${notification.status})`,
      }),
    onError: (e) =>
      toast.error("Test email not sent", { description: e.message }),
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    send.mutate({ id: template.id, to: to.trim(), locale })
  }

  return (
    <div className="flex flex-col gap-y-4" data-testid="template-preview">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <Text size="small" className="text-ui-fg-subtle">
            Subject
          </Text>
          <Text weight="plus" data-testid="preview-subject">
            {data?.subject ?? template.subject}
          </Text>
        </div>
        <div className="flex items-center gap-x-4">
          {template.locales.length > 1 && (
            <Select size="small" value={locale} onValueChange={setLocale}>
              <Select.Trigger
                aria-label="Language"
                data-testid="preview-locale"
                style={{ width: 128 }}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {template.locales.map((l) => (
                  <Select.Item key={l} value={l}>
                    {LANGUAGE_NAMES[l] ?? l}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          )}
          <div className="flex items-center gap-x-2">
            <Switch
              id="preview-text-toggle"
              data-testid="preview-text-toggle"
              checked={showText}
              onCheckedChange={setShowText}
            />
            <Label htmlFor="preview-text-toggle" size="small">
              Text version
            </Label>
          </div>
        </div>
      </div>

      {isError ? (
        <Text className="text-ui-fg-error">{error.message}</Text>
      ) : isLoading || !data ? (
        <div
          className="animate-pulse rounded-md bg-ui-bg-subtle"
          style={{ height: PREVIEW_HEIGHT }}
        />
      ) : showText ? (
        <pre
          data-testid="preview-text"
          className="overflow-auto whitespace-pre-wrap rounded-md border border-ui-border-base bg-ui-bg-subtle p-4 font-mono text-xs"
          style={{ height: PREVIEW_HEIGHT }}
        >
          {data.text}
        </pre>
      ) : (
        // No scripts, no same-origin access: the email is shown, not run.
        <iframe
          title={`${template.name} preview`}
          data-testid="preview-frame"
          sandbox=""
          srcDoc={data.html}
          className="w-full rounded-md border border-ui-border-base"
          // Emails are designed on white, whatever the admin's theme.
          style={{ height: PREVIEW_HEIGHT, background: "white" }}
        />
      )}

      <form
        onSubmit={submit}
        className="flex flex-wrap items-end gap-2 border-t border-ui-border-base pt-4"
      >
        <div className="flex flex-1 flex-col gap-y-1" style={{ minWidth: 256 }}>
          <Label htmlFor="test-email-to" size="small">
            Send a test with the sample data to
          </Label>
          <Input
            id="test-email-to"
            data-testid="test-email-input"
            type="email"
            placeholder="you@example.com"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <Button
          type="submit"
          size="small"
          variant="secondary"
          data-testid="send-test-email"
          isLoading={send.isPending}
          disabled={!to.trim()}
        >
          Send test email
        </Button>
      </form>
    </div>
  )
}

/** Every template of the Resend provider with its preview and test send. */
export const TemplatesSection = () => {
  const { data, isLoading, isError, error } = useNotificationTemplates()
  const [selected, setSelected] = useState<string | null>(null)
  const templates = data?.notification_templates ?? []

  useEffect(() => {
    if (!selected && templates.length) {
      setSelected(templates[0].id)
    }
  }, [selected, templates])

  const current = templates.find((t) => t.id === selected) ?? null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Email templates</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What customers receive at each milestone: sample data, under your
          store's name and logo.
        </Text>
      </div>
      {data && !data.storefront_url && (
        <div className="px-6 py-4">
          <Alert variant="warning" data-testid="storefront-url-notice">
            No storefront URL is set, so emails leave out the links to the
            customer&apos;s account: view a return, open, read or rate a
            dispute. Set <code>notifications.storefront_url</code> in the plugin
            options. The previews below show sample links.
          </Alert>
        </div>
      )}
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">Loading templates…</Text>
      ) : (
        // Side by side when there is room, stacked when not.
        <div className="flex flex-wrap gap-4 px-6 py-4">
          <div style={{ flex: "0 0 280px" }}>
            <TemplateList
              templates={templates}
              selected={selected}
              onSelect={setSelected}
            />
          </div>
          <div className="min-w-0" style={{ flex: "1 1 480px" }}>
            {current && <Preview key={current.id} template={current} />}
          </div>
        </div>
      )}
    </Container>
  )
}
