// Package schema is newsgraph's GraphQL API: the types and queries of CONTRACT.md and the
// searches, paths, articles, pagination and mutations around them, with the limits that keep one
// request from taking the server down: a pre-scan of the document's shape before graphql-go
// parses it, fragment checks, depth, cost, page size, strict variables, switchable introspection.
//
// A request goes through Prepare (parse, validate, apply the limits) and then Execute; the HTTP
// layer sits between the two to decide whether a mutation may run. Errors come back as GraphQL
// errors whose extensions carry a code (newsgraph's error codes, plus "timeout"), so the HTTP layer
// can choose a status and a client can read them.
package schema

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"newsgraph"
)

// Defaults of the limits, used where Config leaves them zero.
const (
	DefaultMaxDepth  = 15
	DefaultMaxCost   = 20000
	DefaultMaxPage   = 100
	DefaultPageSize  = 20
	DefaultMaxIngest = 100
	DefaultMaxHops   = 6
)

// CodeTimeout is the error code of a request that ran past its deadline.
const CodeTimeout = "timeout"

// ExtractFunc reads the facts out of one article (the loader's Extractor.Extract). It must set
// the article's ID when the input has none.
type ExtractFunc func(newsgraph.Article) newsgraph.Extraction

// Config is what the schema needs: the store, the extraction function for ingest (nil: ingest
// is refused), the limits (zero: the defaults above) and a logger for internal errors.
type Config struct {
	Store   Store
	Extract ExtractFunc
	// MaxDepth is the deepest nesting of selections a query may have.
	MaxDepth int
	// MaxCost bounds the estimated number of objects a query may fetch: each object field
	// counts once per parent object, and a list counts its `first` (or DefaultListEstimate).
	MaxCost int
	// MaxPage is the largest `first` any list accepts; DefaultPage is used when `first` is absent.
	MaxPage     int
	DefaultPage int
	// MaxIngest is the most articles one ingest mutation takes.
	MaxIngest int
	// MaxHops is the largest maxHops paths accepts.
	MaxHops int
	// Introspection allows __schema and __type (the playground needs them).
	Introspection bool
	// Document bounds the shape of a document before it is parsed (see DocumentLimits).
	Document DocumentLimits
	Logger   *slog.Logger
}

// Schema is the executable GraphQL schema. It is safe for concurrent use.
type Schema struct {
	cfg    Config
	schema graphql.Schema
	types  *types
	log    *slog.Logger
}

// New builds the schema. It fails only when Store is nil.
func New(cfg Config) (*Schema, error) {
	if cfg.Store == nil {
		return nil, errors.New("schema: Config.Store is nil")
	}
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&cfg.MaxDepth, DefaultMaxDepth)
	def(&cfg.MaxCost, DefaultMaxCost)
	def(&cfg.MaxPage, DefaultMaxPage)
	def(&cfg.DefaultPage, DefaultPageSize)
	def(&cfg.MaxIngest, DefaultMaxIngest)
	def(&cfg.MaxHops, DefaultMaxHops)
	cfg.Document.defaults()
	if cfg.DefaultPage > cfg.MaxPage {
		cfg.DefaultPage = cfg.MaxPage
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Schema{cfg: cfg, log: cfg.Logger}
	gs, err := graphql.NewSchema(graphql.SchemaConfig{Query: s.queryType(), Mutation: s.mutationType()})
	if err != nil {
		return nil, fmt.Errorf("schema: build: %w", err)
	}
	s.schema = gs
	return s, nil
}

// Request is one GraphQL request as sent by a client.
type Request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables"`
	OperationName string         `json:"operationName"`
}

// Response is what goes back to the client: data and errors, each error with
// extensions.code set.
type Response struct {
	Data   any                        `json:"data,omitempty"`
	Errors []gqlerrors.FormattedError `json:"errors,omitempty"`
}

// Codes returns the codes of the response's errors, in order.
func (r *Response) Codes() []string {
	var out []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

// Prepared is a parsed and validated request, ready to run.
type Prepared struct {
	s   *Schema
	doc *ast.Document
	op  *ast.OperationDefinition
	req Request
}

// Prepare checks a request in the order that keeps each step bounded by the ones before it: a
// pre-scan of the document's shape (see DocumentLimits), parsing, fragment checks (unknown,
// cyclic, too many fields once expanded), the depth and cost limits, graphql-go's validation,
// and the variables, coerced strictly to their declared types. On failure it returns a Response
// holding the errors (code "invalid", with extensions.limit naming a limit that was crossed).
func (s *Schema) Prepare(req Request) (*Prepared, *Response) {
	if req.Query == "" {
		return nil, errorResponse(newsgraph.Errorf(newsgraph.EINVALID, "no query: send a GraphQL document in \"query\""))
	}
	src := source.NewSource(&source.Source{Body: []byte(req.Query), Name: "GraphQL request"})
	if _, err := Prescan(req.Query, s.cfg.Document); err != nil {
		var le *limitError
		errors.As(err, &le) // Prescan's errors are all limits
		return nil, s.response(nil, []gqlerrors.FormattedError{gqlerrors.FormatError(gqlerrors.NewError(le.message, nil, "", src, []int{le.pos}, le))})
	}
	doc, err := parser.Parse(parser.ParseParams{Source: src})
	if err != nil {
		return nil, s.response(nil, []gqlerrors.FormattedError{gqlerrors.FormatError(err)})
	}
	frags, errs := checkFragments(doc, s.cfg.Document.Fields)
	if len(errs) > 0 {
		return nil, s.response(nil, errs)
	}
	op, err := operation(doc, req.OperationName)
	if err != nil {
		return nil, errorResponse(err)
	}
	if errs := s.validate(doc, op, frags, req.Variables); len(errs) > 0 {
		return nil, s.response(nil, errs)
	}
	if errs := s.checkVariables(op, req.Variables); len(errs) > 0 {
		return nil, s.response(nil, errs)
	}
	return &Prepared{s: s, doc: doc, op: op, req: req}, nil
}

// validate applies the depth and cost limits to the operation to run, then graphql-go's rules
// and ours. The parser accepts some documents the rules are not ready for (a variable without a
// type): those are refused before, and a panic in a rule is logged and reported as an invalid
// document rather than taking the request down.
func (s *Schema) validate(doc *ast.Document, op *ast.OperationDefinition, frags fragments, vars map[string]any) (errs []gqlerrors.FormattedError) {
	for _, d := range doc.Definitions {
		if op, ok := d.(*ast.OperationDefinition); ok {
			for _, v := range op.VariableDefinitions {
				if v.Type == nil || v.Variable == nil || v.Variable.Name == nil {
					return []gqlerrors.FormattedError{gqlerrors.FormatError(gqlerrors.NewError("a variable definition has no name or no type", []ast.Node{v}, "", nil, []int{}, nil))}
				}
			}
		}
	}
	if errs := s.checkLimits(op, frags, vars); len(errs) > 0 {
		return errs
	}
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("graphql validation panicked", "panic", v)
			errs = []gqlerrors.FormattedError{gqlerrors.FormatError(gqlerrors.NewError("the document could not be validated", nil, "", nil, []int{}, nil))}
		}
	}()
	rules := graphql.SpecifiedRules
	if !s.cfg.Introspection {
		rules = append(append([]graphql.ValidationRuleFn{}, rules...), noIntrospectionRule)
	}
	return graphql.ValidateDocument(&s.schema, doc, rules).Errors
}

// Mutation reports whether the operation to run is a mutation.
func (p *Prepared) Mutation() bool { return p.op.Operation == ast.OperationTypeMutation }

// Execute runs the request. Resolvers read through a per-request cache; when ctx has passed its
// deadline before the request begins or before its data is complete, the response holds one error
// with code "timeout".
func (p *Prepared) Execute(ctx context.Context) *Response {
	start := time.Now()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		// graphql-go selects between the result and ctx.Done at random when both are ready, so
		// a context that ended before the request began is answered here, the same every time.
		return errorResponse(newsgraph.Errorf(CodeTimeout, "the request ran out of time before it began (the per-request time limit)"))
	}
	ctx = withCache(ctx)
	res := graphql.Execute(graphql.ExecuteParams{
		Schema: p.s.schema, AST: p.doc, OperationName: p.req.OperationName,
		Args: p.req.Variables, Context: ctx,
	})
	if errors.Is(ctx.Err(), context.DeadlineExceeded) && res.Data == nil {
		return errorResponse(newsgraph.Errorf(CodeTimeout, "the request ran out of time after %s (the per-request time limit)", time.Since(start).Round(time.Millisecond)))
	}
	return p.s.response(res.Data, res.Errors)
}

// Do prepares and executes a request in one step (mutations included).
func (s *Schema) Do(ctx context.Context, req Request) *Response {
	p, res := s.Prepare(req)
	if res != nil {
		return res
	}
	return p.Execute(ctx)
}

// operation picks the operation to run: the one named, or the only one.
func operation(doc *ast.Document, name string) (*ast.OperationDefinition, error) {
	var found *ast.OperationDefinition
	n := 0
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		n++
		if name == "" || op.Name != nil && op.Name.Value == name {
			found = op
		}
	}
	switch {
	case name == "" && n > 1:
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "the document has %d operations: say which to run in \"operationName\"", n)
	case found == nil && name != "":
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "operationName: no operation named %q", name)
	case found == nil:
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "the document has no operation")
	}
	return found, nil
}

// errorResponse is a response with one error and no data.
func errorResponse(err error) *Response {
	return &Response{Errors: []gqlerrors.FormattedError{{
		Message:    newsgraph.ErrorMessage(err),
		Extensions: map[string]any{"code": newsgraph.ErrorCode(err)},
	}}}
}

// response classifies every error once: user errors keep their message and get their code,
// graphql-go's own (syntax, validation, coercion) are "invalid", and anything else is logged and
// shown as "internal error".
func (s *Schema) response(data any, errs []gqlerrors.FormattedError) *Response {
	r := &Response{Data: data}
	for _, fe := range errs {
		orig := fe.OriginalError()
		if ge, ok := orig.(*gqlerrors.Error); ok {
			orig = ge.OriginalError
		}
		var ue *newsgraph.Error
		var le *limitError
		out := gqlerrors.FormattedError{Message: fe.Message, Locations: fe.Locations, Path: fe.Path}
		switch {
		case errors.As(orig, &le):
			out.Extensions = le.Extensions()
		case errors.As(orig, &ue):
			out.Message = ue.Message
			out.Extensions = map[string]any{"code": ue.Code}
		case errors.Is(orig, context.DeadlineExceeded):
			out.Message = "the request ran out of time (the per-request time limit)"
			out.Extensions = map[string]any{"code": CodeTimeout}
		case errors.Is(orig, context.Canceled):
			out.Message = "the request was cancelled"
			out.Extensions = map[string]any{"code": CodeTimeout}
		case orig == nil || isGraphQLError(orig):
			out.Extensions = map[string]any{"code": newsgraph.EINVALID}
		default:
			s.log.Error("graphql resolver failed", "err", orig, "path", fe.Path)
			out.Message = "internal error"
			out.Extensions = map[string]any{"code": newsgraph.EINTERNAL}
		}
		r.Errors = append(r.Errors, out)
	}
	return r
}

// isGraphQLError reports whether err was made by graphql-go itself (syntax or validation).
func isGraphQLError(err error) bool {
	switch err.(type) {
	case *gqlerrors.Error, gqlerrors.Error, gqlerrors.FormattedError:
		return true
	}
	return false
}
