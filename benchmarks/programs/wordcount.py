# Word counting: build a text from a pseudo-random generator, split it, count words in a dict,
# and report the most common ones (string methods, dict get/set, sorting with a key).

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "an", "el"]


def make_text(n_words, seed):
    words = []
    x = seed
    for _ in range(n_words):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 1 + x % 3
        word = ""
        y = x
        for _ in range(length):
            word += SYLLABLES[y % len(SYLLABLES)]
            y //= 12
        if x % 7 == 0:
            word = word.capitalize()
        words.append(word)
        if x % 11 == 0:
            words.append("\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            w = word.lower().strip()
            counts[w] = counts.get(w, 0) + 1
    return counts


def by_count(item):
    return (-item[1], item[0])


text = make_text(900000, 42)
counts = count_words(text)
top = sorted(counts.items(), key=by_count)[:5]
print(len(text), len(counts))
for word, n in top:
    print(f"{word:>8} {n}")
letters = {}
for word in counts:
    first = word[0]
    letters[first] = letters.get(first, 0) + counts[word]
print(sorted(letters.items()))
