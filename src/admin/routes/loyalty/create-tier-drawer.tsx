import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  LoyaltyTierInput,
  useCreateLoyaltyTier,
} from "../../hooks/api/loyalty-tiers"

const empty = {
  name: "",
  rank: "",
  min_lifetime_spend: "",
  min_orders: "",
  min_points: "",
  return_window_days: "",
}

type FormState = typeof empty

const numberOrNull = (v: string) => (v.trim() === "" ? null : Number(v))

const toInput = (form: FormState): LoyaltyTierInput => ({
  name: form.name,
  rank: Number(form.rank),
  min_lifetime_spend: numberOrNull(form.min_lifetime_spend),
  min_orders: numberOrNull(form.min_orders),
  min_points: numberOrNull(form.min_points),
  benefits:
    form.return_window_days.trim() === ""
      ? {}
      : { return_window_days: Number(form.return_window_days) },
})

const fields: { key: keyof FormState; label: string; hint?: string }[] = [
  { key: "name", label: "Name" },
  { key: "rank", label: "Rank", hint: "Higher rank is a better tier" },
  { key: "min_lifetime_spend", label: "Minimum lifetime spend" },
  { key: "min_orders", label: "Minimum orders" },
  { key: "min_points", label: "Minimum points" },
  { key: "return_window_days", label: "Return window (days)" },
]

export const CreateTierDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FormState>(empty)
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useCreateLoyaltyTier({
    onSuccess: ({ tier }) => {
      toast.success(`Tier ${tier.name} created`)
      setForm(empty)
      setError(null)
      setOpen(false)
    },
    // The server names the field in its message; show it beside the form.
    onError: (e) => setError(e.message),
  })

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create tier
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            mutate(toInput(form))
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Create loyalty tier</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-auto">
            {fields.map(({ key, label, hint }) => (
              <div key={key} className="flex flex-col gap-y-1">
                <Label htmlFor={`tier-${key}`}>{label}</Label>
                <Input
                  id={`tier-${key}`}
                  name={key}
                  type={key === "name" ? "text" : "number"}
                  value={form[key]}
                  onChange={(e) =>
                    setForm((f) => ({ ...f, [key]: e.target.value }))
                  }
                />
                {hint && (
                  <Text size="small" className="text-ui-fg-subtle">
                    {hint}
                  </Text>
                )}
              </div>
            ))}
            {error && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
