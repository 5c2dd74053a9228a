import { Button, Drawer, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import {
  ReturnPolicy,
  useCreateReturnPolicy,
  useUpdateReturnPolicy,
} from "../../hooks/api/return-policies"
import {
  changedPolicyInput,
  emptyPolicyForm,
  formToPolicyInput,
  PolicyFormErrors,
  PolicyFormFields,
  PolicyFormState,
  policyToForm,
  serverErrorToForm,
  validatePolicyForm,
} from "./policy-form"

type PolicyDrawerProps = {
  /** The policy to edit; creates a new one when absent. */
  policy?: ReturnPolicy
  onClose: () => void
}

/**
 * Create or edit a return policy. Mounted while open; closing it unmounts
 * it, so every opening starts from the policy as loaded.
 */
export const PolicyDrawer = ({ policy, onClose }: PolicyDrawerProps) => {
  const [form, setForm] = useState<PolicyFormState>(() =>
    policy ? policyToForm(policy) : emptyPolicyForm
  )
  const [errors, setErrors] = useState<PolicyFormErrors>({})
  const [formError, setFormError] = useState<string | null>(null)

  const showServerError = (message: string) => {
    const { field } = serverErrorToForm(message)
    if (field) {
      setErrors({ [field]: message })
      setFormError(null)
    } else {
      setFormError(message)
    }
  }

  const create = useCreateReturnPolicy({
    onSuccess: ({ return_policy }) => {
      toast.success(`Policy ${return_policy.name} created`)
      onClose()
    },
    onError: (e) => showServerError(e.message),
  })
  const update = useUpdateReturnPolicy(policy?.id ?? "", {
    onSuccess: ({ return_policy }) => {
      toast.success(
        `Policy ${return_policy.name} saved as version ${return_policy.version}`
      )
      onClose()
    },
    onError: (e) => showServerError(e.message),
  })

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const found = validatePolicyForm(form)
    setErrors(found)
    setFormError(null)
    if (Object.keys(found).length > 0) {
      return
    }
    const input = formToPolicyInput(form)
    if (!policy) {
      create.mutate(input)
      return
    }
    const changes = changedPolicyInput(
      formToPolicyInput(policyToForm(policy)),
      input
    )
    if (Object.keys(changes).length === 0) {
      toast.info("Nothing changed")
      onClose()
      return
    }
    update.mutate(changes)
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={onSubmit}
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>
              {policy
                ? `Edit ${policy.name} (v${policy.version})`
                : "Create return policy"}
            </Drawer.Title>
            <Drawer.Description>
              {policy
                ? "Saving writes a new version; past decisions keep the version they used."
                : "One active policy per loyalty tier, plus one default."}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            <PolicyFormFields
              idPrefix={policy ? "edit-policy" : "create-policy"}
              form={form}
              onChange={setForm}
              errors={errors}
              formError={formError}
              showActive={!policy}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={create.isPending || update.isPending}
            >
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
