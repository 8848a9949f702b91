// Go by Example style: struct embedding, promoted fields and methods, interface satisfaction
package main

import "fmt"

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

func (b *base) bump() { b.num++ }

type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

func (s Service) describe() string { return "service " + s.Name }

func main() {
	co := container{
		base: base{num: 1},
		str:  "some name",
	}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	co.bump()
	co.bump()
	fmt.Println("after bumps:", co.num)

	var d describer = co
	fmt.Println("describer:", d.describe())

	svc := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	svc.Log("starting")
	svc.Log("ready")
	d = svc
	fmt.Println(d.describe())
	for _, l := range svc.lines {
		fmt.Println(l)
	}
	fmt.Printf("%+v\n", co)
}
