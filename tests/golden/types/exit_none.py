try:
    exit()
except SystemExit as e:
    print('caught', repr(e.code), e.args)
try:
    exit(2, 3)
except SystemExit as e:
    print('caught', repr(e.code), e.args)
except TypeError as e:
    print('TypeError', e)
raise SystemExit(True)
