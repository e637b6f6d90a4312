f(**k, *abc)
