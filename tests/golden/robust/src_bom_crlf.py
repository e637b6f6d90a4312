# A UTF-8 byte-order mark, CRLF and a lone CR line ending.
print("bom")
print(2)