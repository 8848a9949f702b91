// Go by Example "JSON" style: encoding/json Marshal of structs with tags and omitempty, maps with sorted keys, MarshalIndent, Unmarshal into structs and into map[string]any, a custom MarshalJSON, and error cases
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Admin    bool           `json:"admin"`
	Tags     []string       `json:"tags"`
	Address  *Address       `json:"address,omitempty"`
	Prefs    map[string]int `json:"prefs,omitempty"`
	Password string         `json:"-"`
	internal int
	Extra    map[string]string `json:"extra,omitempty"`
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	names := []string{"low", "mid", "high"}
	if int(l) < 0 || int(l) >= len(names) {
		return nil, fmt.Errorf("bad level %d", int(l))
	}
	return json.Marshal(names[l])
}

type Alert struct {
	Msg   string `json:"msg"`
	Level Level  `json:"level"`
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func main() {
	u := User{ID: 1, Name: "Ada", Tags: []string{"math", "engines"}, Password: "secret", internal: 9}
	fmt.Println(mustJSON(u))
	u.Email = "ada@example.com"
	u.Address = &Address{City: "London"}
	u.Prefs = map[string]int{"zoom": 2, "alpha": 1, "mode": 3}
	fmt.Println(mustJSON(u))

	fmt.Println(mustJSON([]any{1, 2.5, "x<y&z", nil, true, map[string]any{"b": 1, "a": []int{}}}))
	fmt.Println(mustJSON(map[int]string{10: "ten", 2: "two"}))
	fmt.Println(mustJSON([]Alert{{"disk", 2}, {"cpu", 0}}))
	fmt.Println(mustJSON(Alert{"bogus", 7}))
	fmt.Println(mustJSON(map[string]any{"f": func() {}}))

	pretty, _ := json.MarshalIndent(map[string]any{"name": "box", "size": []int{1, 2}, "empty": map[string]int{}}, "", "  ")
	fmt.Println(string(pretty))

	input := `{"id": 7, "name": "Linus", "admin": true, "tags": ["kernel"], "address": {"city": "Portland", "zip": "97201"}, "unknown": 5, "password": "x"}`
	var back User
	if err := json.Unmarshal([]byte(input), &back); err != nil {
		fmt.Println("unmarshal failed:", err)
		return
	}
	fmt.Printf("%d %s admin=%t tags=%v city=%s zip=%s password=%q\n", back.ID, back.Name, back.Admin, back.Tags, back.Address.City, back.Address.Zip, back.Password)

	var generic map[string]any
	json.Unmarshal([]byte(`{"n": 42, "f": 1.5, "s": "hi", "list": [1, "two", null], "obj": {"k": false}}`), &generic)
	for _, k := range []string{"n", "f", "s", "list", "obj", "missing"} {
		fmt.Printf("  %-7s %-22T %v\n", k, generic[k], generic[k])
	}
	n := generic["n"].(float64)
	fmt.Println("numbers decode as float64:", n+0.5)

	var nums []int
	err := json.Unmarshal([]byte(`[1, 2, "three"]`), &nums)
	var typeErr *json.UnmarshalTypeError
	fmt.Println("type error:", errors.As(err, &typeErr), err)
	err = json.Unmarshal([]byte(`{"id": 1,}`), &back)
	var synErr *json.SyntaxError
	if errors.As(err, &synErr) {
		fmt.Println("syntax error at offset", synErr.Offset, ":", err)
	}

	dec := json.NewDecoder(strings.NewReader(`{"msg":"a","level":1} {"msg":"b","level":2}`))
	for dec.More() {
		var raw map[string]any
		if err := dec.Decode(&raw); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Println("stream item:", raw)
	}
}
