data = {'key': [1, 2, 3]}
def get(d, k, i):
    return d[k][i]
def run():
    values = get(data, 'key', 1), get(data, 'key', 10)
    return values
run()
