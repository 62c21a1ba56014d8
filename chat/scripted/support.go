package scripted

import (
	"regexp"

	"github.com/confide-dev/confide/chat"
)

// Support returns a model scripted as a small customer-support agent: it
// greets, looks up orders with the order_status tool, explains refunds,
// confirms contact changes and cards by repeating them (as values or as
// the redact package's placeholders), and otherwise offers help.
// The quickstart and the examples use it when no provider is configured.
func Support() *Model {
	return New(
		Rule{
			Match:     regexp.MustCompile(`(?i)\border\s+#?([A-Z]{1,3}-?\d{3,10})\b`),
			Tool:      &chat.ToolCall{Name: "order_status", Arguments: `{"order":"{match}"}`},
			Reply:     "Let me look up order {match}.",
			AfterTool: "Order {match}: {result}. Is there anything else I can help with?",
		},
		Rule{
			Match: regexp.MustCompile(`(?i)\b(?:email|e-mail)\b.*?(<EMAIL_ADDRESS_\d+>|\S+@\S+[^\s.,;!?])`),
			Reply: "Thanks, I have noted {match} as your contact email. You will get a confirmation there shortly.",
		},
		Rule{
			Match: regexp.MustCompile(`(?i)\bcard\b.*?(<CREDIT_CARD_\d+>|\d(?:[ -]?\d){11,18})`),
			Reply: "I have flagged the duplicate charge on card {match}; the refund goes back to it within 5 business days.",
		},
		Rule{Contains: "refund", Reply: "Refunds go back to the original payment method within 5 business days."},
		Rule{Match: regexp.MustCompile(`(?i)^\s*(?:hi|hello|hey)\b`), Reply: "Hello! How can I help you today?"},
		Rule{Contains: "thank", Reply: "You are welcome. Have a good day!"},
	)
}
