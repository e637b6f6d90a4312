class C:
    def __str__(self): return "obj str"
raise SystemExit(C())
