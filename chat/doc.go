// Package chat is the conversation interface at the centre of Confide: our
// own message types, the one [Model] interface every LLM client is wrapped
// behind, [Middleware] to compose privacy layers around it, and
// [Conversation], which runs turns, tools and the transcript [Store].
//
// Most programs need two calls: [NewConversation] with a model, a [Scope]
// and options, then [Conversation.Send] (or [Conversation.Stream]) per
// customer message.
//
//	conv, err := chat.NewConversation(model, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"},
//		chat.WithSystemPrompt("You are a support agent."),
//		chat.WithStore(store),
//		chat.WithMiddleware(consentMW, redactMW),
//	)
//	reply, err := conv.Send(ctx, "Where is my order?")
//
// # Models
//
// A [Model] generates a [Response] for a [Request] and, when asked, streams
// it: text as it comes, tool calls whole. Package chat/langchaingo adapts
// any langchaingo provider; package chat/scripted is an offline model for
// demos and tests; [ModelFunc] turns a plain function into a Model.
//
// # Middleware
//
// A [Middleware] is func(Model) Model, composed with [Chain]; the first one
// listed is the outermost, as with net/http. A middleware that also needs to
// see tool execution implements [ToolWrapper]; [Layer] makes writing one
// short.
//
// # Turns and the transcript
//
// A turn is stored only when it succeeds: the customer's message, the
// assistant's messages and the tool results are appended to the [Store] in
// one call after the last model call returns. A failed, refused or
// cancelled turn stores nothing and leaves the history as it was.
//
// # Conformance
//
// Package chat/chattest holds the suites that every Model adapter and every
// Store implementation must pass.
package chat
