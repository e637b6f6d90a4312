# String building, splitting and formatting.
parts = []
for i in range(300000):
    parts.append("item-%d:%s" % (i, str(i * 7)))
text = ",".join(parts)
fields = text.split(",")
total = 0
for f in fields:
    name, value = f.split(":")
    total += len(name) + int(value) % 10
line = ""
for i in range(30000):
    line += f"{i:05d}|"
print(total, len(text), len(line), line[-12:], "{:>10}".format(total).upper())
