print("hoctap-bench")
