print("lede-eval: evaluation commands arrive with issues 3 and 4")
