module github.com/chronograph/chronograph

go 1.26
