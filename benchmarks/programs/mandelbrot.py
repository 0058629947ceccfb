# Mandelbrot set: escape-time iteration over a grid, float arithmetic in tight loops.


def mandelbrot(width, height, max_iter):
    total = 0
    rows = []
    for py in range(height):
        y0 = (py / height) * 2.4 - 1.2
        row_sum = 0
        for px in range(width):
            x0 = (px / width) * 3.2 - 2.2
            x = 0.0
            y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            row_sum += i
        rows.append(row_sum)
        total += row_sum
    return total, rows


total, rows = mandelbrot(400, 300, 200)
print(total, max(rows), min(rows), rows[150])
