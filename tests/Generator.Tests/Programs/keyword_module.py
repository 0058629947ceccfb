# keyword: the lists and predicates, as namedtuple and make_dataclass use them.
import keyword
from keyword import iskeyword, issoftkeyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ["if", "match", "_", "None", "none", "print", "type", "await"] if iskeyword(w)])
print([w for w in ["if", "match", "_", "None", "case", "type"] if issoftkeyword(w)], iskeyword("lambda"), issoftkeyword("lambda"))
print(sorted(keyword.__all__))
