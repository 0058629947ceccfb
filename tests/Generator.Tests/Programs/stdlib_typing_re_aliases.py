# typing's aliases of re.Pattern, re.Match and collections.ChainMap: subscription, get_origin/get_args, isinstance, hints.
import typing
from typing import Pattern, Match, ChainMap
import re
print(Pattern, Match[str], Pattern[bytes], ChainMap[str, int])
print(typing.get_origin(Pattern[str]), typing.get_args(Match[bytes]))
print(isinstance(re.compile('a'), Pattern), re.Pattern[str], type(re.Pattern[str]))
def f(p: Pattern[str]) -> Match[str] | None:
    return p.match('a')
print(typing.get_type_hints(f))
print(f(re.compile('a')))
