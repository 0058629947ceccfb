# -*- coding: utf-8 -*-
café = "naïve ü 中文 😀"
ﬁ = 1
x = "😀" + café; y = 'a\u200bb'
s = "tab\there" 'quote\'s' "\x7f\x80\xff"
print(f"{café!r} {'😀'}")
