import {
  CheckCircleSolid,
  ExclamationCircleSolid,
  XCircleSolid,
} from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import type {
  ReturnDecision,
  ReturnRuleResult,
} from "../../hooks/api/return-requests"
import { decisionReasons, formatDateTime } from "../../lib/format"
import { formatDecisionTime, humanize } from "./format"
import { DecisionOutcomeBadge } from "./status-badge"

const deciderLabel = (decision: ReturnDecision) => {
  switch (decision.decided_by_type) {
    case "policy":
      return "the policy engine"
    case "admin":
      return decision.decided_by ? `admin ${decision.decided_by}` : "an admin"
    case "customer":
      return "the customer"
    case "system":
      return "the system"
    default:
      return null
  }
}

const RuleIcon = ({ rule }: { rule: ReturnRuleResult }) =>
  rule.passed ? (
    <CheckCircleSolid className="text-ui-tag-green-icon shrink-0" />
  ) : rule.effect === "reject" ? (
    <XCircleSolid className="text-ui-tag-red-icon shrink-0" />
  ) : (
    <ExclamationCircleSolid className="text-ui-tag-orange-icon shrink-0" />
  )

const RuleItem = ({
  rule,
  lineTitles,
}: {
  rule: ReturnRuleResult
  lineTitles: Record<string, string>
}) => (
  <li data-testid="decision-rule" data-passed={rule.passed}>
    <div className="flex items-start gap-x-2">
      <RuleIcon rule={rule} />
      <div className="flex min-w-0 flex-col">
        <Text size="small" leading="compact" weight="plus">
          {humanize(rule.rule)}
          {rule.line_item_id && (
            <span className="text-ui-fg-subtle font-normal">
              {" "}
              · {lineTitles[rule.line_item_id] ?? rule.line_item_id}
            </span>
          )}
          {!rule.passed && (
            <span className="text-ui-fg-subtle font-normal">
              {" "}
              ({rule.effect === "reject" ? "rejects" : "needs review"})
            </span>
          )}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle break-words">
          {rule.detail}
        </Text>
      </div>
    </div>
  </li>
)

// Rejecting rules before the ones that only send to review.
const severity = (rule: ReturnRuleResult) => (rule.effect === "reject" ? 0 : 1)

/**
 * The rules that did not pass come first, one row each: they are what a
 * reviewer decides on. The passing ones (often a dozen) fold into one line
 * that opens on demand.
 */
const RuleList = ({
  rules,
  lineTitles,
}: {
  rules: ReturnRuleResult[]
  lineTitles: Record<string, string>
}) => {
  const failing = rules
    .filter((r) => !r.passed)
    .sort((a, b) => severity(a) - severity(b))
  const passing = rules.filter((r) => r.passed)
  const item = (rule: ReturnRuleResult, index: number) => (
    <RuleItem
      key={`${rule.rule}-${rule.line_item_id ?? ""}-${index}`}
      rule={rule}
      lineTitles={lineTitles}
    />
  )
  return (
    <div className="flex flex-col gap-y-2">
      {failing.length > 0 && (
        <ul className="flex flex-col gap-y-1.5" data-testid="failing-rules">
          {failing.map(item)}
        </ul>
      )}
      {passing.length > 0 && (
        <details data-testid="passing-rules">
          <summary className="text-ui-fg-subtle txt-compact-small cursor-pointer">
            {failing.length === 0
              ? `All ${passing.length} rules passed`
              : `${passing.length} other rules passed`}
          </summary>
          <ul className="mt-2 flex flex-col gap-y-1.5">{passing.map(item)}</ul>
        </details>
      )}
    </div>
  )
}

type DecisionTrailProps = {
  decisions: ReturnDecision[]
  /** Order line titles by line item id, to name the line a rule is about. */
  lineTitles?: Record<string, string>
  /** Show every rule result, not only the reasons. */
  showRules?: boolean
}

/** The append-only audit of a request, oldest decision first. */
export const DecisionTrail = ({
  decisions,
  lineTitles = {},
  showRules = true,
}: DecisionTrailProps) => {
  if (decisions.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No decisions yet.
      </Text>
    )
  }
  const sorted = [...decisions].sort(
    (a, b) =>
      new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )

  return (
    <ol className="flex flex-col gap-y-4">
      {sorted.map((decision, index) => {
        const by = deciderLabel(decision)
        const reasons = decisionReasons(decision)
        // The tier is what the policy engine evaluated; a person's or the
        // system's later decision records none, and "No tier" there would
        // read as if the customer had lost it.
        const showTier =
          decision.tier_snapshot != null ||
          (decision.tier_snapshot !== undefined &&
            decision.decided_by_type === "policy")
        return (
          <li
            key={decision.id ?? `${decision.created_at}-${index}`}
            className="border-ui-border-base flex flex-col gap-y-2 border-l pl-3"
          >
            <div className="flex flex-wrap items-center gap-2">
              <DecisionOutcomeBadge outcome={decision.outcome} />
              <Text
                size="small"
                leading="compact"
                className="text-ui-fg-subtle"
              >
                {formatDateTime(decision.created_at)}
                {by && ` · by ${by}`}
                {/* The policy's own first decision is instantaneous: 0 says nothing. */}
                {decision.time_to_decision_ms != null &&
                  Number(decision.time_to_decision_ms) > 0 &&
                  ` · after ${formatDecisionTime(decision.time_to_decision_ms)}`}
              </Text>
            </div>
            {(decision.policy_version != null || showTier) && (
              <div className="flex flex-wrap items-center gap-2">
                {decision.policy_version != null && (
                  <Badge size="2xsmall">
                    Policy v{decision.policy_version}
                  </Badge>
                )}
                {showTier && (
                  <Badge size="2xsmall">
                    {decision.tier_snapshot
                      ? `Tier ${decision.tier_snapshot.name} (rank ${decision.tier_snapshot.rank})`
                      : "No tier"}
                  </Badge>
                )}
              </div>
            )}
            {decision.override && (
              <Text size="small" className="whitespace-pre-wrap">
                Overrode the policy&apos;s{" "}
                <span className="font-medium">
                  {humanize(decision.override.policy_outcome)}
                </span>{" "}
                with{" "}
                <span className="font-medium">
                  {humanize(decision.override.outcome)}
                </span>
                : {decision.override.justification}
              </Text>
            )}
            {decision.note && (
              <Text size="small" className="whitespace-pre-wrap">
                “{decision.note}”
              </Text>
            )}
            {showRules && decision.rules && decision.rules.length > 0 ? (
              <RuleList rules={decision.rules} lineTitles={lineTitles} />
            ) : (
              reasons.length > 0 && (
                <ul
                  className="text-ui-fg-subtle pl-5"
                  style={{ listStyleType: "disc" }}
                >
                  {reasons.map((reason, i) => (
                    <li key={i}>
                      <Text size="small" leading="compact">
                        {reason}
                      </Text>
                    </li>
                  ))}
                </ul>
              )
            )}
          </li>
        )
      })}
    </ol>
  )
}
