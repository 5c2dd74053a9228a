import { languageOf, normalizeLocale } from "./format"

/**
 * English strings: the reference dictionary. Every other language may
 * translate only some sections; see {@link resolveStrings} for the fallback.
 */
const en = {
  layout: {
    greeting: (name?: string | null) => (name ? `Hi ${name},` : "Hello,"),
    sent_by: (store: string) => `Sent by ${store}.`,
    contact: "Questions? Write to us at",
    visit_store: "Visit the store",
    why_return: (store: string) =>
      `You are receiving this email because you requested a return from ${store}.`,
    why_dispute: (store: string) =>
      `You are receiving this email because you opened a dispute with ${store}.`,
    why_loyalty: (store: string) =>
      `You are receiving this email because you are a member of the ${store} loyalty program.`,
    why_csr: (store: string) =>
      `You are receiving this email because ${store} customer service registered a return for you.`,

    why_portal: (store: string) =>
      `You are receiving this email because someone asked to open an order from ${store} on its returns portal with this address.`,
  },
  common: {
    rma: "Return number",
    order: "Order",
    items: "Items",
    item: "Item",
    quantity: "Qty",
    reason: "Reason",
    method_original_payment: "Original payment method",
    method_store_credit: "Store credit",
    method_manual: "Manual refund",
    refund_method: "Refund method",
    refund_items_total: "Items",
    refund_shipping_fee: "Return shipping",
    refund_restocking_fee: "Restocking fee",
    refund_subtotal: "Refund",
    refund_bonus: "Store credit bonus",
    refund_total: "Total refund",
    refund_total_credit: "Total store credit",
    about_return: (rma: string) => `return ${rma}`,
    about_order: (order: string) => `order ${order}`,
    about_dispute: (dispute: string) => `case ${dispute}`,
  },
  "return-request-received": {
    subject: (rma: string) => `We received your return request ${rma}`,
    preview: "Here is a summary of what you are sending back.",
    heading: "Return request received",
    intro: (rma: string) =>
      `Thank you, we have received your return request ${rma}. Here is a summary of what you are sending back.`,
    instructions_heading: "Next steps",
    instructions_default:
      "We will email you as soon as your request is reviewed. Please keep the items in their original condition until then.",
    instructions_approved:
      "Your return is already approved: a separate email tells you how and by when to send your items.",
    view_cta: "View your return",
  },
  "return-approved": {
    subject: (rma: string) => `Your return ${rma} is approved`,
    preview: "Here is how to send your items back.",
    heading: "Your return is approved",
    intro: (rma: string) =>
      `Good news: your return ${rma} is approved. Here is how to send your items back.`,
    shipping_heading: "How to send your items",
    method: "Shipping method",
    carrier: "Carrier",
    tracking_number: "Tracking number",
    return_address: "Return address",
    label_cta: "Download your return label",
    track_cta: "Track your parcel",
    no_label: "No label is needed: send the parcel to the return address.",
    ask_address: (email: string) =>
      `Write to us at ${email} and we will tell you where to send the parcel.`,
    deadline: (date: string) => `Please send your items by ${date}.`,
    refund_heading: "Your refund",
    refund_when: "What you get back once we have received your items:",
  },
  "return-in-transit": {
    subject: (rma: string) => `Your return ${rma} is on its way`,
    preview: "The carrier has your parcel.",
    heading: "Your parcel is on its way",
    intro: (rma: string) =>
      `The carrier has picked up the parcel of your return ${rma} and is bringing it to our warehouse.`,
    carrier: "Carrier",
    tracking_number: "Tracking number",
    track_cta: "Track your parcel",
    next: "We will email you again when it arrives.",
    view_cta: "View your return",
  },
  "return-delivered": {
    subject: (rma: string) => `Your return ${rma} has reached our warehouse`,
    preview: "Your parcel has arrived.",
    heading: "Your parcel has arrived",
    intro: (rma: string) =>
      `The parcel of your return ${rma} has been delivered to our warehouse.`,
    carrier: "Carrier",
    tracking_number: "Tracking number",
    next: "We will inspect the items and email you the result and your refund.",
    view_cta: "View your return",
  },
  "return-pending-review": {
    subject: (rma: string) => `Your return ${rma} is being reviewed`,
    preview: "Our team is checking your return request.",
    heading: "We are reviewing your return",
    intro: (rma: string) =>
      `Your return request ${rma} needs a quick check by our team before we can approve it.`,
    reason: "Why a review is needed",
    review_by: (date: string) => `You will hear from us by ${date}.`,
    no_action: "There is nothing you need to do right now.",
  },
  "return-rejected": {
    subject: (rma: string) => `Update on your return ${rma}`,
    preview: "We could not accept your return request.",
    heading: "We could not accept your return",
    intro: (rma: string) =>
      `We are sorry, but we could not accept your return request ${rma}.`,
    dispute_heading: "Think this is a mistake?",
    dispute_text:
      "You can dispute this decision and a member of our team will take another look.",
    dispute_deadline: (date: string) => `Open a dispute before ${date}.`,
    dispute_cta: "Dispute this decision",
    dispute_reply: "Reply to this email to dispute this decision.",
    reason_default: "The request does not meet our return policy.",
  },
  "exchange-approved": {
    subject: (rma: string) => `Your exchange ${rma} is approved`,
    preview: "Your exchange is approved.",
    heading: "Your exchange is approved",
    intro: (rma: string) =>
      `We approved your exchange ${rma}. Here is what you send back and what you get instead.`,
    lines: "Your exchange",
    to_pay: (amount: string) =>
      `The new item costs ${amount} more: please pay the difference of ${amount} to complete the exchange.`,
    refunded: (amount: string) =>
      `The new item costs less: we refund the difference of ${amount} to your original payment method.`,
    even: "The new item costs the same: there is nothing to pay.",
    ships_now: "We ship the new item now, before your parcel reaches us.",
    ships_on_receipt: "We ship the new item as soon as your parcel reaches us.",
    return_by: (date: string) => `Please send the old item back by ${date}.`,
  },
  "exchange-shipped": {
    subject: (rma: string) => `The new item for exchange ${rma} is on its way`,
    preview: "Your new item has shipped.",
    heading: "Your new item is on its way",
    intro: (rma: string) => `The new item of your exchange ${rma} has shipped.`,
    no_tracking: "The carrier gave no tracking number for this parcel.",
    tracking_number: "Tracking number",
    track_cta: "Track your parcel",
  },
  "exchange-received": {
    subject: (rma: string) =>
      `We received the item you sent back for exchange ${rma}`,
    preview: "Your returned item has arrived.",
    heading: "Your returned item has arrived",
    intro: (rma: string) =>
      `The item you sent back for exchange ${rma} reached our warehouse.`,
    already_shipped: "Your new item is already on its way.",
    ships_now: "We are shipping your new item now.",
  },
  "return-items-received": {
    subject: (rma: string) => `We received the items for return ${rma}`,
    preview: "Here is the inspection result for each item.",
    heading: "Your items have arrived",
    intro: (rma: string) =>
      `We received and inspected the items of return ${rma}. Here is the result for each one.`,
    result: "Inspection",
    result_accepted: "Accepted",
    result_rejected: "Not accepted",
    result_partial: (accepted: number, total: number) =>
      `${accepted} of ${total} accepted`,
    note: "Note",
    next: "We will email you as soon as your refund is on its way.",
  },
  "refund-issued": {
    subject: (amount: string) => `Your refund of ${amount} is on its way`,
    subject_store_credit: (amount: string) =>
      `${amount} in store credit has been added to your account`,
    preview: "Your refund has been issued.",
    heading: "Your refund has been issued",
    intro_rma: (rma: string) => `We issued the refund for your return ${rma}.`,
    intro: "We issued your refund.",
    amount: "Refund amount",
    bonus: "Store credit bonus",
    total_credit: "Total store credit",
    store_credit_code: "Code to use at checkout",
    bonus_text: (bonus: string) =>
      `Because you chose store credit, we added a bonus of ${bonus}.`,
    timing_original:
      "Depending on your bank, it can take 5 to 10 business days to appear on your statement.",
    timing_store_credit:
      "Your store credit is available now and is applied at checkout.",
    timing_manual: "Our team will contact you if we need any details.",
  },
  "dispute-opened": {
    subject: (about: string) => `We received your dispute about ${about}`,
    preview: "Our team will review your case.",
    heading: "Your dispute is open",
    intro: (about: string) =>
      `We received your dispute about ${about}. Our team will review your case and reply as soon as possible.`,
    dispute: "Dispute",
    your_message: "Your message",
    respond_by: (date: string) => `We aim to reply by ${date}.`,
    view_cta: "View your dispute",
  },
  "dispute-staff-reply": {
    subject: (about: string) => `New reply about your ${about}`,
    preview: "Our team replied to your dispute.",
    heading: "You have a new reply",
    intro: (staff?: string | null) =>
      staff
        ? `${staff} replied to your dispute:`
        : "Our team replied to your dispute:",
    read_cta: "Read and reply",
    reply_hint: "Sign in to your account to read the full message and reply.",
  },
  "dispute-resolved": {
    subject: (about: string) => `Your dispute about ${about} is resolved`,
    preview: "Here is the outcome of your dispute.",
    heading: "Your dispute is resolved",
    intro: (about: string) =>
      `We have finished reviewing your dispute about ${about}.`,
    outcome: "Outcome",
    outcome_accepted: "Resolved in your favour",
    outcome_partially_accepted: "Partly resolved in your favour",
    outcome_declined: "Original decision upheld",
    resolution: "Resolution",
    refunded: "Amount refunded",
    note: "A note from our team",
    refund_timing:
      "The refund goes back to your original payment method. Depending on your bank, it can take 5 to 10 business days to appear on your statement.",
    rating_text: "How did we handle your case? Tell us in one click.",
    rating_cta: "Rate our support",
  },
  "loyalty-tier-changed": {
    subject_up: (tier: string) => `Welcome to ${tier}!`,
    subject_down: (tier: string) => `Your membership tier is now ${tier}`,
    subject_no_tier: "Your membership tier has ended",
    heading_up: "You moved up a tier",
    heading_down: "Your membership tier changed",
    change: (from: string, to: string) =>
      `Your membership tier changed from ${from} to ${to}.`,
    first_tier: (to: string) => `You have reached the ${to} tier.`,
    no_tier: (from: string) =>
      `Your ${from} tier has ended: you are still a member and keep your points.`,
    benefits: (tier: string) => `Your ${tier} benefits`,
    balance: (points: string) => `Your balance: ${points} points.`,
    balance_with_pending: (available: string, pending: string) =>
      `Your balance: ${available} points available and ${pending} pending (spendable once their order's return window is over).`,
    account_cta: "See your membership",
  },
  "reward-redeemed": {
    subject: (reward: string) => `Your reward: ${reward}`,
    preview: "Here is your reward code.",
    heading: "Enjoy your reward",
    intro: (reward: string) =>
      `You redeemed ${reward}. Use this code at checkout:`,
    value: "Value",
    points_spent: (points: string) =>
      `${points} points were deducted from your balance.`,
    expires: (date: string) => `Valid until ${date}.`,
    no_expiry: "This code does not expire.",
    shop_cta: "Start shopping",
  },
  "guest-access-code": {
    subject: (order: string) => `Your return code for order ${order}`,
    preview: "Your one-time code for the returns portal.",
    heading: "Your one-time code",
    intro: (order: string) =>
      `Here is the code to open order ${order} on our returns portal:`,
    expires: (minutes: string) =>
      `It works once and expires in ${minutes} minutes.`,
    ignore:
      "If you did not ask for it, ignore this email: nobody can open your order without this code.",
  },
  "points-expiring": {
    subject: (points: string, date: string) =>
      `${points} points expire on ${date}`,
    preview: "Use your points before they expire.",
    heading: "Your points are about to expire",
    intro: (points: string, date: string) =>
      `${points} of your points will expire on ${date}.`,
    balance: (points: string) => `Your current balance is ${points} points.`,
    cta: "Use your points",
  },
  "csr-receipt": {
    subject: (rma: string) => `Receipt for your return ${rma}`,
    preview: "Your return receipt from our customer service.",
    heading: "Your return receipt",
    intro: (csr: string, channel: string) =>
      `${csr.charAt(0).toUpperCase()}${csr.slice(1)} registered this return for you ${channel}.`,
    csr_team: "our customer service team",
    channel_phone: "by phone",
    channel_email: "by email",
    channel_chat: "over chat",
    channel_in_store: "in store",
    channel_other: "through our customer service",
    date: "Date",
    refund: "Refund",
    summary: "Refund summary",
    attachment: "A PDF copy of this receipt is attached to this email.",
  },
}

/** The full set of strings; `en` defines its shape. */
export type Dictionary = typeof en
/** A section of the dictionary: `layout`, `common` or a template name. */
export type DictionarySection = keyof Dictionary
/** A translation may leave out sections or keys; they fall back to English. */
export type PartialDictionary = {
  [S in DictionarySection]?: Partial<Dictionary[S]>
}

const fr: PartialDictionary = {
  layout: {
    greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
    sent_by: (store) => `Envoyé par ${store}.`,
    contact: "Une question ? Écrivez-nous à",
    visit_store: "Visiter la boutique",
    why_return: (store) =>
      `Vous recevez cet e-mail parce que vous avez demandé un retour auprès de ${store}.`,
    why_dispute: (store) =>
      `Vous recevez cet e-mail parce que vous avez ouvert une contestation auprès de ${store}.`,
    why_loyalty: (store) =>
      `Vous recevez cet e-mail parce que vous êtes membre du programme de fidélité de ${store}.`,
    why_csr: (store) =>
      `Vous recevez cet e-mail parce que le service client de ${store} a enregistré un retour pour vous.`,

    why_portal: (store) =>
      `Vous recevez cet e-mail parce que quelqu'un a demandé à ouvrir une commande de ${store} sur son portail de retours avec cette adresse.`,
  },
  common: {
    rma: "Numéro de retour",
    order: "Commande",
    items: "Articles",
    item: "Article",
    quantity: "Qté",
    reason: "Motif",
    method_original_payment: "Moyen de paiement d'origine",
    method_store_credit: "Avoir",
    method_manual: "Remboursement manuel",
    refund_method: "Mode de remboursement",
    refund_items_total: "Articles",
    refund_shipping_fee: "Frais de retour",
    refund_restocking_fee: "Frais de remise en stock",
    refund_subtotal: "Remboursement",
    refund_bonus: "Bonus en avoir",
    refund_total: "Remboursement total",
    refund_total_credit: "Avoir total",
  },
  "return-request-received": {
    subject: (rma) => `Nous avons bien reçu votre demande de retour ${rma}`,
    preview: "Voici le récapitulatif des articles que vous nous renvoyez.",
    heading: "Demande de retour reçue",
    intro: (rma) =>
      `Merci, nous avons bien reçu votre demande de retour ${rma}. Voici le récapitulatif des articles que vous nous renvoyez.`,
    instructions_heading: "Prochaines étapes",
    instructions_default:
      "Nous vous écrirons dès que votre demande aura été examinée. Merci de conserver les articles dans leur état d'origine d'ici là.",
    instructions_approved:
      "Votre retour est déjà accepté : un e-mail séparé vous indique comment et avant quelle date renvoyer vos articles.",
    view_cta: "Voir votre retour",
  },
  "return-approved": {
    subject: (rma) => `Votre retour ${rma} est accepté`,
    preview: "Voici comment nous renvoyer vos articles.",
    heading: "Votre retour est accepté",
    intro: (rma) =>
      `Bonne nouvelle : votre retour ${rma} est accepté. Voici comment nous renvoyer vos articles.`,
    shipping_heading: "Comment renvoyer vos articles",
    method: "Mode d'expédition",
    carrier: "Transporteur",
    tracking_number: "Numéro de suivi",
    return_address: "Adresse de retour",
    label_cta: "Télécharger votre étiquette de retour",
    track_cta: "Suivre votre colis",
    no_label:
      "Aucune étiquette n'est nécessaire : envoyez le colis à l'adresse de retour.",
    ask_address: (email) =>
      `Écrivez-nous à ${email} et nous vous indiquerons où envoyer le colis.`,
    deadline: (date) => `Merci d'envoyer vos articles avant le ${date}.`,
    refund_heading: "Votre remboursement",
    refund_when: "Ce que vous recevrez une fois vos articles reçus :",
  },
  "return-rejected": {
    subject: (rma) => `Mise à jour de votre retour ${rma}`,
    preview: "Nous n'avons pas pu accepter votre demande de retour.",
    heading: "Nous n'avons pas pu accepter votre retour",
    intro: (rma) =>
      `Nous sommes désolés, mais nous n'avons pas pu accepter votre demande de retour ${rma}.`,
    dispute_heading: "Vous pensez qu'il s'agit d'une erreur ?",
    dispute_text:
      "Vous pouvez contester cette décision : un membre de notre équipe réexaminera votre demande.",
    dispute_deadline: (date) => `Ouvrez une contestation avant le ${date}.`,
    dispute_cta: "Contester cette décision",
    dispute_reply: "Répondez à cet e-mail pour contester cette décision.",
    reason_default: "La demande ne respecte pas notre politique de retour.",
  },
  "refund-issued": {
    subject: (amount) => `Votre remboursement de ${amount} est en route`,
    subject_store_credit: (amount) =>
      `Un avoir de ${amount} a été ajouté à votre compte`,
    preview: "Votre remboursement a été émis.",
    heading: "Votre remboursement a été émis",
    intro_rma: (rma) =>
      `Nous avons émis le remboursement de votre retour ${rma}.`,
    intro: "Nous avons émis votre remboursement.",
    amount: "Montant remboursé",
    bonus: "Bonus sur l'avoir",
    total_credit: "Total de l'avoir",
    store_credit_code: "Code à utiliser lors du paiement",
    bonus_text: (bonus) =>
      `Comme vous avez choisi un avoir, nous avons ajouté un bonus de ${bonus}.`,
    timing_original:
      "Selon votre banque, il peut falloir de 5 à 10 jours ouvrés pour qu'il apparaisse sur votre relevé.",
    timing_store_credit:
      "Votre avoir est disponible dès maintenant et s'applique lors du paiement.",
    timing_manual:
      "Notre équipe vous contactera si elle a besoin d'informations.",
  },
  "guest-access-code": {
    subject: (order) => `Votre code de retour pour la commande ${order}`,
    preview: "Votre code à usage unique pour le portail de retours.",
    heading: "Votre code à usage unique",
    intro: (order) =>
      `Voici le code pour ouvrir la commande ${order} sur notre portail de retours :`,
    expires: (minutes) =>
      `Il ne fonctionne qu'une fois et expire dans ${minutes} minutes.`,
    ignore:
      "Si vous ne l'avez pas demandé, ignorez cet e-mail : personne ne peut ouvrir votre commande sans ce code.",
  },
}

const dictionaries: Record<string, PartialDictionary> = { fr }

/** Languages with at least one translated section besides English. */
export const supportedLanguages = ["en", ...Object.keys(dictionaries)]

/**
 * Strings for one template in the recipient's language.
 *
 * A language is used only if it translates the template's own section;
 * otherwise the whole email (layout included) is English so one email never
 * mixes two languages. Missing keys inside a translated section fall back to
 * English. `locale` is what to format numbers and dates with.
 *
 * @example
 * const s = resolveStrings("fr-FR", "return-approved")
 * s.t.subject("RMA-1001") // "Votre retour RMA-1001 est accepté"
 */
export const resolveStrings = <
  S extends Exclude<DictionarySection, "layout" | "common">,
>(
  requestedLocale: string | null | undefined,
  section: S
) => {
  const normalized = normalizeLocale(requestedLocale)
  const language = languageOf(normalized)
  const translation = dictionaries[language]
  const translated = language !== "en" && !!translation?.[section]
  const dictionary: PartialDictionary = translated ? translation : {}

  return {
    lang: translated ? language : "en",
    locale: translated || language === "en" ? normalized : "en",
    layout: { ...en.layout, ...dictionary.layout } as Dictionary["layout"],
    common: { ...en.common, ...dictionary.common } as Dictionary["common"],
    t: { ...en[section], ...dictionary[section] } as Dictionary[S],
  }
}

/** What {@link resolveStrings} returns. */
export type ResolvedStrings<S extends DictionarySection> = {
  lang: string
  locale: string
  layout: Dictionary["layout"]
  common: Dictionary["common"]
  t: Dictionary[S]
}

/** Label of a refund method in the given strings. */
export const refundMethodLabel = (
  method: "original_payment" | "store_credit" | "manual",
  common: Dictionary["common"]
): string => {
  switch (method) {
    case "store_credit":
      return common.method_store_credit
    case "manual":
      return common.method_manual
    default:
      return common.method_original_payment
  }
}

/**
 * The languages a template is written in: English, plus every language
 * translating its section (others render in English).
 *
 * @example
 * templateLanguages("return-approved") // ["en", "fr"]
 */
export const templateLanguages = (
  section: Exclude<DictionarySection, "layout" | "common">
): string[] => [
  "en",
  ...Object.entries(dictionaries)
    .filter(([, dictionary]) => !!dictionary[section])
    .map(([language]) => language),
]
