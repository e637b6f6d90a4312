matrix = [[1, 2], [3, 4]]
def cell(i, j):
    row = matrix[i]
    return row[j] + matrix[i][j]
print(cell(0, 1))
print(cell(1, 5))
