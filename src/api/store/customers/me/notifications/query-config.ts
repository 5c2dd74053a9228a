/** Feed fields returned to the customer by default. */
export const defaultStoreNotificationFields = [
  "id",
  "template",
  "title",
  "body",
  "read_at",
  "source_event",
  "entity_type",
  "entity_id",
  "created_at",
]

export const listStoreNotificationsQueryConfig = {
  defaults: defaultStoreNotificationFields,
  allowed: [...defaultStoreNotificationFields, "data", "updated_at"],
  isList: true,
  defaultLimit: 20,
}
