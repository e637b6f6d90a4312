for c in "ab":
    try:
        pass
print("never")
