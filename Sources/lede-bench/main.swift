print("lede-bench: benchmarks arrive with their issues")
