# N-queens: count all solutions by backtracking over columns and diagonals.


def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if cols[col] or diag1[row + col] or diag2[row - col + n - 1]:
            continue
        cols[col] = diag1[row + col] = diag2[row - col + n - 1] = True
        count += solve(n, row + 1, cols, diag1, diag2)
        cols[col] = diag1[row + col] = diag2[row - col + n - 1] = False
    return count


def queens(n):
    return solve(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


for n in range(4, 13):
    print(n, queens(n))
