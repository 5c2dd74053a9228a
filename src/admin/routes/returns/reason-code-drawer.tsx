import { Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { closeWith, FormDrawer } from "../../components/common/form-drawer"
import {
  bindFields,
  ErrorText,
  FormField,
  SwitchField,
} from "../../components/common/form-field"
import { fieldOfServerMessage } from "../../components/returns/format"
import {
  ReturnReasonCode,
  ReturnReasonCodeInput,
  useSaveReturnReasonCode,
} from "../../hooks/api/return-reason-codes"

type FormState = {
  code: string
  label: string
  requires_review: boolean
  requires_evidence: boolean
  restocking_fee_percent_override: string
  active: boolean
}
type Field = keyof FormState
type Errors = Partial<Record<Field, string>>

const emptyForm: FormState = {
  code: "",
  label: "",
  requires_review: false,
  requires_evidence: false,
  restocking_fee_percent_override: "",
  active: true,
}

/** The fields a server message can be about: every field of the form. */
const FIELDS = Object.keys(emptyForm) as Field[]

const toForm = (code: ReturnReasonCode): FormState => ({
  code: code.code,
  label: code.label,
  requires_review: code.requires_review,
  requires_evidence: code.requires_evidence,
  restocking_fee_percent_override:
    code.restocking_fee_percent_override == null
      ? ""
      : String(code.restocking_fee_percent_override),
  active: code.active,
})

// Same rule as the API's validator (which upper-cases first).
const CODE_FORMAT = /^[A-Z][A-Z0-9_]*$/

/** Mirrors AdminCreateReasonCode so errors show by field before sending. */
const validate = (form: FormState): Errors => {
  const errors: Errors = {}
  if (!CODE_FORMAT.test(form.code.trim().toUpperCase())) {
    errors.code =
      "Code must start with a letter and contain only letters, digits and underscores"
  }
  if (form.label.trim() === "") {
    errors.label = "Label is required"
  }
  const fee = form.restocking_fee_percent_override.trim()
  if (fee !== "") {
    const n = Number(fee)
    if (!Number.isFinite(n) || n < 0 || n > 100) {
      errors.restocking_fee_percent_override =
        "Restocking fee override must be between 0 and 100"
    }
  }
  return errors
}

const toInput = (form: FormState): ReturnReasonCodeInput => ({
  code: form.code.trim().toUpperCase(),
  label: form.label.trim(),
  requires_review: form.requires_review,
  requires_evidence: form.requires_evidence,
  restocking_fee_percent_override:
    form.restocking_fee_percent_override.trim() === ""
      ? null
      : Number(form.restocking_fee_percent_override),
  active: form.active,
})

const TEXT_FIELDS: {
  key: "code" | "label"
  label: string
  placeholder: string
}[] = [
  { key: "code", label: "Code", placeholder: "WRONG_SIZE" },
  { key: "label", label: "Label", placeholder: "Wrong size" },
]

const SWITCHES: {
  key: "requires_review" | "requires_evidence" | "active"
  label: string
  hint: string
}[] = [
  {
    key: "requires_review",
    label: "Requires review",
    hint: "Requests with this reason always go to a person",
  },
  {
    key: "requires_evidence",
    label: "Requires evidence",
    hint: "The customer must attach a photo or document",
  },
  {
    key: "active",
    label: "Active",
    hint: "Inactive reasons cannot be chosen for new requests",
  },
]

type ReasonCodeDrawerProps = {
  /** The code to edit; creates a new one when absent. */
  reasonCode?: ReturnReasonCode
  onClose: () => void
}

/** Create or edit a reason code. Mounted while open. */
export const ReasonCodeDrawer = ({
  reasonCode,
  onClose,
}: ReasonCodeDrawerProps) => {
  const [form, setForm] = useState<FormState>(() =>
    reasonCode ? toForm(reasonCode) : emptyForm
  )
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)

  const onError = (e: Error) => {
    const field = fieldOfServerMessage(e.message, FIELDS)
    if (field) {
      setErrors({ [field]: e.message })
    } else {
      setFormError(e.message)
    }
  }
  const { save, isPending } = useSaveReturnReasonCode(reasonCode?.id, {
    onSuccess: ({ reason_code }) => {
      toast.success(
        `Reason ${reason_code.code} ${reasonCode ? "saved" : "created"}`
      )
      onClose()
    },
    onError,
  })

  const set = <K extends Field>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }))
  const bind = bindFields("reason-code", form, setForm)

  const onSubmit = () => {
    const found = validate(form)
    setErrors(found)
    setFormError(null)
    if (Object.keys(found).length > 0) {
      return
    }
    save(toInput(form))
  }

  return (
    <FormDrawer
      onOpenChange={closeWith(onClose)}
      title={reasonCode ? `Edit ${reasonCode.code}` : "Create reason code"}
      description="A reason a customer can give for a return."
      hideDescription
      onSubmit={onSubmit}
      isPending={isPending}
      noValidate
    >
      {TEXT_FIELDS.map(({ key, label, placeholder }) => (
        <FormField
          strong
          key={key}
          id={`reason-code-${key}`}
          label={label}
          error={errors[key]}
        >
          <Input
            placeholder={placeholder}
            aria-invalid={!!errors[key]}
            {...bind(key)}
          />
        </FormField>
      ))}
      <FormField
        strong
        id="reason-code-fee"
        label="Restocking fee override (%)"
        hint="Replaces the policy's fee for this reason; empty keeps the policy's"
        error={errors.restocking_fee_percent_override}
      >
        <Input
          id="reason-code-fee"
          type="number"
          step="0.1"
          value={form.restocking_fee_percent_override}
          aria-invalid={!!errors.restocking_fee_percent_override}
          onChange={(e) =>
            set("restocking_fee_percent_override", e.target.value)
          }
        />
      </FormField>
      {SWITCHES.map(({ key, label, hint }) => (
        <SwitchField
          key={key}
          id={`reason-code-${key}`}
          label={label}
          hint={hint}
          checked={form[key]}
          onCheckedChange={(checked) => set(key, checked)}
          error={errors[key]}
        />
      ))}
      <ErrorText>{formError}</ErrorText>
    </FormDrawer>
  )
}
