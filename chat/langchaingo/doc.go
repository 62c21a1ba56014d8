// Package langchaingo connects Confide to github.com/tmc/langchaingo, in
// both directions.
//
// Most programs need one call: [FromModel] wraps any langchaingo provider
// (OpenAI, Anthropic, Ollama, Google AI, ...) as a [chat.Model], ready for
// [chat.NewConversation] and the Confide middleware:
//
//	llm, err := openai.New(openai.WithModel("gpt-4o-mini"))
//	if err != nil { ... }
//	conv, err := chat.NewConversation(langchaingo.FromModel(llm), scope,
//		chat.WithMiddleware(consentLayer, redactLayer))
//
// [ToModel] goes the other way: it presents a [chat.Model], middleware
// included, as an llms.Model, so that langchaingo chains and agents run
// through the whole Confide stack. Give each call its [chat.Scope] with
// [chat.ContextWithScope].
//
// # Messages
//
// Confide's roles map to langchaingo's: system to system, user to human,
// assistant to ai, tool to tool. Tool calls become llms.ToolCall parts,
// tool results llms.ToolCallResponse parts (one message each, as the
// providers require), inline media llms.BinaryContent and media by URL
// llms.ImageURLContent. langchaingo's OpenAI client would send binary
// content in a form the API rejects, so for it inline media goes as a
// data: URL ([WithDataURLMedia]). langchaingo has no error flag on a tool result, so
// [chat.ToolResult.IsError] is not sent; the content should say what failed.
//
// langchaingo's Anthropic client reads only the first part of an assistant
// message, so for it the adapter sends each part of an assistant message as
// a message of its own (the Messages API joins consecutive assistant
// messages). [WithSplitAssistantMessages] does the same for other providers
// with that limit.
//
// # Replies
//
// The reply joins every choice of the langchaingo response: the Anthropic
// client returns one choice per content block (text, then tool use), so
// the choices are blocks of one reply, not alternatives. Do not ask the
// provider for several candidates. Provider stop reasons are normalised to
// the [chat.FinishReason] constants ("end_turn" is [chat.FinishStop],
// "tool_use" is [chat.FinishToolCalls], ...), and token counts are read from
// the keys the providers put in GenerationInfo.
//
// # Streaming
//
// With a stream function, text streams as the provider sends it. Tool calls
// never stream as text: langchaingo's OpenAI client passes tool-call deltas
// as JSON through the same callback as text, and the adapter drops those
// bytes. Each tool call is streamed whole from the final response, after
// the text. Text the provider returned but did not stream (some providers
// do not stream at all) is streamed as one last text chunk, so the chunks
// always add up to the reply.
package langchaingo
