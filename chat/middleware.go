package chat

import "context"

// Middleware wraps a [Model] in another, the way func(http.Handler)
// http.Handler wraps handlers. A middleware can rewrite the request on the
// way in, the reply and the stream on the way out, refuse the call, and,
// through [ToolWrapper], wrap the execution of tools.
type Middleware func(Model) Model

// Chain composes middleware around m. The first middleware listed is the
// outermost: it sees the request first and the reply last.
func Chain(m Model, mws ...Middleware) Model {
	for i := len(mws) - 1; i >= 0; i-- {
		if mws[i] != nil {
			m = mws[i](m)
		}
	}
	return m
}

// ToolFunc runs one tool call for a scope and returns its result. An error
// aborts the turn; a tool that failed in a way the model should hear about
// returns a [ToolResult] with IsError set instead.
type ToolFunc func(ctx context.Context, scope Scope, call ToolCall) (ToolResult, error)

// ToolWrapper is implemented by models, usually made by a [Middleware], that
// also need to see tool execution: a privacy layer restores a call's
// arguments before the tool runs and redacts its result before the model
// sees it; an audit layer records it. [Conversation] finds the wrappers of
// a chain through [Unwrapper] and applies them in the chain's order, the
// outermost first.
type ToolWrapper interface {
	WrapTool(next ToolFunc) ToolFunc
}

// Unwrapper is implemented by a model that wraps another, so that the chain
// below it can be inspected. Middleware should implement it; [Layer] does.
type Unwrapper interface {
	Unwrap() Model
}

// Layer is a ready-made middleware model: set the hooks you need and leave
// the others nil. It implements [Model], [ToolWrapper] and [Unwrapper].
//
//	func Logging(next chat.Model) chat.Model {
//		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
//			slog.InfoContext(ctx, "turn", "scope", req.Scope)
//			return next.Generate(ctx, req, stream)
//		}}
//	}
type Layer struct {
	// Next is the wrapped model.
	Next Model
	// OnGenerate replaces Generate; nil passes the call to Next.
	OnGenerate func(ctx context.Context, req *Request, stream StreamFunc) (*Response, error)
	// OnTool wraps tool execution; nil leaves it as it is.
	OnTool func(next ToolFunc) ToolFunc
}

// Generate calls OnGenerate, or Next when OnGenerate is nil.
func (l *Layer) Generate(ctx context.Context, req *Request, stream StreamFunc) (*Response, error) {
	if l.OnGenerate != nil {
		return l.OnGenerate(ctx, req, stream)
	}
	return l.Next.Generate(ctx, req, stream)
}

// WrapTool applies OnTool to next.
func (l *Layer) WrapTool(next ToolFunc) ToolFunc {
	if l.OnTool == nil {
		return next
	}
	return l.OnTool(next)
}

// Unwrap returns Next.
func (l *Layer) Unwrap() Model { return l.Next }

// WrapTools applies the [ToolWrapper]s found in the chain below m (m
// included, following [Unwrapper]) to run, the outermost wrapper outermost.
func WrapTools(m Model, run ToolFunc) ToolFunc {
	var wrappers []ToolWrapper
	for m != nil {
		if w, ok := m.(ToolWrapper); ok {
			wrappers = append(wrappers, w)
		}
		u, ok := m.(Unwrapper)
		if !ok {
			break
		}
		m = u.Unwrap()
	}
	for i := len(wrappers) - 1; i >= 0; i-- {
		run = wrappers[i].WrapTool(run)
	}
	return run
}
