f(**k, bcd)
