// Package confide is a Go SDK for chatbots that handle customer data
// safely. It wraps any LLM client behind one conversation interface and
// puts composable privacy layers between the customer and the model.
//
// # The flow of one turn
//
//	customer text
//	  -> chat.Conversation.Send / Stream   (scope: tenant, subject, conversation)
//	  -> consent middleware                (is the purpose allowed?)
//	  -> minimize middleware               (drop and generalize what the purpose does not need)
//	  -> redact middleware                 (PII -> placeholders)
//	  -> audit middleware                  (what was decided; never values)
//	  -> chat.Model                        (langchaingo provider, plain func, offline model)
//	  <- placeholders restored in the reply, also while streaming and in tool calls
//	  <- transcript appended to the store, sealed per subject
//
// # Packages
//
//   - chat: messages, [chat.Model], middleware, [chat.Conversation], transcript stores.
//   - chat/langchaingo: adapters between langchaingo's llms.Model and chat.Model.
//   - chat/scripted: an offline, rule-driven model for demos and tests.
//   - chat/chattest: conformance suites for models and stores.
//   - redact: PII and secret detection, placeholders and restoration.
//   - encrypt: envelope encryption with Tink, per-subject keys, crypto-shredding.
//   - consent: an append-only consent ledger, enforcement middleware, receipts.
//   - minimize: field policies per purpose, generalizers, history trimming, retention.
//   - audit: a tamper-evident audit log, metrics and privacy KPIs.
//   - rights: export, erasure and breach assessment for one subject.
//   - transparency: the record of processing and the privacy notice.
//   - store: SQLite and PostgreSQL persistence for all of the above, sealed.
//   - cmd/confide: the command line for operators.
//
// # Example
//
// A conversation with the offline model and an in-memory store:
//
//	model := scripted.Support()
//	scope := chat.Scope{Tenant: "acme", Subject: "customer-1042", Conversation: "support-1"}
//	conv, err := chat.NewConversation(model, scope,
//		chat.WithSystemPrompt("You are Acme's support agent."),
//		chat.WithStore(chat.NewMemoryStore()),
//	)
//	if err != nil {
//		return err
//	}
//	reply, err := conv.Send(ctx, "Hi, I need some help.")
//	if err != nil {
//		return err
//	}
//	fmt.Println(reply.Text)
//
// To use a real provider, wrap a langchaingo model:
//
//	llm, err := openai.New()
//	model := langchaingo.FromModel(llm)
//
// Run the quickstart to see it all: go run ./examples/quickstart
package confide
