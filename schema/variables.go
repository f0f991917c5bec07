package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/printer"

	"newsgraph"
)

// checkVariables coerces the request's variables strictly to the types op declares for them
// (graphql-go turns an object given for a String into null): a String or ID takes a string (an
// ID also an integer), an Int a whole number within 32 bits, a Float a number, a Boolean a
// boolean, an enum one of its names, an input object an object of its fields, a list a list (or
// one item). A missing required variable, a null for a non-null type, or anything else is an
// error naming the variable and the place in its value. Variables op does not declare are
// ignored, as the spec says. Types the schema does not know are left to graphql-go's rules.
func (s *Schema) checkVariables(op *ast.OperationDefinition, vars map[string]any) []gqlerrors.FormattedError {
	var errs []gqlerrors.FormattedError
	for _, def := range op.VariableDefinitions {
		name := def.Variable.Name.Value
		v, given := vars[name]
		if !given && def.DefaultValue != nil {
			continue
		}
		if err := s.coerce(def.Type, v, given, "$"+name); err != nil {
			errs = append(errs, docErr(def, newsgraph.Errorf(newsgraph.EINVALID, "variable $%s of type %s: %v", name, printer.Print(def.Type), err)))
		}
	}
	return errs
}

// coerce checks value v (given: present at all) against type t; at is where v sits, for errors.
func (s *Schema) coerce(t ast.Type, v any, given bool, at string) error {
	if nn, ok := t.(*ast.NonNull); ok {
		if v == nil {
			if !given {
				return fmt.Errorf("%s is required and was not given", at)
			}
			return fmt.Errorf("%s is null, and the type is non-null", at)
		}
		return s.coerce(nn.Type, v, true, at)
	}
	if v == nil {
		return nil
	}
	switch t := t.(type) {
	case *ast.List:
		items, ok := v.([]any)
		if !ok {
			return s.coerce(t.Type, v, true, at) // a single item is a list of one
		}
		for i, item := range items {
			if err := s.coerce(t.Type, item, true, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
		return nil
	case *ast.Named:
		return s.coerceNamed(s.schema.Type(t.Name.Value), v, at)
	}
	return nil
}

func (s *Schema) coerceNamed(t graphql.Type, v any, at string) error {
	switch t := t.(type) {
	case *graphql.Scalar:
		if !scalarAccepts(t.Name(), v) {
			return fmt.Errorf("%s: %s is not a valid %s", at, describe(v), t.Name())
		}
	case *graphql.Enum:
		name, ok := v.(string)
		if !ok || t.ParseValue(name) == nil {
			return fmt.Errorf("%s: %s is not a value of %s", at, describe(v), t.Name())
		}
	case *graphql.InputObject:
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: %s is not an input object %s", at, describe(v), t.Name())
		}
		return s.coerceObject(t, obj, at)
	}
	return nil
}

// coerceObject checks an input object's fields: every one known, every required one given.
func (s *Schema) coerceObject(t *graphql.InputObject, obj map[string]any, at string) error {
	fields := t.Fields()
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := fields[k]; !ok {
			return fmt.Errorf("%s.%s: %s has no field %q", at, k, t.Name(), k)
		}
	}
	names := make([]string, 0, len(fields))
	for k := range fields {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		f := fields[k]
		v, given := obj[k]
		if !given && f.DefaultValue != nil {
			continue
		}
		if err := s.coerceType(f.Type, v, given, at+"."+k); err != nil {
			return err
		}
	}
	return nil
}

// coerceType is coerce for a schema type (an input object's field) rather than a written one.
func (s *Schema) coerceType(t graphql.Type, v any, given bool, at string) error {
	switch t := t.(type) {
	case *graphql.NonNull:
		if v == nil {
			if !given {
				return fmt.Errorf("%s is required and was not given", at)
			}
			return fmt.Errorf("%s is null, and the type is non-null", at)
		}
		return s.coerceType(t.OfType, v, true, at)
	case *graphql.List:
		if v == nil {
			return nil
		}
		items, ok := v.([]any)
		if !ok {
			return s.coerceType(t.OfType, v, true, at)
		}
		for i, item := range items {
			if err := s.coerceType(t.OfType, item, true, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
		return nil
	}
	if v == nil {
		return nil
	}
	return s.coerceNamed(t, v, at)
}

// scalarAccepts reports whether v, decoded from JSON, is a value of the built-in scalar name.
// Numbers arrive as int (whole) or float64.
func scalarAccepts(name string, v any) bool {
	switch name {
	case "String":
		_, ok := v.(string)
		return ok
	case "ID":
		if _, ok := v.(string); ok {
			return true
		}
		x, ok := number(v)
		return ok && x == math.Trunc(x) && math.Abs(x) < 1<<53
	case "Int":
		x, ok := number(v)
		return ok && x == math.Trunc(x) && x >= math.MinInt32 && x <= math.MaxInt32
	case "Float":
		x, ok := number(v)
		return ok && !math.IsInf(x, 0) && !math.IsNaN(x)
	case "Boolean":
		_, ok := v.(bool)
		return ok
	}
	return true // a custom scalar parses its own values
}

// number returns v as a float64 when it is a Go number (what JSON decoders and callers of Do
// pass).
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int32:
		return float64(x), true
	case int64:
		return float64(x), true
	case float32:
		return float64(x), true
	case float64:
		return x, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	}
	return 0, false
}

// describe names the JSON kind of v for an error message.
func describe(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case string:
		if len(x) > 40 {
			x = x[:40] + "…"
		}
		return fmt.Sprintf("the string %q", x)
	case bool:
		return fmt.Sprintf("the boolean %v", x)
	case int, int32, int64, float32, float64, json.Number:
		return fmt.Sprintf("the number %v", x)
	}
	return fmt.Sprintf("%T", v)
}
