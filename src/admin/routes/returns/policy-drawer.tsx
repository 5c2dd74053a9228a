import { toast } from "@medusajs/ui"
import { useState } from "react"
import { closeWith, FormDrawer } from "../../components/common/form-drawer"
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

  const onError = (e: Error) => {
    const { field } = serverErrorToForm(e.message)
    if (field) {
      setErrors({ [field]: e.message })
      setFormError(null)
    } else {
      setFormError(e.message)
    }
  }
  const create = useCreateReturnPolicy({
    onSuccess: ({ return_policy }) => {
      toast.success(`Policy ${return_policy.name} created`)
      onClose()
    },
    onError,
  })
  const update = useUpdateReturnPolicy({
    onSuccess: ({ return_policy }) => {
      toast.success(
        `Policy ${return_policy.name} saved as version ${return_policy.version}`
      )
      onClose()
    },
    onError,
  })

  const onSubmit = () => {
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
    update.mutate({ id: policy.id, ...changes })
  }

  return (
    <FormDrawer
      onOpenChange={closeWith(onClose)}
      title={
        policy
          ? `Edit ${policy.name} (v${policy.version})`
          : "Create return policy"
      }
      description={
        policy
          ? "Saving writes a new version; past decisions keep the version they used."
          : "One active policy per loyalty tier, plus one default."
      }
      onSubmit={onSubmit}
      isPending={create.isPending || update.isPending}
      noValidate
    >
      <PolicyFormFields
        idPrefix={policy ? "edit-policy" : "create-policy"}
        form={form}
        onChange={setForm}
        errors={errors}
        formError={formError}
        showActive={!policy}
      />
    </FormDrawer>
  )
}
