module chan2ts.dev/bench

go 1.23
