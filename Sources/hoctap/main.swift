print("hoctap")
