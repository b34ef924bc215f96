package response

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// This file is what the response checks know of web frameworks: the
// handler contexts they follow as they follow an http.ResponseWriter, and
// what each method of a context does to the response. It is data, in one
// place: a framework, or a company's response package whose calls cannot
// be followed into (an interface, such as echo v4's Context), is one more
// entry of frameworks. Helpers built on these, in any package, need no
// entry: Sends derives them, as it derives helpers of net/http; and a
// method of a context that a table lacks is derived from the framework's
// own code (derivedContextCall), where its code can be followed.

// framework is a web framework whose handler context the checks follow.
type framework struct {
	name string // for messages: "gin", "echo"
	pkg  string // the import path of the package that declares the context
	typ  string // the context type's name; a pointer to it, unless an interface
	// writerField or writerMethod is how the context gives its writer
	// (c.Writer, c.Response()): calls on it count on the context.
	writerField, writerMethod string
	// pendingStatus says the writer's WriteHeader only records the status,
	// which the first write of the body, or WriteHeaderNow, sends (gin).
	pendingStatus bool
	// sameStatusHarmless says a status set again, equal to the one sent, is
	// accepted silently (gin); otherwise any status after the send is one
	// too many.
	sameStatusHarmless bool
	// warning is what the framework logs for a status after the send.
	warning string
	// redirect says how Redirect treats a code outside 300–308: it panics
	// (gin, which accepts 201 too) or returns an error, sending nothing.
	redirectPanics bool
	redirectAlso   int
	// errorHandler says a handler returns an error, which the framework's
	// error handler answers, and a middleware calls next(c) (echo).
	errorHandler bool
	// written is the method of the context's writer (c.Writer.Written())
	// or the field of it (c.Response().Committed) that says whether the
	// status was sent; aborted, the context's method that says whether a
	// call that aborts was made (c.IsAborted()). A path on which one says
	// no has made no such call: the checks prune it as they prune a flag.
	writtenMethod, writtenField, aborted string

	methods map[string]method // by name
}

// method is what a method of a context does to the response.
type method struct {
	effect effect // sends, sets, body, header
	code   int    // the index of the status argument; -1 for none
	// bodyArg is the index of the argument that is the body, -1 for none;
	// complete says the call writes a whole body (a JSON document), after
	// which another is a second document in the same body.
	bodyArg  int
	complete bool
	// fixed is the status it sends when it sends one of its own: Bind's
	// 400. onError says it sends only when it returns an error.
	fixed   int
	onError bool
	// mayFail says it may have written nothing when it returns an error.
	mayFail bool
	// logs says the framework logs a status it sets after the send.
	logs bool
	// aborts says it stops the chain too (gin's AbortWith*, and Bind* on
	// failure), as the context's aborted method then reports.
	aborts bool
}

// Shapes of methods, for the tables below.
func render(arg int) method { // c.JSON(code, v): sets, sends and writes a whole document
	return method{effect: sends | sets | body, code: 0, bodyArg: arg, complete: true}
}

// text is a method that writes a part of a body (c.String, c.Data), which
// another may continue on purpose.
func text(arg int) method {
	return method{effect: sends | sets | body, code: 0, bodyArg: arg}
}

var (
	ginRender      = render(1)
	ginAbort       = method{effect: sends | sets, code: 0, bodyArg: -1, aborts: true}
	ginAbortJSON   = method{effect: sends | sets | body, code: 0, bodyArg: 1, complete: true, aborts: true}
	ginBind        = method{effect: sends | sets, code: -1, bodyArg: -1, fixed: 400, onError: true, aborts: true}
	ginFile        = method{effect: sends | sets | body, code: -1, bodyArg: -1}
	ginStream      = method{effect: sends | body, code: -1, bodyArg: -1}
	ginHeader      = method{effect: header, code: -1, bodyArg: -1}
	echoDocument   = method{effect: sends | sets | body, code: 0, bodyArg: 1, complete: true, logs: true}
	echoText       = method{effect: sends | sets | body, code: 0, bodyArg: 1, logs: true}
	echoJSON       = method{effect: sends | sets | body, code: 0, bodyArg: 1, complete: true, mayFail: true}
	echoJSONP      = method{effect: sends | sets | body, code: 0, bodyArg: 2, complete: true, mayFail: true, logs: true}
	echoFile       = method{effect: sends | sets | body, code: -1, bodyArg: -1, mayFail: true}
	echoNoContent  = method{effect: sends | sets, code: 0, bodyArg: -1, logs: true}
	echoRedirect   = method{effect: sends | sets, code: 0, bodyArg: -1, logs: true}
	echoStream     = method{effect: sends | sets | body, code: 0, bodyArg: -1, logs: true}
	echoBlob       = method{effect: sends | sets | body, code: 0, bodyArg: 2, logs: true}
	echoRenderTmpl = method{effect: sends | sets | body, code: 0, bodyArg: 2, mayFail: true, logs: true}
)

// gin's *gin.Context (v1.12). Status and c.Writer.WriteHeader only record
// the status; the first byte of the body sends it. Render, and every
// method built on it, writes no body for a status that allows none.
var gin = &framework{
	name: "gin", pkg: "github.com/gin-gonic/gin", typ: "Context",
	writerField:   "Writer",
	writtenMethod: "Written", aborted: "IsAborted",
	pendingStatus: true, sameStatusHarmless: true,
	warning:        `[GIN-debug] [WARNING] Headers were already written. Wanted to override status code %d with %d`,
	redirectPanics: true, redirectAlso: 201,
	methods: map[string]method{
		"JSON": ginRender, "IndentedJSON": ginRender, "SecureJSON": ginRender, "AsciiJSON": ginRender,
		"PureJSON": ginRender, "XML": ginRender, "YAML": ginRender, "TOML": ginRender, "ProtoBuf": ginRender,
		"JSONP": ginRender, "String": text(1), "HTML": text(2), "Data": text(2),
		"DataFromReader": text(3), "Render": text(1), "Negotiate": render(1),
		"AbortWithStatusJSON": ginAbortJSON, "AbortWithStatusPureJSON": ginAbortJSON,
		"AbortWithStatus": ginAbort, "AbortWithError": ginAbort,
		"Redirect": {effect: sends | sets, code: 0, bodyArg: -1},
		"Status":   {effect: sets, code: 0, bodyArg: -1},
		"File":     ginFile, "FileFromFS": ginFile, "FileAttachment": ginFile,
		"Stream": ginStream, "SSEvent": ginStream,
		"Bind": ginBind, "BindJSON": ginBind, "BindXML": ginBind, "BindQuery": ginBind, "BindYAML": ginBind,
		"BindTOML": ginBind, "BindPlain": ginBind, "BindHeader": ginBind, "BindUri": ginBind, "MustBindWith": ginBind,
		"Header": ginHeader, "SetCookie": ginHeader, "SetCookieData": ginHeader,
	},
}

// echo's Context: an interface in v4, a struct in v5. Every status goes
// through Response.WriteHeader, which logs a second one (whatever its
// code) and keeps the first. v4's JSON only sets Response.Status and
// writes, so that after the send its status is dropped without a word;
// v5's sends it with its first byte, through WriteHeader. JSON, JSONP,
// Render and the file methods may write nothing when they fail.
var echoMethods = map[string]method{
	"JSON": echoJSON, "JSONPretty": echoJSON, "JSONP": echoJSONP,
	"JSONBlob": echoDocument, "JSONPBlob": {effect: sends | sets | body, code: 0, bodyArg: 2, complete: true, logs: true},
	"XML": echoDocument, "XMLPretty": echoDocument, "XMLBlob": echoDocument,
	"HTML": echoText, "HTMLBlob": echoText, "String": echoText, "Blob": echoBlob,
	"Render": echoRenderTmpl, "Stream": echoStream, "NoContent": echoNoContent, "Redirect": echoRedirect,
	"File": echoFile, "FileFS": echoFile, "Attachment": echoFile, "Inline": echoFile,
}

// logging returns a copy of methods in which those named log a status
// set after the send.
func logging(methods map[string]method, names ...string) map[string]method {
	m := maps.Clone(methods)
	for _, name := range names {
		e := m[name]
		e.logs = true
		m[name] = e
	}
	return m
}

// v4's Context interface has no FileFS (only its implementation does).
var echo4 = &framework{
	name: "echo", pkg: "github.com/labstack/echo/v4", typ: "Context",
	writerMethod: "Response", writtenField: "Committed", errorHandler: true,
	warning: `response already committed`,
	methods: without(echoMethods, "FileFS"),
}

var echo5 = &framework{
	name: "echo", pkg: "github.com/labstack/echo/v5", typ: "Context",
	writerMethod: "Response", errorHandler: true,
	warning: `echo: response already written to client`,
	methods: logging(echoMethods, "JSON", "JSONPretty"),
}

// without returns a copy of methods without the one named.
func without(methods map[string]method, name string) map[string]method {
	m := maps.Clone(methods)
	delete(m, name)
	return m
}

// frameworks are the frameworks the checks follow.
var frameworks = []*framework{gin, echo4, echo5}

// frameworkOf returns the framework whose context t is: *gin.Context, echo
// v4's Context, echo v5's *Context (or a vendored copy of one).
func frameworkOf(t types.Type) *framework {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	ptr := false
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = types.Unalias(p.Elem()), true
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil
	}
	path := unvendor(named.Obj().Pkg().Path())
	for _, fw := range frameworks {
		if fw.pkg == path && fw.typ == named.Obj().Name() && ptr != types.IsInterface(named) {
			return fw
		}
	}
	return nil
}

// unvendor returns the import path of a package as its module names it,
// without the path of a vendor directory that holds a copy of it.
func unvendor(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return path
}

// member splits e, a field x.name or a call of a method with no arguments
// x.name(), into its parts; call says which it is.
func member(e ast.Expr) (x ast.Expr, name string, call, ok bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return e.X, e.Sel.Name, false, true
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 {
			return sel.X, sel.Sel.Name, true, true
		}
	}
	return nil, "", false, false
}

// contextWriter returns the context variable whose writer e is: c.Writer
// (gin) or c.Response() (echo).
func contextWriter(info *types.Info, e ast.Expr) (*types.Var, *framework) {
	x, name, call, ok := member(e)
	if !ok {
		return nil, nil
	}
	v := varOf(info, x)
	if v == nil {
		return nil, nil
	}
	fw := frameworkOf(v.Type())
	if fw == nil || !call && name != fw.writerField || call && name != fw.writerMethod || name == "" {
		return nil, nil
	}
	return v, fw
}

// varOf returns the local variable or parameter that e names.
func varOf(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		v, ok = info.Defs[id].(*types.Var)
	}
	if !ok || v.IsField() {
		return nil
	}
	return v
}

// isEmpty reports whether e is a body with nothing in it: nil, "", or a
// composite literal with no elements.
func isEmpty(info *types.Info, e ast.Expr) bool {
	if isNil(info, e) {
		return true
	}
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.ExactString() == `""` {
		return true
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}

// contextCall returns the event of a call of a method of a framework's
// context c, as the framework's table says.
func (b *flowBuilder) contextCall(sc *scope, fw *framework, c *types.Var, call *ast.CallExpr, sig *types.Signature, name string) (event, bool) {
	m, ok := fw.methods[name]
	if !ok {
		return event{}, false
	}
	e := event{effect: m.effect, w: c, node: call, what: c.Name() + "." + name, fw: fw, onErr: m.onError, complete: m.complete, logs: m.logs, aborts: m.aborts}
	if m.code >= 0 && m.code < len(call.Args) {
		e = b.withCode(sc, e, call.Args[m.code])
	}
	if m.fixed != 0 {
		e.code, e.codeOK = m.fixed, true
	}
	// A body the call would write after its status: reported when the
	// status allows none, unless there is nothing in it.
	if m.bodyArg >= 0 && m.bodyArg < len(call.Args) && e.codeOK && !isEmpty(b.pass.TypesInfo, call.Args[m.bodyArg]) {
		e.bodyAfter = true
	}
	e.mayFail = m.mayFail && returnsError(sig)
	if m.effect&header != 0 && len(call.Args) > 0 {
		e.key, _ = b.stringConst(call.Args[0])
	}
	return e, true
}

// contextWriterCall returns the event of a call of a method of a
// context's writer: c.Writer.WriteHeader(code), c.Response().Write(p).
func (b *flowBuilder) contextWriterCall(sc *scope, fw *framework, c *types.Var, call *ast.CallExpr, name string) (event, bool) {
	what := c.Name() + "." + fw.writerField
	if fw.writerMethod != "" {
		what = c.Name() + "." + fw.writerMethod + "()"
	}
	e := event{w: c, node: call, what: what + "." + name, fw: fw}
	switch name {
	case "WriteHeader":
		e.effect, e.logs = sends|sets, true
		if fw.pendingStatus {
			e.effect = sets // recorded, sent with the first byte
		}
		if len(call.Args) == 1 {
			e = b.withCode(sc, e, call.Args[0])
		}
	case "WriteHeaderNow", "Flush":
		e.effect = sends
	case "Write", "WriteString":
		e.effect = sends | body
	default:
		return event{}, false
	}
	return e, true
}

// nextCall returns the event of a middleware's call of the next handler
// with its context, next(c), for a framework with an error handler
// (echo): the handler it runs answers the request, after anything the
// middleware sent.
func (b *flowBuilder) nextCall(call *ast.CallExpr) (event, bool) {
	v, ok := typeutil.Callee(b.pass.TypesInfo, call).(*types.Var)
	if !ok || len(call.Args) != 1 {
		return event{}, false
	}
	named, ok := types.Unalias(v.Type()).(*types.Named)
	if !ok || named.Obj().Name() != "HandlerFunc" || named.Obj().Pkg() == nil {
		return event{}, false
	}
	c := varOf(b.pass.TypesInfo, call.Args[0])
	if c == nil {
		return event{}, false
	}
	fw := frameworkOf(c.Type())
	if fw == nil || !fw.errorHandler || fw.pkg != named.Obj().Pkg().Path() {
		return event{}, false
	}
	return event{effect: sets, w: c, node: call, what: v.Name() + "(" + c.Name() + ")", fw: fw, next: true}, true
}

// errReturn returns the event of a handler's return of an error that
// carries a status (echo.NewHTTPError(…), &echo.HTTPError{…}, echo.ErrNotFound),
// which the framework's error handler answers, when the function holds a
// context of a framework that has one.
func (b *flowBuilder) errReturn(sc *scope, ret *ast.ReturnStmt) (event, bool) {
	if len(ret.Results) == 0 || !frameworkError(b.pass.TypesInfo, ret.Results[len(ret.Results)-1]) {
		return event{}, false
	}
	var typ *ast.FuncType
	switch n := sc.flow.node.(type) {
	case *ast.FuncDecl:
		typ = n.Type
	case *ast.FuncLit:
		typ = n.Type
	}
	if typ == nil || typ.Params == nil {
		return event{}, false
	}
	for _, field := range typ.Params.List {
		for _, name := range field.Names {
			if c := varOf(b.pass.TypesInfo, name); c != nil {
				if fw := frameworkOf(c.Type()); fw != nil && fw.errorHandler {
					return event{effect: sets, w: c, node: ret, what: "return", fw: fw, errReturn: true}, true
				}
			}
		}
	}
	return event{}, false
}

// frameworkError reports whether e is an error that carries a status for
// the framework's error handler to send: echo.NewHTTPError(…),
// &echo.HTTPError{…}, echo.ErrNotFound; not one that wraps another error
// (which may be the failed write's), and not a plain error, which a
// handler may return after the response only for a middleware to log.
func frameworkError(info *types.Info, e ast.Expr) bool {
	wraps := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && x != e && isErrorType(info.TypeOf(x)) {
			wraps = true
		}
		return !wraps
	})
	if wraps {
		return false
	}
	p, ok := types.Unalias(info.TypeOf(e)).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !strings.EqualFold(named.Obj().Name(), "HTTPError") {
		return false
	}
	path := unvendor(named.Obj().Pkg().Path())
	for _, fw := range frameworks {
		if fw.errorHandler && fw.pkg == path {
			return true
		}
	}
	return false
}

// rendererFindings returns statustwice's findings on gin's HTML renderers
// (a-h/templ#545): c.HTML(code, …) records code, then renders with what
// the engine's HTMLRender returns from Instance. A WriteHeader that the
// renderer's Render always calls replaces the code, and gin says nothing.
// A renderer that writes a status only on a condition is left alone.
func (fl *flows) rendererFindings() []respFinding {
	pass := fl.pass
	var htmlRender *types.Interface
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == gin.pkg+"/render" {
			if obj, ok := imp.Scope().Lookup("HTMLRender").(*types.TypeName); ok {
				htmlRender, _ = obj.Type().Underlying().(*types.Interface)
			}
		}
	}
	if htmlRender == nil {
		return nil
	}
	decls := map[*types.Func]*ast.FuncDecl{}
	var instances []*ast.FuncDecl
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil || isTestFile(pass, fd) {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			decls[fn] = fd
			if fn.Name() == "Instance" && types.Implements(fn.Signature().Recv().Type(), htmlRender) {
				instances = append(instances, fd)
			}
		}
	}
	var out []respFinding
	seen := map[ast.Node]bool{}
	for _, inst := range instances {
		ast.Inspect(inst.Body, func(n ast.Node) bool {
			ret, ok := n.(*ast.ReturnStmt)
			if _, lit := n.(*ast.FuncLit); lit {
				return false
			}
			if !ok || len(ret.Results) != 1 {
				return true
			}
			t := pass.TypesInfo.TypeOf(ret.Results[0])
			if t == nil || types.IsInterface(t) {
				return true
			}
			m, _, _ := types.LookupFieldOrMethod(t, true, pass.Pkg, "Render")
			fn, _ := m.(*types.Func)
			rd := decls[fn]
			if rd == nil || fn.Signature().Params().Len() != 1 {
				return true
			}
			w := fn.Signature().Params().At(0)
			for _, st := range rd.Body.List {
				es, ok := st.(*ast.ExprStmt)
				if !ok {
					continue
				}
				call, ok := ast.Unparen(es.X).(*ast.CallExpr)
				if !ok || seen[call] {
					continue
				}
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "WriteHeader" || varOf(pass.TypesInfo, sel.X) != w {
					continue
				}
				seen[call] = true
				out = append(out, respFinding{analyzer: "statustwice", pos: call.Pos(), end: call.End(), call: call,
					message: fmt.Sprintf("%s replaces the status c.HTML was given: gin records c.HTML's code, then calls the Render of what %s returns at line %d, and sends this status instead without a word",
						types.ExprString(call.Fun), strings.TrimPrefix(types.ExprString(inst.Recv.List[0].Type), "*")+"."+inst.Name.Name, line(pass, ret))})
			}
			return true
		})
	}
	return out
}

// sentCheck returns the context whose sends cond tells of, when cond is
// c.Writer.Written() or c.Response().Committed (any send), or
// c.IsAborted() (a send that aborts, or a helper's, which may).
func (f *funcFlow) sentCheck(cond ast.Expr) (c *types.Var, abortsOnly, ok bool) {
	x, name, method, ok := member(cond)
	if !ok {
		return nil, false, false
	}
	if v, fw := contextWriter(f.info, x); v != nil {
		if method && name == fw.writtenMethod && name != "" || !method && name == fw.writtenField && name != "" {
			return v, false, true
		}
		return nil, false, false
	}
	if v := varOf(f.info, x); v != nil && method {
		if fw := frameworkOf(v.Type()); fw != nil && fw.aborted != "" && name == fw.aborted {
			return v, true, true
		}
	}
	return nil, false, false
}

// recvIndex stands for the receiver among the indices of a sendsFact's
// writers.
const recvIndex = -1

// derivedContextCall returns the event of a call of a method of a
// framework's context that its table does not declare, from what the
// framework's own code does, as statussends derived it: a method that
// always sends on its receiver is a send, as a helper is.
func (b *flowBuilder) derivedContextCall(sc *scope, fw *framework, c *types.Var, fn *types.Func, call *ast.CallExpr) (event, bool) {
	h := b.helperParams(fn)
	if !slices.Contains(h.sends, recvIndex) {
		return event{}, false
	}
	e := event{effect: sends, w: c, node: call, what: c.Name() + "." + fn.Name(), fw: fw, helper: true,
		mayFail: slices.Contains(h.mayFail, recvIndex)}
	// Where the status is recorded until the first byte (gin), a method
	// that passes its status parameter to the context and always sends
	// sends that status: c.Status(code), then c.Writer.WriteHeaderNow().
	if slices.Contains(h.sets, recvIndex) || fw.pendingStatus && h.code >= 0 {
		e.effect |= sets
	}
	if h.code >= 0 && h.code < len(call.Args) {
		e = b.withCode(sc, e, call.Args[h.code])
	}
	return e, true
}
