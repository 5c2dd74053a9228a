import {
  Button,
  Container,
  Heading,
  Label,
  Select,
  Switch,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import {
  useAddDisputeMessage,
  useRenderDisputeTemplate,
} from "../../hooks/api/disputes"
import { DisputeCaseProps, isClosed } from "./format"
// The server's own check, so the box warns before the send is refused.
import { findPlaceholders } from "../../../modules/return-dispute/utils/render-template"

type ReplyBoxProps = DisputeCaseProps & {
  /** The amount of the resolution being drafted, for `{{amount}}`. */
  draftAmount: number | null
}

/** A public reply or an internal note, optionally started from a template. */
export const ReplyBox = ({ dispute, caseFile, draftAmount }: ReplyBoxProps) => {
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  const [templateId, setTemplateId] = useState("")
  const [error, setError] = useState<string | null>(null)
  const templates = caseFile.templates
  const { mutate, isPending } = useAddDisputeMessage(dispute.id, {
    onSuccess: (_data, variables) => {
      toast.success(variables.internal ? "Internal note added" : "Reply sent")
      setBody("")
      setError(null)
    },
    onError: (e) => {
      setError(e.message)
      toast.error(e.message)
    },
  })

  // The server fills the case's values; what it cannot fill stays as
  // {{name}} and the send is refused until the manager replaces it.
  const render = useRenderDisputeTemplate(dispute.id, {
    onSuccess: (rendered) => {
      setBody(rendered.body)
      setError(null)
    },
    onError: (e) => {
      setError(e.message)
      toast.error(e.message)
    },
  })
  const placeholders = findPlaceholders(body)
  const insertTemplate = () => {
    if (templateId) {
      render.mutate({ template_id: templateId, amount: draftAmount })
    }
  }

  // A resolved or rejected case is closed: nothing more to send.
  if (isClosed(dispute.status)) {
    return null
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Reply</Heading>
      <form
        className="flex flex-col gap-y-3"
        onSubmit={(e) => {
          e.preventDefault()
          if (!body.trim()) {
            setError("Write a message first")
            return
          }
          mutate({ body: body.trim(), internal })
        }}
      >
        <div className="flex flex-wrap items-center gap-2">
          <Select
            size="small"
            value={templateId}
            onValueChange={setTemplateId}
            disabled={templates.length === 0}
          >
            <Select.Trigger
              aria-label="Policy template"
              style={{ width: 288 }}
              data-testid="dispute-template-select"
            >
              <Select.Value
                placeholder={
                  templates.length === 0
                    ? "No templates for this reason"
                    : "Choose a template"
                }
              />
            </Select.Trigger>
            <Select.Content>
              {templates.map((template) => (
                <Select.Item
                  key={template.id}
                  value={template.id}
                  data-testid="dispute-template-option"
                  data-template-id={template.id}
                >
                  {template.title}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!templateId}
            isLoading={render.isPending}
            onClick={insertTemplate}
            data-testid="dispute-template-insert"
          >
            Insert template
          </Button>
        </div>
        <Textarea
          aria-label="Message"
          rows={6}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          placeholder={
            internal
              ? "Note for the team; the customer never sees it"
              : "Reply to the customer"
          }
          className={internal ? "bg-ui-tag-orange-bg" : undefined}
          data-testid="dispute-reply-textarea"
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-x-2">
            <Switch
              id="dispute-reply-internal"
              checked={internal}
              onCheckedChange={setInternal}
              data-testid="dispute-reply-internal"
            />
            <Label htmlFor="dispute-reply-internal" size="small">
              Internal note
            </Label>
          </div>
          <Button
            size="small"
            type="submit"
            isLoading={isPending}
            data-testid="dispute-reply-send"
          >
            {internal ? "Add internal note" : "Send reply"}
          </Button>
        </div>
        {placeholders.length > 0 && !internal && (
          <Text
            size="small"
            className="text-ui-fg-subtle"
            data-testid="dispute-reply-missing"
          >
            Replace {placeholders.join(", ")} before sending: the customer would
            read {placeholders.length > 1 ? "them" : "it"} as written.
          </Text>
        )}
        {error && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
      </form>
    </Container>
  )
}
