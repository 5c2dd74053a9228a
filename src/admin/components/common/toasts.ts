import { toast } from "@medusajs/ui"

/**
 * Mutation callbacks that toast the outcome: `success` (a message, or one
 * made from the response) or the server's error message.
 */
export const toastResult = <TData>(
  success: string | ((data: TData) => string)
) => ({
  onSuccess: (data: TData) => {
    toast.success(typeof success === "string" ? success : success(data))
  },
  onError: (error: Error) => {
    toast.error(error.message)
  },
})
