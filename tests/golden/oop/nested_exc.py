class Inner:
    class Nested(Exception): pass
try:
    raise Inner.Nested("x")
except Exception as e:
    print(type(e).__qualname__)
raise Inner.Nested("deep")
