// fmt.Printf verbs people use: %d %s %v %+v %q %t %.2f %5d %-8s %x %T %c %%, plus
// Sprintf and Println spacing rules.
package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func main() {
	it := Item{"pen", 1.5, []string{"office", "cheap"}}
	fmt.Printf("%d|%5d|%-5d|%05d\n", 42, 42, 42, 42)
	fmt.Printf("%s|%q|%-8s|%8s|\n", "go", "go", "left", "right")
	fmt.Printf("%v\n%+v\n", it, it)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%.2f %6.1f %f %g %v\n", 3.14159, 2.25, 1.0/3, 0.000012, 2.0/3)
	fmt.Printf("%x %X %x %o %b\n", 255, 255, "hi", 8, 5)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.5, it, &it, []int{})
	fmt.Printf("%T %T %T\n", map[string]int{}, make(chan int), true)
	fmt.Printf("%c%c %U %%\n", 'G', 'o', 'G')
	fmt.Printf("%v %v %v\n", []int{1, 2}, map[string]bool{"b": true, "a": false}, &it)
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%3d|%-3d|\n", 12345, 7)
	fmt.Printf("%v %d\n", nil, []int{3, 4})

	s := fmt.Sprintf("%s has %d items costing $%.2f", "cart", 3, 4.5)
	fmt.Println(s)
	fmt.Println("a", 1, 2, "b", true, 2.50)
	fmt.Print("a", 1, 2, "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("end"))
	var ip *int
	var e error
	fmt.Println(ip, e, []string(nil), map[int]int(nil))
	fmt.Printf("%d%%\n", 50)
}
